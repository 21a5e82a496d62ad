import type { Indicator, Observation, Qualifier, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import {
  DIGITAL_ECONOMY_SHARE,
  DTI,
  DTI_RANK,
  DX_PRODUCTS,
  ENTERPRISES,
  FIBRE_RATE,
  INDICATORS,
  SMARTPHONE_RATE,
} from './__tests__/indicators'
import { MERGER_UNITS } from './__tests__/units'
import { carryOnto } from './carry'
import { createDataset } from './dataset'
import { createUnitRegistry } from './units'

const MERGER_DAY = '2025-07-01'
const MERGED = '56@2025-07-01'

type Row = [indicator: string, unit: string, period: string, value: string, qualifier?: Qualifier]

function carry(rows: Row[], units = createUnitRegistry(MERGER_UNITS), indicators = INDICATORS) {
  const observations = rows.map(([indicator, unit, period, value, qualifier], index) => ({
    observation: {
      indicator,
      unit,
      period,
      value,
      status: 'actual',
      ...(qualifier ? { qualifier } : {}),
    } as Observation,
    location: { file: 'figures.csv', row: index + 2 },
  }))
  const { dataset, issues } = createDataset({ observations, units })
  expect(issues.filter((issue) => issue.severity !== 'info')).toEqual([])
  return carryOnto({ dataset, units, indicators, date: MERGER_DAY })
}

describe('the DTI across the Ninh Thuận → Khánh Hòa merger (plain average of predecessors)', () => {
  // Published: old Khánh Hòa 0.7079 (2024), merged Khánh Hòa 0.7071 (2024, the average of the
  // predecessors). Ninh Thuận's 2024 score is implied: 2 × 0.7071 − 0.7079 = 0.7063 (not
  // itself published; used here to test the rule).
  const published: Row[] = [
    ['dti_score', '58', '2022', '0.5934'],
    ['dti_score', '56', '2022', '0.5576'],
    ['dti_score', '56', '2023', '0.6869'],
    ['dti_score', '56', '2024', '0.7079'],
    ['dti_score', '58', '2024', '0.7063'],
    ['dti_score', MERGED, '2024', '0.7071'],
  ]

  it('reproduces the published 2024 score and keeps the published figure', () => {
    const result = carry(published)
    const dti2024 = result.carried.find((c) => c.period === '2024')
    expect(dti2024).toMatchObject({ indicator: 'dti_score', unit: MERGED, rule: 'mean' })
    expect(dti2024?.value?.toFixed()).toBe('0.7071')
    expect(dti2024?.reported?.agrees).toBe(true)
    expect(dti2024?.from.map((ref) => [ref.unit, ref.location?.row])).toEqual([
      ['58', 6],
      ['56', 5],
    ])
    expect(result.issues).toEqual([])
    const kept = result.dataset.get('dti_score', MERGED, '2024')
    expect(kept?.location).toEqual({ file: 'figures.csv', row: 7 })
  })

  it('carries 2022 as the average of both provinces, saying where it came from', () => {
    const result = carry(published)
    // A bare 56 in 2022 names the old Khánh Hòa, which is not in the carried dataset.
    expect(result.dataset.get('dti_score', '56', '2022')).toBeUndefined()
    const carried = result.dataset.getByKey('dti_score', MERGED, '2022')
    // (0.5934 + 0.5576) / 2 = 1.1510 / 2.
    expect(carried?.value?.toFixed()).toBe('0.5755')
    expect(carried?.from?.map((ref) => ref.unit)).toEqual(['58', '56'])
    expect(carried?.observation).toMatchObject({
      unit: MERGED,
      period: '2022',
      value: '0.5755',
      status: 'actual',
    })
  })

  it('refuses a year in which one predecessor has no score', () => {
    const refusal = carry(published).refused.find((r) => r.period === '2023')
    expect(refusal).toMatchObject({ indicator: 'dti_score', unit: MERGED, rule: 'mean' })
    expect(refusal?.reason.code).toBe('predecessor_missing')
    expect(refusal?.reason.message.en).toContain('`58`')
    expect(refusal?.from.map((ref) => ref.unit)).toEqual(['56'])
  })

  it('flags a carried value that disagrees with the published one, and keeps the published', () => {
    const wrong = published.map(
      (row): Row =>
        row[1] === '58' && row[2] === '2024' ? ([row[0], row[1], row[2], '0.7000'] as Row) : row,
    )
    const result = carry(wrong)
    // (0.7000 + 0.7079) / 2 = 0.70395, which does not round to 0.7071.
    expect(result.carried.find((c) => c.period === '2024')?.value?.toFixed()).toBe('0.70395')
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['carried_value_differs', 'warning'],
    ])
    expect(result.issues[0]?.message.vi).toContain('0.70395')
    expect(result.dataset.getByKey('dti_score', MERGED, '2024')?.value?.toFixed()).toBe('0.7071')
  })

  it('refuses to carry ranks', () => {
    const result = carry([
      ['dti_rank', '58', '2022', '27'],
      ['dti_rank', '56', '2022', '41'],
    ])
    expect(result.carried).toEqual([])
    expect(result.refused.map((r) => [r.unit, r.reason.code])).toEqual([[MERGED, 'carry_refused']])
    expect(result.dataset.size).toBe(0)
    void DTI_RANK
  })
})

