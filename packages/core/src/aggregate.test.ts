import type { Observation, Qualifier } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import {
  DIGITAL_ECONOMY_SHARE,
  DTI,
  DX_PRODUCTS,
  ENTERPRISES,
  FIBRE_RATE,
  MAX_SCORE,
  MEAN_SCORE,
  MIN_SCORE,
  SMARTPHONE_RATE,
} from './__tests__/indicators'
import { MERGER_UNITS, NINH_THUAN } from './__tests__/units'
import { aggregate } from './aggregate'
import { createDataset } from './dataset'
import { createUnitRegistry } from './units'

const units = createUnitRegistry(MERGER_UNITS)

type Row = [indicator: string, unit: string, period: string, value: string, qualifier?: Qualifier]

function data(rows: Row[]) {
  const observations = rows.map(([indicator, unit, period, value, qualifier], index) => ({
    observation: {
      indicator,
      unit,
      period,
      value,
      ...(qualifier ? { qualifier } : {}),
    } as Observation,
    location: { file: 'data.csv', row: index + 2 },
  }))
  const { dataset, issues } = createDataset({ observations, units })
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
  return dataset
}

// Hand-made 2024 figures for Ninh Thuận's three communes and the old Khánh Hòa's two.
const dataset = data([
  ['dx_products_completed', 'NT1', '2024', '3'],
  ['dx_products_completed', 'NT2', '2024', '5'],
  ['dx_products_completed', 'NT3', '2024', '2'],
  ['dx_products_completed', 'KHo1', '2024', '4'],
  ['dx_products_completed', 'KHo2', '2024', '6'],
  ['fibre_households', 'NT1', '2024', '800'],
  ['households', 'NT1', '2024', '1000'],
  ['fibre_households', 'NT2', '2024', '450'],
  ['households', 'NT2', '2024', '600'],
  ['fibre_households', 'NT3', '2024', '1150'],
  ['households', 'NT3', '2024', '1400'],
  ['household_fibre_rate', 'NT1', '2024', '80'],
  ['household_fibre_rate', 'NT2', '2024', '75'],
  ['household_fibre_rate', 'NT3', '2024', '82.142857'],
  ['digital_economy_share_grdp', 'NT1', '2024', '10'],
  ['digital_economy_share_grdp', 'NT2', '2024', '20'],
  ['digital_economy_share_grdp', 'NT3', '2024', '5'],
  ['grdp', 'NT1', '2024', '200'],
  ['grdp', 'NT2', '2024', '300'],
  ['grdp', 'NT3', '2024', '500'],
  ['ecommerce_enterprise_count', 'NT1', '2024', '90', 'more_than'],
  ['ecommerce_enterprise_count', 'NT2', '2024', '12'],
  ['ecommerce_enterprise_count', 'NT3', '2024', '3'],
  ['mean_score', 'NT1', '2024', '0.5'],
  ['mean_score', 'NT2', '2024', '0.6'],
  ['mean_score', 'NT3', '2024', '0.8'],
  ['min_score', 'NT1', '2024', '0.5'],
  ['min_score', 'NT2', '2024', '0.4', 'approx'],
  ['min_score', 'NT3', '2024', '0.8'],
  ['max_score', 'NT1', '2024', '0.5'],
  ['max_score', 'NT2', '2024', '0.6'],
  ['max_score', 'NT3', '2024', '0.9'],
  ['dti_score', 'NT1', '2024', '0.5'],
])

const base = { dataset, units, parent: '58', period: '2024' } as const

