import type { TemplateRule } from '@tiendo/schema'
import { toDecimal } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { readCsv } from './__tests__/csv'
import { readDataset } from './__tests__/datasets'
import { getBuiltInPack } from './built-in-packs'

const pack = getBuiltInPack('ninh-thuan')
const national = getBuiltInPack('vn-national')
const indicators = new Map(national.indicators!.map((i) => [i.id, i]))
const catalogue = readCsv(new URL('../data/indicators.csv', import.meta.url))
const rules = pack.rules as TemplateRule[]
const ruleById = (id: string) => rules.find((rule) => rule.id === id)
const byTemplate = (template: TemplateRule['template']) =>
  rules.filter((rule) => rule.template === template)

/** The official district codes of Ninh Thuận (statistics office list), written out by hand. */
const DISTRICTS: Record<string, string> = {
  '582': 'Thành phố Phan Rang-Tháp Chàm',
  '584': 'Huyện Bác Ái',
  '585': 'Huyện Ninh Sơn',
  '586': 'Huyện Ninh Hải',
  '587': 'Huyện Ninh Phước',
  '588': 'Huyện Thuận Bắc',
  '589': 'Huyện Thuận Nam',
}

describe('ninh-thuan', () => {
  it('extends vn-national and defines no indicator of its own', () => {
    expect(pack.extends).toBe('vn-national')
    expect(pack.indicators).toBeUndefined()
  })

  it('declares no province: Ninh Thuận, Khánh Hòa and their lineage are vn-national’s', () => {
    expect(pack.units!.filter((u) => u.kind === 'province')).toEqual([])
    expect(national.units!.filter((u) => u.code === '58')).toHaveLength(1)
    expect(pack.communes).toBeUndefined()
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
    for (const target of pack.targets!) expect(indicators.has(target.indicator)).toBe(true)
  })
})

describe('ninh-thuan reporting units', () => {
  const districts = pack.units!.filter((u) => u.kind === 'district')
  const agencies = pack.units!.filter((u) => u.kind === 'agency')

  it('are the city and six districts, by their official codes, until the district level ended', () => {
    expect(Object.fromEntries(districts.map((u) => [u.code, u.name.vi]))).toEqual(DISTRICTS)
    for (const district of districts) {
      expect(district).toMatchObject({ parent: '58', validTo: '2025-06-30' })
      expect(district.attributes).toEqual({ code_scheme: 'official' })
      expect(district.successors).toBeUndefined()
    }
  })

  it('are the provincial agencies, by codes local to the pack, under the province', () => {
    expect(agencies.length).toBe(19)
    for (const agency of agencies) {
      expect(agency.code).toMatch(/^58\.[A-Z]+$/)
      expect(agency).toMatchObject({ parent: '58', validTo: '2025-06-30' })
      expect(agency.attributes).toEqual({ code_scheme: 'pack_local' })
      expect(agency.name.vi).toMatch(/ tỉnh Ninh Thuận$/)
      expect(agency.name.en).toMatch(/, Ninh Thuận$/)
    }
    const names = agencies.map((u) => u.name.vi)
    // The department the founding article quotes, and the one for DX.
    expect(names).toContain('Sở Lao động - Thương binh và Xã hội tỉnh Ninh Thuận')
    expect(names).toContain('Sở Thông tin và Truyền thông tỉnh Ninh Thuận')
    expect(new Set(agencies.map((u) => u.code)).size).toBe(agencies.length)
  })

  it('say in the pack which codes are official and which are the pack’s own', () => {
    expect(pack.description!.en).toContain('agency codes (58.STTTT…) are local to this pack')
    expect(pack.description!.vi).toContain('là mã riêng của gói này')
    expect(pack.description!.en).toContain('582, 584–589')
  })

  it('are every kind of unit the pack declares under the province', () => {
    const kinds = new Set(pack.units!.filter((u) => u.parent === '58').map((u) => u.kind))
    expect(kinds).toEqual(new Set(['agency', 'district']))
  })
})