describe('counts, ratios and weighted means across the merger', () => {
  it('adds counts, carrying the share of a split commune', () => {
    const result = carry([
      ['dx_products_completed', 'NT1', '2024', '3'],
      ['dx_products_completed', 'NT2', '2024', '5'],
      ['dx_products_completed', 'NT3', '2024', '2'],
      ['dx_products_completed', 'KHo1', '2024', '4'],
      ['dx_products_completed', 'KHo2', '2024', '6'],
    ])
    // KH1 = NT1 + NT2 + 60% of NT3 = 3 + 5 + 1.2; KH2 = 40% of NT3 + KHo1 + KHo2 = 0.8 + 4 + 6.
    expect(result.dataset.get('dx_products_completed', 'KH1', '2024')?.value?.toFixed()).toBe('9.2')
    expect(result.dataset.get('dx_products_completed', 'KH2', '2024')?.value?.toFixed()).toBe(
      '10.8',
    )
    const kh1 = result.carried.find((c) => c.unit === 'KH1@2025-07-01')
    expect(kh1?.parts.map((p) => [p.unit, p.share.toFixed()])).toEqual([
      ['NT1', '1'],
      ['NT2', '1'],
      ['NT3', '0.6'],
    ])
    expect(result.refused).toEqual([])
  })

  it('recomputes a ratio from its numerator and denominator', () => {
    const result = carry([
      ['household_fibre_rate', '58', '2024', '81.7'],
      ['fibre_households', '58', '2024', '138890'],
      ['households', '58', '2024', '170000'],
      ['household_fibre_rate', '56', '2024', '85'],
      ['fibre_households', '56', '2024', '340000'],
      ['households', '56', '2024', '400000'],
    ])
    const rate = result.carried.find((c) => c.indicator === 'household_fibre_rate')
    // (138890 + 340000) / (170000 + 400000) × 100, at 40 significant digits; the mean of the
    // two rates would be 83.35.
    expect(rate?.value?.toFixed()).toBe('84.01578947368421052631578947368421052632')
    expect(rate?.numerator?.value?.toFixed()).toBe('478890')
    expect(rate?.denominator?.value?.toFixed()).toBe('570000')
    expect(result.dataset.get('households', '56', '2026')).toBeUndefined()
    expect(result.dataset.getByKey('households', MERGED, '2024')?.value?.toFixed()).toBe('570000')
  })

  it('refuses a ratio without its numerator and denominator', () => {
    const result = carry([
      ['household_fibre_rate', '58', '2024', '81.7'],
      ['household_fibre_rate', '56', '2024', '85'],
      ['fibre_households', '56', '2024', '340000'],
      ['households', '56', '2024', '400000'],
    ])
    const refusal = result.refused.find((r) => r.indicator === 'household_fibre_rate')
    expect(refusal?.reason.code).toBe('ratio_without_parts')
    expect(refusal?.reason.message.en).toContain('`58` (`fibre_households`, `households`)')
    expect(result.dataset.getByKey('household_fibre_rate', MERGED, '2024')).toBeUndefined()
    // A ratio declared without parts is refused outright.
    const bare = carry([
      ['smartphone_user_rate', '58', '2024', '87.5'],
      ['smartphone_user_rate', '56', '2024', '90'],
    ])
    expect(bare.refused.map((r) => r.reason.code)).toEqual(['ratio_without_parts'])
    void FIBRE_RATE
    void SMARTPHONE_RATE
  })

  it('re-weights a weighted mean', () => {
    const result = carry([
      ['digital_economy_share_grdp', '58', '2023', '10'],
      ['grdp', '58', '2023', '80000'],
      ['digital_economy_share_grdp', '56', '2023', '15'],
      ['grdp', '56', '2023', '120000'],
    ])
    // (10 × 80000 + 15 × 120000) / 200000 = 13.
    const share = result.carried.find((c) => c.indicator === DIGITAL_ECONOMY_SHARE.id)
    expect(share?.value?.toFixed()).toBe('13')
    expect(share?.parts.map((p) => p.weight?.value?.toFixed())).toEqual(['80000', '120000'])
  })

  it('carries a lower bound as a lower bound', () => {
    const result = carry([
      ['ecommerce_enterprise_count', '58', '2024', '90', 'more_than'],
      ['ecommerce_enterprise_count', '56', '2024', '150'],
    ])
    const point = result.dataset.getByKey(ENTERPRISES.id, MERGED, '2024')
    expect([point?.value?.toFixed(), point?.qualifier]).toEqual(['240', 'more_than'])
    expect(point?.observation).toMatchObject({ value: '240', qualifier: 'more_than' })
  })
})