describe('aggregate by method', () => {
  it('sums counts and lists every input with its source', () => {
    const result = aggregate({ ...base, indicator: DX_PRODUCTS })
    expect(result.status).toBe('computed')
    expect(result.value?.toFixed()).toBe('10')
    expect(result.figure?.qualifier).toBe('exact')
    expect(result.coverage).toMatchObject({
      expected: 3,
      reported: ['NT1', 'NT2', 'NT3'],
      missing: [],
    })
    expect(result.coverage.share.toFixed()).toBe('1')
    expect(result.inputs.map((i) => [i.unit, i.value?.value?.toFixed()])).toEqual([
      ['NT1', '3'],
      ['NT2', '5'],
      ['NT3', '2'],
    ])
    expect(result.from.map((ref) => ref.location?.row)).toEqual([2, 3, 4])
    expect(result.date).toBe('2024-12-31')
  })

  it('divides the summed numerator by the summed denominator, not the mean of the ratios', () => {
    const result = aggregate({ ...base, indicator: FIBRE_RATE })
    // (800 + 450 + 1150) / (1000 + 600 + 1400) × 100 = 2400 / 3000 × 100 = 80.
    // The mean of the three rates would be (80 + 75 + 82.142857) / 3 ≈ 79.05.
    expect(result.value?.toFixed()).toBe('80')
    expect(result.numerator?.value?.toFixed()).toBe('2400')
    expect(result.denominator?.value?.toFixed()).toBe('3000')
  })

  it('refuses a ratio without its numerator and denominator', () => {
    const result = aggregate({ ...base, indicator: SMARTPHONE_RATE })
    expect(result.status).toBe('refused')
    expect(result.reason?.code).toBe('ratio_without_parts')
    expect(result.reason?.message.vi).toContain('tử số và mẫu số')
    expect(result.value).toBeUndefined()
  })

  it('weights a share by GRDP', () => {
    const result = aggregate({ ...base, indicator: DIGITAL_ECONOMY_SHARE })
    // (10 × 200 + 20 × 300 + 5 × 500) / (200 + 300 + 500) = 10500 / 1000.
    expect(result.value?.toFixed()).toBe('10.5')
    expect(result.inputs[1]?.weight?.value?.toFixed()).toBe('300')
  })

  it('takes the plain mean, the min and the max', () => {
    expect(aggregate({ ...base, indicator: MEAN_SCORE }).value?.toFixed()).toBe(
      '0.6333333333333333333333333333333333333333',
    )
    const min = aggregate({ ...base, indicator: MIN_SCORE })
    expect([min.value?.toFixed(), min.figure?.qualifier]).toEqual(['0.4', 'approx'])
    expect(aggregate({ ...base, indicator: MAX_SCORE }).value?.toFixed()).toBe('0.9')
  })

  it('refuses an indicator declared as not aggregating', () => {
    const result = aggregate({ ...base, indicator: DTI })
    expect([result.status, result.reason?.code]).toEqual(['refused', 'not_aggregable'])
  })

  it('says a sum with a lower bound in it is a lower bound', () => {
    const result = aggregate({ ...base, indicator: ENTERPRISES })
    // More than 90, plus 12, plus 3: more than 105.
    expect([result.value?.toFixed(), result.figure?.qualifier]).toEqual(['105', 'more_than'])
  })
})

describe('missing values', () => {
  const partial = data([
    ['dx_products_completed', 'NT1', '2024', '3'],
    ['dx_products_completed', 'NT2', '2024', '5'],
    ['digital_economy_share_grdp', 'NT1', '2024', '10'],
    ['digital_economy_share_grdp', 'NT2', '2024', '20'],
    ['grdp', 'NT1', '2024', '200'],
  ])
  const options = { ...base, dataset: partial, indicator: DX_PRODUCTS }

  it('skips when any child is missing, by default, and names it', () => {
    const result = aggregate(options)
    expect([result.status, result.reason?.code]).toEqual(['skipped', 'missing_children'])
    expect(result.coverage.missing).toEqual(['NT3'])
    expect(result.reason?.message.en).toContain('`NT3`')
    expect(result.value).toBeUndefined()
  })

  it('computes from the children that reported under skip_if_all_missing, with the coverage', () => {
    const result = aggregate({ ...options, missing: 'skip_if_all_missing' })
    expect(result.value?.toFixed()).toBe('8')
    expect(result.coverage.reported).toEqual(['NT1', 'NT2'])
    expect(result.coverage.share.times(3).toFixed()).toBe('2')
  })

  it('sums nothing to 0 only under never_skip', () => {
    const none = { ...options, parent: '56', dataset: partial }
    expect(aggregate({ ...none, missing: 'skip_if_all_missing' }).status).toBe('skipped')
    const result = aggregate({ ...none, missing: 'never_skip' })
    expect([result.status, result.value?.toFixed()]).toEqual(['computed', '0'])
    expect(result.coverage.share.toFixed()).toBe('0')
  })

  it('counts a child without its weight as missing, and says which figure it lacks', () => {
    const result = aggregate({
      ...options,
      indicator: DIGITAL_ECONOMY_SHARE,
      missing: 'skip_if_all_missing',
    })
    expect(result.value?.toFixed()).toBe('10')
    expect(result.inputs.map((i) => [i.unit, i.missing])).toEqual([
      ['NT1', []],
      ['NT2', ['grdp']],
      ['NT3', ['digital_economy_share_grdp', 'grdp']],
    ])
  })
})

