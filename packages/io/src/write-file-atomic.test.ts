import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from './write-file-atomic'

let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiendo-io-write-'))
})

afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and bytes as they are, leaving no temporary file', async () => {
    await writeFileAtomic(join(dir, 'báo cáo.json'), '{"tỉnh":"Khánh Hòa"}\n')
    await writeFileAtomic(join(dir, 'raw.bin'), new Uint8Array([0, 1, 255]))
    expect(await readFile(join(dir, 'báo cáo.json'), 'utf8')).toBe('{"tỉnh":"Khánh Hòa"}\n')
    expect([...(await readFile(join(dir, 'raw.bin')))]).toEqual([0, 1, 255])
    expect((await readdir(dir)).sort()).toEqual(['báo cáo.json', 'raw.bin'])
  })

  it('replaces an existing file, keeping its permissions', async () => {
    const path = join(dir, 'report.md')
    await writeFile(path, 'old')
    await chmod(path, 0o640)
    await writeFileAtomic(path, 'new')
    expect(await readFile(path, 'utf8')).toBe('new')
    expect((await stat(path)).mode & 0o777).toBe(0o640)
  })

  it('throws and leaves nothing behind when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'out.txt'), 'x')).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await readdir(dir)).toEqual([])
  })

  it('leaves the old content and no temporary file when the rename fails', async () => {
    // A folder in the target's place makes the rename fail after the data is written.
    const target = join(dir, 'taken')
    await writeFile(join(dir, 'keep.txt'), 'keep')
    await import('node:fs/promises').then((fs) => fs.mkdir(target))
    await writeFile(join(target, 'inside'), 'x')
    await expect(writeFileAtomic(target, 'data')).rejects.toBeDefined()
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'taken'])
    expect(await readFile(join(target, 'inside'), 'utf8')).toBe('x')
  })
})
