import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadPack } from './pack-file'

let folder: string

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-pack-file-'))
  const pack = {
    id: 'tinh-thu',
    version: '1.0.0',
    title: { vi: 'Tỉnh thử', en: 'Test province' },
    extends: 'ninh-thuan',
  }
  await writeFile(join(folder, 'tinh.pack.json'), JSON.stringify(pack))
})

afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('loadPack', () => {
  it('reads a relative path from the working folder when no folder is given', async () => {
    const path = relative(process.cwd(), join(folder, 'tinh.pack.json'))
    const loaded = await loadPack(path)
    expect(loaded.pack.id).toBe('tinh-thu')
    expect(loaded.chain).toEqual(['tinh-thu', 'ninh-thuan', 'vn-national'])
    expect((await loadPack('tinh.pack.json', folder)).pack).toEqual(loaded.pack)
  })
})
