import { Exact } from '@tiendo/core'
import type { Indicator, Observation } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dxProductRule, indicators, pack, product } from '../__tests__/fixtures'
import { createRowChecker } from './check-rows'

const odd: Indicator = {
  id: 'odd_bounds',
  name: { vi: 'Chỉ tiêu thử', en: 'Test indicator' },
  // Not a `count`: its values have decimals, and bounds alone are under test.
  unit: 'score',
  direction: 'increase',
  bounds: { min: '-0.000000000000000000000000000000000000001', max: '12345678901234567890.5' },
  aggregation: { method: 'none' },
}
const testPack = pack([dxProductRule], { indicators: [...indicators, odd] })

/** Decimal texts near the bounds, far from them, and texts that are not decimals. */
const valueText = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '100',
    '100.0000000000000000000000000000000000001',
    '99.99999999999999999999999999999999999999',
    '-0.000000000000000000000000000000000000001',
    '-0.000000000000000000000000000000000000002',
    '12345678901234567890.5',
    '12345678901234567890.50000000000000000001',
    '1e2',
    'NaN',
    'abc',
    // A unit in the 15th significant digit from a bound: compared as doubles, exactly.
    '99.9999999999999',
    '100.000000000001',
    '-0.00000000000001',
    '007',
    '+5',
  ),
  fc.double({ noNaN: true }).map(String),
  fc.integer().map(String),
  // Short decimals about the bounds 0 and 100, of up to 15 significant digits.
  fc
    .tuple(fc.integer({ min: -1_000_000_000, max: 1_100_000_000 }), fc.nat(12))
    .map(([units, scale]) => new Exact(units).div(new Exact(10).pow(scale)).toFixed()),
)

/** Whether the value lies outside the bounds, compared the way decimal.js compares. */
function outside(text: string, indicator: Indicator): boolean {
  let value: Exact
  try {
    value = new Exact(text)
  } catch {
    return false
  }
  const { min, max } = indicator.bounds ?? {}
  return (
    (min !== undefined && value.lt(new Exact(min))) ||
    (max !== undefined && value.gt(new Exact(max)))
  )
}

