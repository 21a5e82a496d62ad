import { describe, expect, it } from 'vitest'
import { readCsv } from './__tests__/csv'
import { getBuiltInPack } from './built-in-packs'

const pack = getBuiltInPack('ninh-thuan')
const national = getBuiltInPack('vn-national')
const catalogue = readCsv(new URL('../data/indicators.csv', import.meta.url))

describe('ninh-thuan', () => {
  it('extends vn-national and defines no indicator of its own', () => {
    expect(pack.extends).toBe('vn-national')
    expect(pack.indicators).toBeUndefined()
  })

  it('has Ninh Thuận (58) until 30 June 2025, merged into the new Khánh Hòa', () => {
    const ninhThuan = pack.units!.filter((u) => u.code === '58')
    expect(ninhThuan).toHaveLength(1)
    expect(ninhThuan[0]).toMatchObject({
      kind: 'province',
      parent: 'VN',
      validTo: '2025-06-30',
      successors: [{ unit: '56@2025-07-01' }],
    })
    expect(ninhThuan[0]!.validFrom).toBeUndefined()
    expect(ninhThuan[0]!.successors![0]!.share).toBeUndefined()
  })

  it('has the old Khánh Hòa until 30 June 2025 and the merged one from 1 July, both code 56', () => {
    const khanhHoa = pack.units!.filter((u) => u.code === '56')
    expect(khanhHoa.map((u) => [u.validFrom, u.validTo, u.successors?.[0]?.unit])).toEqual([
      [undefined, '2025-06-30', '56@2025-07-01'],
      ['2025-07-01', undefined, undefined],
    ])
    for (const unit of pack.units!) expect(unit.name.vi).toMatch(/Ninh Thuận|Khánh Hòa/)
  })

  it('sets the province’s own digital economy targets: at least 20% of GRDP by 2025, 30% by 2030', () => {
    const share = pack.targets!.filter(
      (t) => t.indicator === 'digital_economy_share_grdp' && t.unit === '58',
    )
    expect(share.map((t) => [t.by, t.comparator, t.value])).toEqual([
      ['2023', 'gte', '12'],
      ['2025', 'gte', '20'],
      ['2030', 'gte', '30'],
    ])
    for (const target of share) expect(target.source).toBeTruthy()
  })

  it('only targets indicators that vn-national defines', () => {
    const defined = new Set(national.indicators!.map((i) => i.id))
    for (const target of pack.targets!) expect(defined.has(target.indicator)).toBe(true)
  })

  it('requires at least one DX product per agency, unit and locality every year', () => {
    const requirement = catalogue.find((row) => row.id === 'dx_products_completed')!
    expect(pack.rules).toHaveLength(1)
    const rule = pack.rules![0]!
    expect(rule).toMatchObject({
      id: 'dx_product_every_year',
      template: 'annual_quota',
      severity: 'error',
      scope: { every: 'year' },
      params: { record: 'dx_product', min: Number(requirement.target_2025) },
    })
    expect(rule.scope!.unitKinds).toEqual(['agency', 'district', 'commune', 'ward'])
    expect(rule.message!.vi).toContain('ít nhất một sản phẩm chuyển đổi số')
    expect(rule.message!.en).toContain('at least one DX product each year')
    expect(rule.description!.vi).toContain('min')
    expect(rule.description!.en).toContain('min')
  })

  it('declares no agency: agencies come from the province’s own data', () => {
    expect(pack.units!.every((unit) => unit.kind === 'province')).toBe(true)
  })
})
