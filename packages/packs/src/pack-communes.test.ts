import type { Pack } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { getBuiltInPack } from './built-in-packs'
import { includeCommunes } from './pack-communes'

const base: Pack = {
  id: 'tinh',
  version: '0.1.0',
  title: { vi: 'Tỉnh', en: 'Province' },
  units: getBuiltInPack('vn-national').units!,
}

describe('includeCommunes', () => {
  it('leaves a pack that names no communes as it is', () => {
    expect(includeCommunes(base)).toEqual({ pack: base, issues: [] })
    const none = { ...base, communes: [] }
    expect(includeCommunes(none).pack).toBe(none)
  })

  it('adds all 3,321 communes of 1 July 2025 after the pack’s own units', () => {
    const { pack, issues } = includeCommunes({ ...base, communes: 'all' })
    expect(issues).toEqual([])
    expect(pack.units!.slice(0, base.units!.length)).toEqual(base.units)
    const added = pack.units!.slice(base.units!.length)
    expect(added).toHaveLength(3321)
    expect(new Set(added.map((unit) => unit.kind))).toEqual(
      new Set(['commune', 'ward', 'special_zone']),
    )
  })

  it('adds only the communes of the provinces it lists, under the province of 1 July 2025', () => {
    const { pack } = includeCommunes({ ...base, communes: ['56'] })
    const added = pack.units!.slice(base.units!.length)
    expect(added).toHaveLength(65)
    for (const unit of added) {
      expect(unit).toMatchObject({ parent: '56@2025-07-01', validFrom: '2025-07-01' })
    }
    expect(added.find((unit) => unit.code === '22333')?.name.vi).toBe('Phường Bắc Nha Trang')
  })

  it('keeps the pack’s own declaration of a commune', () => {
    const own = {
      code: '22333',
      name: { vi: 'Phường Bắc Nha Trang (tên riêng của gói)' },
      kind: 'ward',
      parent: '56@2025-07-01',
      validFrom: '2025-07-01',
    }
    const { pack } = includeCommunes({ ...base, units: [...base.units!, own], communes: ['56'] })
    expect(pack.units!.filter((unit) => unit.code === '22333')).toEqual([own])
  })

  it('refuses a former province, naming the province it merged into', () => {
    const { issues } = includeCommunes({ ...base, communes: ['56', '58'] }, 'tinh.pack.json')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'unknown_commune_province',
      severity: 'error',
      location: { path: '/communes/1', file: 'tinh.pack.json' },
    })
    expect(issues[0]!.hint!.vi).toContain('ghi `56`')
    expect(issues[0]!.hint!.en).toContain('write `56`')
  })

  it('refuses a code that was never a province, listing the 34 there are', () => {
    const { issues } = includeCommunes({ ...base, communes: ['99'] })
    expect(issues[0]!.message.en).toContain('`99` is not the code of a province of 2025-07-01')
    expect(issues[0]!.hint!.en).toContain('01, 04, 08')
  })
})
