import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { PackSchema } from './pack'

const pack = {
  $schema: '../node_modules/@tiendo/schema/json-schema/pack.schema.json',
  id: 'ninh-thuan-test',
  version: '0.1.0',
  title: { vi: 'Gói thử nghiệm Ninh Thuận', en: 'Ninh Thuận test pack' },
  extends: 'vn-national',
  indicators: [
    {
      id: 'smartphone_user_rate',
      name: {
        vi: 'Tỷ lệ người dân sử dụng điện thoại thông minh',
        en: 'People using a smartphone',
      },
      unit: 'percent',
      direction: 'increase',
      bounds: { min: 0, max: 100 },
      aggregation: { method: 'ratio_of_sums' },
    },
  ],
  units: [
    { code: '58', name: { vi: 'Ninh Thuận' }, kind: 'province', validTo: '2025-06-30' },
    { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validTo: '2025-06-30' },
    { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validFrom: '2025-07-01' },
  ],
  targets: [
    {
      id: 'digital_economy_2025',
      indicator: 'digital_economy_share_grdp',
      unit: '58',
      comparator: 'gte',
      value: '20',
      by: '2025',
    },
  ],
}

describe('PackSchema', () => {
  it('accepts a pack with $schema, extends and a code reused after the merger', () => {
    expect(PackSchema.parse(pack)).toEqual(pack)
  })

  it('rejects ids used twice in one list', () => {
    const twice = { ...pack, indicators: [pack.indicators[0], pack.indicators[0]] }
    expect(codesOf(PackSchema, twice)).toEqual(['duplicate_id@indicators.1.id'])
  })

  it('rejects two units with one code valid on the same day', () => {
    const units = [
      ...pack.units,
      { code: '56', name: { vi: 'Khánh Hòa' }, kind: 'province', validFrom: '2025-06-30' },
    ]
    expect(codesOf(PackSchema, { ...pack, units })).toEqual(['unit_validity_overlap@units.3.code'])
  })

  it('rejects an unknown top-level key, a bad version and a bad id', () => {
    expect(codesOf(PackSchema, { ...pack, indicator: [] })).toEqual(['unrecognized_keys@'])
    expect(codesOf(PackSchema, { ...pack, version: '1.0' })).toEqual(['semver_syntax@version'])
    expect(codesOf(PackSchema, { ...pack, id: 'Ninh Thuan' })).toEqual(['pack_id_syntax@id'])
  })

  it('rejects a __proto__ key at the top, as an unknown key', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(pack).slice(1)}`)
    expect(codesOf(PackSchema, hostile)).toEqual(['unrecognized_keys@'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts a pack that only removes items it inherits', () => {
    const removal = {
      id: 'khanh-hoa',
      version: '1.0.0',
      title: { vi: 'Khánh Hòa', en: 'Khánh Hòa' },
      extends: 'ninh-thuan',
      remove: { targets: ['digital_economy_2025'], units: ['58'] },
    }
    expect(PackSchema.safeParse(removal).success).toBe(true)
  })
})