describe('the tree', () => {
  it('aggregates down the tree when a child has no value of its own', () => {
    const result = aggregate({ ...base, parent: 'VN', indicator: DX_PRODUCTS })
    expect(result.value?.toFixed()).toBe('20')
    expect(result.inputs.map((i) => [i.unit, i.aggregated.map((a) => a.value?.toFixed())])).toEqual(
      [
        ['58', ['10']],
        ['56', ['10']],
      ],
    )
    expect(result.from).toHaveLength(5)
  })

  it('prefers a child’s reported value to its children’s, and can be told not to recurse', () => {
    const withOwn = data([
      ['dx_products_completed', '58', '2024', '11'],
      ['dx_products_completed', 'KHo1', '2024', '4'],
      ['dx_products_completed', 'KHo2', '2024', '6'],
    ])
    expect(
      aggregate({
        ...base,
        dataset: withOwn,
        parent: 'VN',
        indicator: DX_PRODUCTS,
      }).value?.toFixed(),
    ).toBe('21')
    const flat = aggregate({
      ...base,
      dataset: withOwn,
      parent: 'VN',
      indicator: DX_PRODUCTS,
      recurse: false,
    })
    expect([flat.status, flat.coverage.missing]).toEqual(['skipped', ['56']])
  })

  it('reads the tree on the last day the parent exists, and after the merger the new one', () => {
    const byDate = data([
      ['dx_products_completed', 'NT1', '2025-H1', '1'],
      ['dx_products_completed', 'NT2', '2025-H1', '1'],
      ['dx_products_completed', 'NT3', '2025-H1', '1'],
      ['dx_products_completed', 'KH1', '2025-H2', '2'],
      ['dx_products_completed', 'KH2', '2025-H2', '3'],
    ])
    const old = aggregate({
      ...base,
      dataset: byDate,
      parent: NINH_THUAN,
      period: '2025-H1',
      indicator: DX_PRODUCTS,
    })
    expect([old.date, old.value?.toFixed()]).toEqual(['2025-06-30', '3'])
    const merged = aggregate({
      ...base,
      dataset: byDate,
      parent: '56',
      period: '2025-H2',
      indicator: DX_PRODUCTS,
    })
    expect([merged.unit, merged.date, merged.value?.toFixed()]).toEqual([
      '56@2025-07-01',
      '2025-12-31',
      '5',
    ])
  })

  it('refuses an unknown parent and a parent without children', () => {
    expect(aggregate({ ...base, parent: '99', indicator: DX_PRODUCTS }).reason?.code).toBe(
      'unknown_unit',
    )
    expect(aggregate({ ...base, parent: 'NT1', indicator: DX_PRODUCTS }).reason?.code).toBe(
      'no_children',
    )
  })

  it('needs a unit tree, and says so', () => {
    const { dataset: bare } = createDataset({ observations: [] })
    expect(() =>
      aggregate({ dataset: bare, parent: '58', period: '2024', indicator: DX_PRODUCTS }),
    ).toThrow(/unit tree/)
  })
})

describe('refusals on inexact inputs', () => {
  it('refuses weights that are only bounds', () => {
    const bounded = data([
      ['digital_economy_share_grdp', 'NT1', '2024', '10'],
      ['grdp', 'NT1', '2024', '200', 'more_than'],
      ['digital_economy_share_grdp', 'NT2', '2024', '20'],
      ['grdp', 'NT2', '2024', '300'],
      ['digital_economy_share_grdp', 'NT3', '2024', '5'],
      ['grdp', 'NT3', '2024', '500'],
    ])
    const result = aggregate({ ...base, dataset: bounded, indicator: DIGITAL_ECONOMY_SHARE })
    expect([result.status, result.reason?.code]).toEqual(['refused', 'weight_not_exact'])
  })

  it('refuses a zero denominator and a sum of mixed bounds', () => {
    const zero = data([
      ['fibre_households', 'KHo1', '2024', '0'],
      ['households', 'KHo1', '2024', '0'],
      ['fibre_households', 'KHo2', '2024', '0'],
      ['households', 'KHo2', '2024', '0'],
      ['ecommerce_enterprise_count', 'KHo1', '2024', '5', 'more_than'],
      ['ecommerce_enterprise_count', 'KHo2', '2024', '5', 'less_than'],
    ])
    const options = { ...base, dataset: zero, parent: '56' }
    expect(aggregate({ ...options, indicator: FIBRE_RATE }).reason?.code).toBe('zero_denominator')
    expect(aggregate({ ...options, indicator: ENTERPRISES }).reason?.code).toBe('unbounded')
  })
})
