import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { presetPack } from './preset-pack'

describe('presetPack', () => {
  it('is nothing when the build names no pack', async () => {
    await expect(presetPack({}, '.')).resolves.toBeNull()
  })

  it('takes a built-in pack by id, and refuses an unknown one', async () => {
    await expect(presetPack({ TIENDO_PACK: 'khanh-hoa' }, '.')).resolves.toEqual({
      kind: 'builtIn',
      id: 'khanh-hoa',
    })
    await expect(presetPack({ TIENDO_PACK: 'lam-dong' }, '.')).rejects.toThrow(
      /not a built-in pack/,
    )
  })

  it('inlines a province’s pack file, its `extends` merged, and refuses one that is not a pack', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiendo-preset-'))
    const pack = {
      id: 'tinh',
      version: '1.0.0',
      title: { vi: 'Tỉnh', en: 'Province' },
      extends: 'ninh-thuan',
    }
    await writeFile(join(dir, 'tinh.pack.json'), JSON.stringify(pack))
    const preset = await presetPack({ TIENDO_PACK_FILE: 'tinh.pack.json' }, dir)
    expect(preset?.kind).toBe('file')
    const merged = JSON.parse(preset?.kind === 'file' ? preset.text : '{}')
    expect(merged.id).toBe('tinh')
    expect(merged.extends).toBeUndefined()
    expect(merged.rules.some((rule: { id: string }) => rule.id === 'dx_product_every_year')).toBe(
      true,
    )

    await writeFile(join(dir, 'hong.pack.json'), '{ "id": "hong" ')
    await expect(presetPack({ TIENDO_PACK_FILE: 'hong.pack.json' }, dir)).rejects.toThrow(
      /cannot be used as a pack/,
    )
    await expect(
      presetPack({ TIENDO_PACK: 'ninh-thuan', TIENDO_PACK_FILE: 'tinh.pack.json' }, dir),
    ).rejects.toThrow(/not both/)
  })
})
