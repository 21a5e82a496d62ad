import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, DIGITAL_ECONOMY_TARGETS, series } from './__tests__/fixtures'
import { assessProgress } from './assess'

// An independent reference for closed forms.
const Ref = Decimal.clone({ precision: 60 })

describe('the linear method', () => {
  // x = years since 2020: (0, 1), (1, 3), (2, 2), (3, 5). By hand: slope 1.1, intercept 1.1,
  // s² = 1.35, x̄ = 1.5, Sxx = 5 (see regression.test.ts).
  const observations = series(['2020', 1], ['2021', 3], ['2022', 2], ['2023', 5])
  const result = assessProgress({
    observations,
    direction: 'increase',
    target: { value: 10, by: '2026' },
    method: 'linear',
  })

  it('projects the least-squares line to the target period', () => {
    expect(result.trend?.slope.toFixed()).toBe('1.1')
    expect(result.trend?.atBaseline.toFixed()).toBe('1.1')
    // ŷ(2026) = 1.1 + 1.1 × 6 = 7.7; share (7.7 − 1)/(10 − 1) = 0.7444…
    expect(result.projected?.toFixed()).toBe('7.7')
    expect(result.ratio?.toFixed(10)).toBe('0.7444444444')
    expect(result.status).toBe('needs_acceleration')
    // ESCAP gap (10 − 7.7)/(10 − 1) = 0.2555…
    expect(result.anticipatedGap?.toFixed(10)).toBe('0.2555555556')
  })

  it('gives the 95% prediction interval with t(0.975, 2) = 0.95/√0.04875', () => {
    const se = new Ref('7.155').sqrt()
    const q = new Ref('0.95').div(new Ref('0.04875').sqrt())
    expect(result.interval?.level.toFixed()).toBe('0.95')
    expect(result.interval?.low.toFixed(20)).toBe(new Ref('7.7').minus(q.times(se)).toFixed(20))
    expect(result.interval?.high.toFixed(20)).toBe(new Ref('7.7').plus(q.times(se)).toFixed(20))
  })

  it('gives the probability that the target is met, 1 − F((T − ŷ)/se) with ν = 2', () => {
    // F(t) = 1/2 + t / (2√(2 + t²)) for two degrees of freedom
    const t = new Ref('2.3').div(new Ref('7.155').sqrt())
    const expected = new Ref('0.5').minus(t.div(t.times(t).plus(2).sqrt().times(2)))
    expect(result.probability?.toFixed(25)).toBe(expected.toFixed(25))
    expect(result.probability?.toFixed(6)).toBe('0.240241')
  })

  it('gives the attainment year: 1.1 + 1.1x = 10 at x = 8.09, so the end of 2029', () => {
    expect(result.attainmentYear).toBe('2029')
  })

  it('has no interval with two points, and says so', () => {
    const two = assessProgress({
      observations: series(['2020', 1], ['2022', 3]),
      direction: 'increase',
      target: { value: 10, by: '2030' },
      method: 'linear',
    })
    expect(two.interval).toBeNull()
    expect(two.probability).toBeNull()
    expect(two.notes.map((n) => n.code)).toContain('no_prediction_interval')
    expect(two.projected?.toFixed()).toBe('11')
  })

  it('gives probability 1 or 0 for a perfect fit', () => {
    const perfect = assessProgress({
      observations: series(['2020', 1], ['2021', 2], ['2022', 3]),
      direction: 'increase',
      target: { value: 8, by: '2030' },
      method: 'linear',
    })
    expect(perfect.probability?.toFixed()).toBe('1')
    expect(perfect.projected?.toFixed()).toBe('11')
  })

  it('fits the digital economy: slope 0.22114…, 14.7286 by 2030, a small chance of 30%', () => {
    const de = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      targets: DIGITAL_ECONOMY_TARGETS,
      method: 'linear',
    })
    expect(de.trend?.slope.toFixed(12)).toBe('0.221142857143')
    expect(de.projected?.toFixed(12)).toBe('14.728571428571')
    expect(de.ratio?.toFixed(12)).toBe('0.119294776734')
    expect(de.status).toBe('limited_progress')
    expect(de.probability?.lt('0.0001')).toBe(true)
  })

  it('notes a projection beyond the bounds it was given', () => {
    const beyond = assessProgress({
      observations: series(['2020', 50], ['2022', 75]),
      direction: 'increase',
      target: { value: 99, by: '2030' },
      method: 'linear',
      bounds: [0, 100],
    })
    expect(beyond.projected?.toFixed()).toBe('175')
    expect(beyond.notes.map((n) => n.code)).toContain('projection_beyond_bounds')
  })

  it('treats lower-is-better like higher-is-better mirrored (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 3, maxLength: 8 }),
        fc.integer({ min: -2000, max: 2000 }),
        (values, target) => {
          const up = assessProgress({
            observations: values.map((v, i) => ({ period: String(2015 + i), value: v })),
            direction: 'increase',
            target: { value: target, by: '2030' },
            method: 'linear',
          })
          const down = assessProgress({
            observations: values.map((v, i) => ({ period: String(2015 + i), value: -v })),
            direction: 'decrease',
            target: { value: -target, by: '2030' },
            method: 'linear',
          })
          return up.status === down.status && up.attainmentYear === down.attainmentYear
        },
      ),
      { numRuns: 50 },
    )
  })
})