describe('createRowChecker', () => {
  it('finds a value outside its bounds exactly when decimal.js does, asked once or often', () => {
    const checker = createRowChecker(testPack, { today: '2025-03-01' })
    fc.assert(
      fc.property(
        fc.constantFrom('digital_economy_share_grdp', 'odd_bounds'),
        valueText,
        fc.constantFrom('value', 'low', 'high'),
        (id, text, field) => {
          const indicator = testPack.indicators?.find((item) => item.id === id) as Indicator
          const observation = { indicator: id, unit: '58', period: '2024', [field]: text }
          // Asked twice: the second answer comes from what the checker remembers.
          for (let round = 0; round < 2; round++) {
            const checked = checker.observation({
              observation: observation as Observation,
              location: { file: 'f.csv', row: 2 },
            })
            const codes = checked.issues.map((issue) => issue.code)
            expect(codes).toEqual(outside(text, indicator) ? ['value_out_of_bounds'] : [])
            expect(checked.keep).toBe(true)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('finds periods starting after today, however often they repeat', () => {
    const checker = createRowChecker(testPack, { today: '2025-03-01' })
    const at = (period: string) =>
      checker
        .observation({
          observation: { indicator: 'households', unit: '58', period, value: '1' },
          location: { file: 'f.csv', row: 2 },
        })
        .issues.map((issue) => issue.code)
    for (let round = 0; round < 2; round++) {
      expect(at('2025-03')).toEqual([])
      expect(at('2025-Q1')).toEqual([])
      expect(at('2025-04')).toEqual(['observation_in_future'])
      expect(at('2025-H2')).toEqual(['observation_in_future'])
      expect(at('not a period')).toEqual([])
    }
  })

  it('checks records for their kind and date', () => {
    const checker = createRowChecker(testPack, { today: '2025-03-01' })
    const codes = (record: ReturnType<typeof product>) =>
      checker.record({ record, location: { file: 'r.csv', row: 2 } }).issues.map((i) => i.code)
    expect(codes(product('58', '2025-03-01'))).toEqual([])
    expect(codes(product('58', '2025-03-02'))).toEqual(['record_in_future'])
    expect(codes({ ...product('58', '2025-03-02'), kind: 'dx_produc' })).toEqual([
      'unknown_record_kind',
      'record_in_future',
    ])
  })

  it('refuses a count or a rank with decimals, and reads dots between thousands', () => {
    const rank: Indicator = {
      id: 'some_rank',
      name: { vi: 'Thứ hạng thử', en: 'Test rank' },
      unit: 'rank',
      direction: 'decrease',
      aggregation: { method: 'none' },
    }
    const checker = createRowChecker(pack([dxProductRule], { indicators: [...indicators, rank] }), {
      today: '2025-03-01',
    })
    const found = (indicator: string, value: string) =>
      checker
        .observation({ observation: { indicator, unit: '58', period: '2024', value } })
        .issues.map((issue) => {
          const { thousands, rounded } = issue as { thousands?: string; rounded?: string }
          return [issue.code, thousands ?? (rounded === undefined ? undefined : `≈${rounded}`)]
        })
    const cases: [string, [string, string | undefined][]][] = [
      ['1250', []],
      ['12.0', []],
      ['12.00', []],
      ['1e3', []],
      ['007', []],
      ['+5', []],
      ['-3', []],
      ['abc', []],
      ['1.250', [['value_not_whole', '1250']]],
      ['2.000', [['value_not_whole', '2000']]],
      ['1.234.567', [['value_not_whole', '1234567']]],
      ['-1.250', [['value_not_whole', '-1250']]],
      ['1.5', [['value_not_whole', undefined]]],
      ['0.500', [['value_not_whole', undefined]]],
      ['1234.500', [['value_not_whole', undefined]]],
      ['12.5000', [['value_not_whole', undefined]]],
      ['1.2345', [['value_not_whole', undefined]]],
      // A calculation's noise about a whole number (Excel shows 75), and noise about no whole.
      ['75.00000000000001', [['value_not_whole', '≈75']]],
      ['74.99999999999999', [['value_not_whole', '≈75']]],
      ['87.49999999999999', [['value_not_whole', undefined]]],
      ['1.00000000000001', [['value_not_whole', undefined]]],
    ]
    for (let round = 0; round < 2; round++) {
      for (const [value, expected] of cases) {
        expect(found('households', value), value).toEqual(expected)
        expect(found('some_rank', value), value).toEqual(expected)
      }
    }
    // A percent takes decimals.
    expect(found('digital_economy_share_grdp', '87.5')).toEqual([])
  })

  it('lets a pack say whether an indicator takes whole numbers', () => {
    const share = indicators.find((item) => item.id === 'digital_economy_share_grdp') as Indicator
    const households = indicators.find((item) => item.id === 'households') as Indicator
    const declared = pack([dxProductRule], {
      indicators: [
        { ...share, wholeNumbers: true },
        { ...households, wholeNumbers: false },
      ],
    })
    const checker = createRowChecker(declared, { today: '2025-03-01' })
    const codes = (indicator: string, figures: Partial<Observation>) =>
      checker
        .observation({
          observation: { indicator, unit: '58', period: '2024', ...figures } as Observation,
          location: { file: 'f.csv', row: 7 },
        })
        .issues.map((issue) => [issue.code, issue.location?.column])
    expect(codes('households', { value: '1.5' })).toEqual([])
    expect(codes('digital_economy_share_grdp', { value: '87.5' })).toEqual([
      ['value_not_whole', 'value'],
    ])
    // Each end of a range is its own figure, named by its column.
    const range = codes('digital_economy_share_grdp', { low: '80', high: '90.5' })
    expect(range).toEqual([['value_not_whole', 'high']])
  })

  it('keeps nothing of an unknown indicator, and says so once', () => {
    const checker = createRowChecker(testPack, { today: '2025-03-01' })
    const checked = checker.observation({
      observation: { indicator: 'household', unit: '58', period: '2030', value: '-5' },
    })
    expect(checked.keep).toBe(false)
    expect(checked.issues.map((issue) => issue.code)).toEqual(['unknown_indicator'])
  })
})
