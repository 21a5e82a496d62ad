import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toExact } from './decimal'
import { narrow, Wide } from './power'
import {
  compoundGrowth,
  compoundGrowthRate,
  compoundProjection,
  escapCurrentStatus,
  gapToTarget,
  observedGrowth,
  requiredGrowth,
  shareCovered,
  yearsRemaining,
} from './progress'

// Expected values were computed independently with Python's `decimal` module at 60
// significant digits (exp(ln(x) / n)), then rounded by hand to 40 digits.

describe('gapToTarget', () => {
  it('is what is still to cover, signed by direction', () => {
    expect(gapToTarget({ latest: '14.02', target: 30, direction: 'increase' }).toFixed()).toBe(
      '15.98',
    )
    expect(gapToTarget({ latest: 27, target: 20, direction: 'decrease' }).toFixed()).toBe('7')
    expect(gapToTarget({ latest: 18, target: 20, direction: 'decrease' }).toFixed()).toBe('-2')
  })

  it('adds up exactly (0.1 + 0.2 is 0.3)', () => {
    expect(gapToTarget({ latest: 0.1, target: 0.3, direction: 'increase' }).toFixed()).toBe('0.2')
  })
})

describe('shareCovered and escapCurrentStatus', () => {
  it('is (yt − y0) / |T − y0| with the direction sign', () => {
    // (14.02 − 12.66) / (30 − 12.66) = 1.36 / 17.34 = 0.0784313725490196078431372549019607843137…
    const share = shareCovered({
      baseline: '12.66',
      latest: '14.02',
      target: 30,
      direction: 'increase',
    })
    expect(share.ok && share.value.toFixed()).toBe('0.07843137254901960784313725490196078431373')
    const cs = escapCurrentStatus({
      baseline: '12.66',
      latest: '14.02',
      target: 30,
      direction: 'increase',
    })
    expect(cs.ok && cs.value.toFixed()).toBe('0.7843137254901960784313725490196078431373')
  })

  it('uses D = −10 when lower is better (a rank from 63 to 27 against 20)', () => {
    // −10 × (27 − 63) / |20 − 63| = 360 / 43 = 8.372093023255813953488372093023255813953…
    const cs = escapCurrentStatus({ baseline: 63, latest: 27, target: 20, direction: 'decrease' })
    expect(cs.ok && cs.value.toFixed()).toBe('8.372093023255813953488372093023255813953')
  })

  it('is negative for a move away from the target', () => {
    const share = shareCovered({ baseline: 50, latest: 40, target: 100, direction: 'increase' })
    expect(share.ok && share.value.toFixed()).toBe('-0.2')
  })

  it('is refused, with the reason, when the target equals the baseline', () => {
    const share = shareCovered({ baseline: 5, latest: 6, target: 5, direction: 'increase' })
    expect(share.ok).toBe(false)
    if (!share.ok) {
      expect(share.code).toBe('share_zero_distance')
      expect(share.reason.en).toMatch(/target equals the baseline/)
      expect(share.reason.vi.length).toBeGreaterThan(10)
    }
  })
})

describe('compoundGrowthRate', () => {
  it('is exact where the true rate is a short decimal', () => {
    const g = compoundGrowthRate({ from: 100, to: 121, years: 2 })
    expect(g.ok && g.rate.toFixed()).toBe('0.1')
    const h = compoundGrowthRate({ from: 100, to: '161.051', years: 5 })
    expect(h.ok && h.rate.toFixed()).toBe('0.1')
  })

  it('gives the digital economy share 12.66 → 14.02 over five years to 40 digits', () => {
    // (14.02 / 12.66)^(1/5) − 1 = 0.02061714962303892530062133272813787426293|26…
    const g = compoundGrowthRate({ from: '12.66', to: '14.02', years: 5 })
    expect(g.ok && g.rate.toFixed()).toBe('0.02061714962303892530062133272813787426293')
  })

  it('refuses a zero start, a zero end, a change of sign and no elapsed time', () => {
    const codes = [
      compoundGrowthRate({ from: 0, to: 5, years: 2 }),
      compoundGrowthRate({ from: 5, to: 0, years: 2 }),
      compoundGrowthRate({ from: -1, to: 5, years: 2 }),
      compoundGrowthRate({ from: 1, to: 5, years: 0 }),
    ].map((g) => (g.ok ? 'ok' : g.code))
    expect(codes).toEqual([
      'growth_zero_start',
      'growth_zero_end',
      'growth_sign_change',
      'growth_no_time',
    ])
  })

  it('never substitutes 0.001 for a zero: the reason says so', () => {
    const g = compoundGrowthRate({ from: 0, to: 5, years: 2 })
    expect(g.ok).toBe(false)
    if (!g.ok) expect(g.reason.en).toMatch(/linear/)
  })

  it('measures the magnitude of an all-negative series and says so', () => {
    // −16 → −4 over 2 years: (1/4)^(1/2) − 1 = −0.5
    const g = compoundGrowthRate({ from: -16, to: -4, years: 2 })
    expect(g.ok && g.rate.toFixed()).toBe('-0.5')
    expect(g.ok && g.negative).toBe(true)
  })

  it('inverts compoundProjection (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: -500, max: 2000 }),
        fc.integer({ min: 1, max: 30 }),
        (start, ratePerMille, years) => {
          const rate = toExact(ratePerMille).div(1000)
          const end = compoundProjection({ value: start, rate, years })
          const back = compoundGrowthRate({ from: start, to: end, years })
          return back.ok && back.rate.minus(rate).abs().lt('1e-35')
        },
      ),
    )
  })
})

