import { Exact } from '@tiendo/core'
import type { Indicator, Observation } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dxProductRule, indicators, pack, product } from '../__tests__/fixtures'
import { createRowChecker } from './check-rows'

const odd: Indicator = {
  id: 'odd_bounds',
  name: { vi: 'Chỉ tiêu thử', en: 'Test indicator' },
  unit: 'count',
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

  it('keeps nothing of an unknown indicator, and says so once', () => {
    const checker = createRowChecker(testPack, { today: '2025-03-01' })
    const checked = checker.observation({
      observation: { indicator: 'household', unit: '58', period: '2030', value: '-5' },
    })
    expect(checked.keep).toBe(false)
    expect(checked.issues.map((issue) => issue.code)).toEqual(['unknown_indicator'])
  })
})