describe('ninh-thuan rules', () => {
  it('require at least one DX product per agency, unit and locality every year', () => {
    const requirement = catalogue.find((row) => row.id === 'dx_products_completed')!
    const rule = ruleById('dx_product_every_year')!
    expect(rule).toMatchObject({
      template: 'annual_quota',
      severity: 'error',
      scope: { every: 'year' },
      params: { record: 'dx_product', min: Number(requirement.target_2025) },
    })
    expect(rule.scope!.unitKinds).toEqual(['agency', 'district', 'commune', 'ward'])
    expect(rule.message!.vi).toContain('ít nhất một sản phẩm chuyển đổi số')
    expect(rule.message!.en).toContain('at least one DX product each year')
  })

  it('cover every reporting unit with the DX-product rule', () => {
    const kinds = ruleById('dx_product_every_year')!.scope!.unitKinds!
    for (const unit of pack.units!.filter((u) => u.parent === '58')) {
      expect(kinds).toContain(unit.kind)
    }
  })

  it('bound every indicator of the province’s data that has both bounds', () => {
    const reported = new Set(readDataset('ninh-thuan.csv').map((row) => row.indicator!))
    const bounded = [...reported].filter((id) => {
      const bounds = indicators.get(id)!.bounds
      return bounds?.min !== undefined && bounds.max !== undefined
    })
    const rules = byTemplate('bounds')
    expect(rules.map((rule) => rule.params!.indicator).sort()).toEqual(bounded.sort())
    for (const rule of rules) {
      expect(rule).toMatchObject({ id: `bounds_${rule.params!.indicator}`, severity: 'error' })
      expect(rule.params).toEqual({ indicator: rule.params!.indicator })
    }
  })

  it('catch 363.558 typed for 363558 as a year-on-year outlier', () => {
    const rule = ruleById('outlier_cashless_payment_value')!
    expect(rule).toMatchObject({ template: 'outlier', severity: 'error' })
    const factor = toDecimal(rule.params!.factor as string)
    const typo = toDecimal('363558').div('363.558')
    expect(typo.toString()).toBe('1000')
    expect(typo.gt(factor)).toBe(true)
    // 2022 → 2023 cashless payments grew by 67,436 on 247,356: well within the factor.
    expect(toDecimal('314792').div('247356').lt(factor)).toBe(true)
  })

  it('check counts for outliers too, as warnings', () => {
    const counts = byTemplate('outlier').filter((rule) => rule.severity === 'warning')
    expect(counts.map((rule) => rule.params!.indicator)).toEqual([
      'welfare_cashless_beneficiaries',
      'dvc_full_process_count',
      'dvc_partial_count',
    ])
    for (const rule of byTemplate('outlier')) {
      expect(rule.params).toEqual({ indicator: rule.params!.indicator, factor: '10' })
      expect(indicators.get(rule.params!.indicator as string)!.unit).not.toBe('percent')
    }
  })

  it('warn when a coverage rate falls', () => {
    const rules = byTemplate('no_regression')
    expect(rules.length).toBeGreaterThanOrEqual(5)
    for (const rule of rules) {
      expect(rule.severity).toBe('warning')
      const indicator = indicators.get(rule.params!.indicator as string)!
      expect(indicator).toMatchObject({ unit: 'percent', direction: 'increase' })
    }
    const watched = rules.map((rule) => rule.params!.indicator)
    expect(watched).toContain('household_fibre_rate')
    expect(watched).not.toContain('dti_score') // DTI methods changed between editions
  })

  it('ask the province each year for the indicators with national targets it measures', () => {
    const rule = ruleById('completeness_province_yearly')!
    expect(rule).toMatchObject({
      template: 'completeness',
      severity: 'warning',
      scope: { units: ['58'], every: 'year', from: '2023', to: '2024' },
    })
    const targeted = new Set(
      national.targets!.filter((t) => t.unit === 'VN').map((t) => t.indicator),
    )
    for (const id of rule.params!.indicators as string[]) expect(targeted.has(id)).toBe(true)
  })

  it('have no consistency rule: no indicator is the total of others', () => {
    expect(byTemplate('consistency')).toEqual([])
  })

  it('describe every rule in both languages', () => {
    for (const rule of rules) {
      expect(rule.description?.vi, rule.id).toBeTruthy()
      expect(rule.description?.en, rule.id).toBeTruthy()
    }
  })
})