describe('the weighted-linear method (ESCAP)', () => {
  // weights 1,2,3,4 (1 + years after the first point): slope 1.2, intercept 0.9 by hand
  const result = assessProgress({
    observations: series(['2020', 1], ['2021', 3], ['2022', 2], ['2023', 5]),
    direction: 'increase',
    target: { value: 10, by: '2026' },
    method: 'weighted-linear',
  })

  it('fits the time-weighted line and its anticipated-progress gap', () => {
    expect(result.trend?.slope.toFixed()).toBe('1.2')
    expect(result.projected?.toFixed()).toBe('8.1')
    // (10 − 8.1) / (10 − 1) = 0.2111…
    expect(result.anticipatedGap?.toFixed(10)).toBe('0.2111111111')
    expect(result.ratio?.toFixed(10)).toBe('0.7888888889')
    expect(result.status).toBe('needs_acceleration')
    expect(result.interval).toBeNull()
  })

  it('is the escap profile’s default method, and reports the current status index', () => {
    const escap = assessProgress({
      observations: series(['2020', 1], ['2021', 3], ['2022', 2], ['2023', 5]),
      direction: 'increase',
      target: { value: 10, by: '2026' },
      profile: 'escap',
    })
    expect(escap.method).toBe('weighted-linear')
    expect(escap.projected?.toFixed()).toBe('8.1')
    // CS = 10 × (5 − 1) / |10 − 1| = 4.444…
    expect(escap.currentStatus?.toFixed(10)).toBe('4.4444444444')
  })

  it('is on track (ESCAP "maintain progress") when the projection meets the target', () => {
    const on = assessProgress({
      observations: series(['2020', 1], ['2021', 3], ['2022', 2], ['2023', 5]),
      direction: 'increase',
      target: { value: 8, by: '2026' },
      method: 'weighted-linear',
    })
    expect(on.status).toBe('on_track')
  })

  it('takes a caller’s weight', () => {
    const equal = assessProgress(
      {
        observations: series(['2020', 1], ['2021', 3], ['2022', 2], ['2023', 5]),
        direction: 'increase',
        target: { value: 10, by: '2026' },
        method: 'weighted-linear',
      },
      { weight: () => new Decimal(1) },
    )
    expect(equal.projected?.toFixed()).toBe('7.7')
  })
})