describe('what is kept and what is refused', () => {
  it('keeps values of units still valid untouched', () => {
    const result = carry([['dti_score', 'VN', '2024', '0.7955']])
    expect(result.carried).toEqual([])
    expect(result.dataset.get('dti_score', 'VN', '2024')?.location).toEqual({
      file: 'figures.csv',
      row: 2,
    })
  })

  it('refuses undeclared indicators, indicators without a carry rule, and units without successor', () => {
    const district: Unit = {
      code: 'D1',
      name: { vi: 'Huyện' },
      kind: 'district',
      parent: '58',
      validTo: '2025-06-30',
    }
    const units = createUnitRegistry([...MERGER_UNITS, district])
    const government: Indicator = { ...DTI, id: 'dti_digital_government', carry: undefined }
    const result = carry(
      [
        ['mystery', '58', '2024', '1'],
        ['mystery', '56', '2024', '1'],
        ['dti_digital_government', '58', '2022', '0.6787'],
        ['dx_products_completed', 'D1', '2024', '4'],
      ],
      units,
      [...INDICATORS, government],
    )
    expect(result.refused.map((r) => [r.indicator, r.unit, r.reason.code])).toEqual([
      ['dx_products_completed', 'D1', 'no_successor'],
      ['mystery', MERGED, 'unknown_indicator'],
      ['dti_digital_government', MERGED, 'no_carry_rule'],
    ])
    for (const refusal of result.refused) {
      expect(refusal.reason.message.vi.length).toBeGreaterThan(10)
      expect(refusal.from.length).toBeGreaterThan(0)
    }
  })

  it('adds an absorbed unit to a successor that existed before, replacing its own figure', () => {
    const units = createUnitRegistry([
      { code: 'S', name: { vi: 'Xã S' }, kind: 'commune' },
      {
        code: 'A',
        name: { vi: 'Xã A' },
        kind: 'commune',
        validTo: '2025-06-30',
        successors: [{ unit: 'S' }],
      },
    ])
    const result = carry(
      [
        ['dx_products_completed', 'S', '2024', '7'],
        ['dx_products_completed', 'A', '2024', '2'],
      ],
      units,
    )
    const point = result.dataset.get('dx_products_completed', 'S', '2024')
    expect(point?.value?.toFixed()).toBe('9')
    expect(point?.from?.map((ref) => ref.unit)).toEqual(['S', 'A'])
    expect(result.dataset.size).toBe(1)
  })

  it('says what it needs when misused', () => {
    const { dataset } = createDataset({ observations: [] })
    expect(() => carryOnto({ dataset, indicators: [], date: MERGER_DAY })).toThrow(/units/)
    const units = createUnitRegistry(MERGER_UNITS)
    expect(() => carryOnto({ dataset, units, indicators: [], date: '1/7/2025' })).toThrow(
      /YYYY-MM-DD/,
    )
  })
})

void DX_PRODUCTS
