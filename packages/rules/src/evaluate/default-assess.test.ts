import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { indicators, targets, units } from '../__tests__/fixtures'
import { resultOf, run } from '../__tests__/run'
import { createMemoryFactSource } from '../memory-source'

// Ninh Thuận as if it had not merged; digital economy 5% of GRDP in 2020, 12.5% in 2024,
// against 20% by 2025 from the 2020 base (the fixture's target).
const source = createMemoryFactSource({
  units: units.map(({ validTo: _validTo, ...unit }) => unit),
  observations: [
    { indicator: 'digital_economy_share_grdp', unit: '58', period: '2020', value: '5' },
    { indicator: 'digital_economy_share_grdp', unit: '58', period: '2024', value: '12.5' },
  ],
})
const params = { indicator: 'digital_economy_share_grdp' }
const comparison = (fact: string) => ({ fact, params, operator: 'decimalGte', value: '0' })

describe('progress facts with @tiendo/forecast (the default assessment)', () => {
  it('give the growth-rate method’s figures, worked by hand', async () => {
    const evaluation = await run(
      [
        {
          id: 'progress',
          severity: 'info',
          scope: { units: ['58'], periods: ['2024'] },
          missing: 'never_skip',
          message: { vi: '{fact:status}', en: '{fact:status}' },
          conditions: {
            all: [
              { fact: 'status', params, operator: 'equal', value: 'on_track' },
              ...['gap', 'progress', 'cagr', 'required_cagr', 'projected'].map(comparison),
            ],
          },
        },
      ],
      source,
      undefined,
      { indicators, targets },
    )
    const result = resultOf(evaluation, '58', '2024')
    const actual = new Map(result.conditions.map((c) => [c.fact, c.actual]))
    const near = (fact: string, digits: number) =>
      new Decimal(String(actual.get(fact))).toSignificantDigits(digits).toString()
    // CAGR observed (12.5/5)^(1/4) − 1 = 0.25743…; required (20/5)^(1/5) − 1 = 0.31951…;
    // their ratio 0.806 lies in 0.6–0.95: needs acceleration.
    expect(actual.get('status')).toBe('needs_acceleration')
    expect(result.message?.en).toBe('needs_acceleration')
    expect(near('cagr', 5)).toBe('0.25743')
    expect(near('required_cagr', 5)).toBe('0.31951')
    // Still to cover 20 − 12.5; covered (12.5 − 5) / (20 − 5) of the way.
    expect(actual.get('gap')).toBe('7.5')
    expect(actual.get('progress')).toBe('0.5')
    // Projected to 2025: 12.5 × 1.25743… = 15.718.
    expect(near('projected', 5)).toBe('15.718')
  })
})