describe('the logit method', () => {
  // 50% (logit 0) in 2020, 75% (logit ln 3) in 2022: the line through them is z = (ln 3 / 2) x,
  // so in 2030 z = 5 ln 3 and the share is 1 / (1 + 3⁻⁵) = 243/244 = 99.5901639344262295…%
  const observations = series(['2020', 50], ['2022', 75])

  it('projects on the logit scale and maps back inside the bounds', () => {
    const result = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 99, by: '2030' },
      method: 'logit',
    })
    expect(result.projected?.toFixed(30)).toBe('99.590163934426229508196721311475')
    expect(result.status).toBe('on_track')
  })

  it('finds the attainment year on the logit scale (95% at x = 2 ln 19 / ln 3 = 5.36)', () => {
    const result = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 95, by: '2030' },
      method: 'logit',
    })
    expect(result.attainmentYear).toBe('2026')
    const ninety = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 90, by: '2030' },
      method: 'logit',
    })
    // 90%: logit ln 9 = 2 ln 3, reached at x = 4 exactly: 2024
    expect(ninety.attainmentYear).toBe('2024')
  })

  it('keeps every projection within the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 99 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 2030, max: 2100 }),
        (values, year) => {
          const result = assessProgress({
            observations: values.map((v, i) => ({ period: String(2015 + i), value: v })),
            direction: 'increase',
            target: { value: '99.5', by: String(year) },
            method: 'logit',
          })
          if (result.status === 'achieved') return true
          const p = result.projected
          // inside the bounds; equal to one only when closer to it than 40 digits can show
          return p !== null && !p.lt(0) && !p.gt(100)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('stays strictly inside the bounds over a realistic horizon', () => {
    const result = assessProgress({
      observations: series(['2020', '87.5'], ['2022', 95], ['2024', '98.9']),
      direction: 'increase',
      target: { value: '99.9', by: '2050' },
      method: 'logit',
    })
    expect(result.projected?.lt(100)).toBe(true)
    expect(result.projected?.gt('99.9')).toBe(true)
  })

  it('refuses a value at exactly 0 or 100, with the reason and the way out', () => {
    const result = assessProgress({
      observations: series(['2020', 0], ['2022', 40]),
      direction: 'increase',
      target: { value: 90, by: '2030' },
      method: 'logit',
    })
    expect(result.status).toBe('insufficient_data')
    expect(result.refused).toEqual({ method: 'logit', code: 'logit_at_bound' })
    expect(result.reason).toMatch(/logitBoundOffset/)
  })

  it('moves a value on a bound inside by the offset the caller states, and notes it', () => {
    const result = assessProgress({
      observations: series(['2020', 0], ['2022', 40]),
      direction: 'increase',
      target: { value: 90, by: '2030' },
      method: 'logit',
      logitBoundOffset: '0.5',
    })
    expect(result.status).not.toBe('insufficient_data')
    expect(result.notes.map((n) => n.code)).toContain('logit_bound_adjusted')
    expect(result.baseline?.value?.toFixed()).toBe('0')
  })

  it('refuses a value outside the bounds and a target on a bound', () => {
    const outside = assessProgress({
      observations: series(['2020', 20], ['2022', 140]),
      direction: 'increase',
      target: { value: 150, by: '2030' },
      method: 'logit',
      bounds: [0, 200],
    })
    expect(outside.status).not.toBe('insufficient_data')
    const beyond = assessProgress({
      observations: series(['2020', 20], ['2022', 140]),
      direction: 'increase',
      method: 'logit',
    })
    expect(beyond.refused?.code).toBe('logit_outside_bounds')
    const atBound = assessProgress({
      observations: series(['2020', 20], ['2022', 40]),
      direction: 'increase',
      target: { value: 100, by: '2030' },
      method: 'logit',
    })
    expect(atBound.refused?.code).toBe('logit_target_at_bound')
  })

  it('still calls 100% achieved against a 100% target', () => {
    const result = assessProgress({
      observations: series(['2020', 80], ['2022', 100]),
      direction: 'increase',
      target: { value: 100, by: '2025' },
      method: 'logit',
    })
    expect(result.status).toBe('achieved')
  })
})

describe('trend methods without a target', () => {
  it('classify the fitted change per year relative to the fitted baseline level', () => {
    // y = 100, 102, 104: slope 2 on a level of 100 is 2% a year: improving
    const up = assessProgress({
      observations: series(['2020', 100], ['2021', 102], ['2022', 104]),
      direction: 'increase',
      method: 'linear',
    })
    expect(up.growth?.toFixed()).toBe('0.02')
    expect(up.status).toBe('improving')
    const flat = assessProgress({
      observations: series(['2020', 100], ['2021', '100.5'], ['2022', 101]),
      direction: 'increase',
      method: 'linear',
    })
    expect(flat.status).toBe('stable')
    const ranks = assessProgress({
      observations: series(['2020', 63], ['2021', 53], ['2022', 27]),
      direction: 'decrease',
      method: 'linear',
    })
    expect(ranks.status).toBe('improving')
  })

  it('say worsening when a lower-is-better value rises', () => {
    const result = assessProgress({
      observations: series(['2020', 20], ['2021', 25], ['2022', 30]),
      direction: 'decrease',
      method: 'weighted-linear',
    })
    expect(result.growth?.isNeg()).toBe(true)
    expect(result.status).toBe('worsening')
    expect(result.notes.map((n) => n.code)).toContain('weighted_no_interval')
  })

  it('answer for a series that crosses zero', () => {
    const result = assessProgress({
      observations: series(['2020', -2], ['2021', 0], ['2022', 2]),
      direction: 'increase',
      method: 'linear',
    })
    expect(result.status).toBe('improving')
  })
})
