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

  it('writes text longer than one encoded slice intact, surrogate pairs and all', async () => {
    // 'ả' is 3 UTF-8 bytes, '😀' a surrogate pair (4 bytes): 1.6 M code units, past the
    // 1 Mi-unit slice; the leading 'x' puts a pair across that boundary (unit 1,048,575 is
    // a high surrogate), where a naive split would write two replacement characters.
    const text = `x${'aả😀'.repeat(400_000)}\n`
    const path = join(dir, 'big.txt')
    await writeFileAtomic(path, text)
    const written = await readFile(path)
    expect(written.byteLength).toBe(Buffer.byteLength(text, 'utf8'))
    expect(written.toString('utf8')).toBe(text)
  })

  it('writes pieces over many batches in order, each batch written before its memory is reused', async () => {
    // About 24 MB in 24,000 distinct lines: six batches of 4 MB, encoded into two buffers
    // taken in turn, so a buffer reused before its write ended would show in the file.
    const pieces = Array.from({ length: 24_000 }, (_, n) => `${n} ${'ả'.repeat(340)}\n`)
    const path = join(dir, 'pieces.txt')
    await writeFileAtomic(path, pieces)
    expect((await readFile(path)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true)
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