describe('observedGrowth and requiredGrowth', () => {
  it('measure years between period ends', () => {
    const g = observedGrowth({
      baseline: { period: '2022-H2', value: 100 },
      latest: { period: '2024-H2', value: 121 },
    })
    expect(g.ok && g.years.toFixed()).toBe('2')
    expect(g.ok && g.rate.toFixed()).toBe('0.1')
    // 2023 → 2024-H1 is half a year: 100 → 110.25 is 21% a year ((1.1025)^2 = 1.21550625)
    const h = observedGrowth({
      baseline: { period: '2023', value: 100 },
      latest: { period: '2024-H1', value: '110.25' },
    })
    expect(h.ok && h.years.toFixed()).toBe('0.5')
    expect(h.ok && h.rate.toFixed()).toBe('0.21550625')
  })

  it('give the required growth of the digital economy to 30% by 2030', () => {
    // (30 / 12.66)^(1/10) − 1 = 0.09010606243624790230284871011362588960018|63…
    const g = requiredGrowth({
      baseline: { period: '2020', value: '12.66' },
      target: { value: 30, by: '2030' },
    })
    expect(g.ok && g.rate.toFixed()).toBe('0.09010606243624790230284871011362588960019')
  })

  it('refuses a target of zero', () => {
    const g = requiredGrowth({
      baseline: { period: '2020', value: 10 },
      target: { value: 0, by: '2030' },
    })
    expect(g.ok ? 'ok' : g.code).toBe('growth_zero_end')
  })
})

describe('yearsRemaining and compoundProjection', () => {
  it('counts years to the target period, negative when past', () => {
    expect(yearsRemaining({ latest: '2025', by: '2030' }).toFixed()).toBe('5')
    expect(yearsRemaining({ latest: '2024-H1', by: '2025' }).toFixed()).toBe('1.5')
    expect(yearsRemaining({ latest: '2025', by: '2020' }).toFixed()).toBe('-5')
  })

  it('projects 14.02 at the observed rate to 2030', () => {
    // 14.02 × (1 + 0.0206171496…)^5 = 15.52609794628751974723538704581358609794|629… (Python, 60 digits)
    const rate = compoundGrowthRate({ from: '12.66', to: '14.02', years: 5 })
    if (!rate.ok) throw new Error('unexpected')
    expect(compoundProjection({ value: '14.02', rate: rate.rate, years: 5 }).toFixed()).toBe(
      '15.52609794628751974723538704581358609795',
    )
  })

  it('refuses a rate of −100% or below', () => {
    expect(() => compoundProjection({ value: 1, rate: -1, years: 2 })).toThrow(RangeError)
  })
})

describe('compoundGrowth', () => {
  it('gives compoundGrowthRate’s result with the factor it rounded the rate from', () => {
    const growth = compoundGrowth({ from: '12.66', to: '14.02', years: 5 })
    expect(growth.result).toEqual(compoundGrowthRate({ from: '12.66', to: '14.02', years: 5 }))
    // The factor carries the guard digits: the rate is it minus one, rounded to 40 digits.
    expect(growth.factor?.precision()).toBeGreaterThan(40)
    expect(growth.result.ok && growth.result.rate.eq(narrow(growth.factor!.minus(1)))).toBe(true)
    // (1 + g)^5 × 12.66 is 14.02 again to the guard digits.
    expect(growth.factor!.pow(5).times(new Wide('12.66')).toSignificantDigits(45).toFixed()).toBe(
      '14.02',
    )
  })

  it('has no factor when the rate is refused', () => {
    const growth = compoundGrowth({ from: 0, to: 3, years: 2 })
    expect(growth).toEqual({
      result: compoundGrowthRate({ from: 0, to: 3, years: 2 }),
      factor: null,
    })
  })
})
