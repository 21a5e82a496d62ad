import { describe, expect, it } from 'vitest'
import {
  DIGITAL_ECONOMY,
  DIGITAL_ECONOMY_TARGETS,
  NINH_THUAN_DTI_RANK,
  series,
} from './__tests__/fixtures'
import { assessProgress } from './assess'

// Expected values: Python's `decimal` at 60 digits, exp(ln(x)/n), rounded by hand.

describe('the growth-rate method with a target', () => {
  it('assesses the digital economy against the next target still ahead (30% by 2030)', () => {
    const result = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      targets: DIGITAL_ECONOMY_TARGETS,
    })
    expect(result.method).toBe('cagr')
    expect(result.profile).toBe('eurostat')
    expect(result.targets.map((t) => [t.by, t.outcome])).toEqual([
      ['2025', 'missed'],
      ['2030', 'pending'],
    ])
    expect(result.target?.by).toBe('2030')
    expect(result.baseline?.period).toBe('2020')
    expect(result.latest?.value?.toFixed()).toBe('14.02')
    // CAGR_o = (14.02/12.66)^(1/5) − 1; CAGR_r = (30/12.66)^(1/10) − 1
    expect(result.cagr?.toFixed(12)).toBe('0.020617149623')
    expect(result.requiredCagr?.toFixed(12)).toBe('0.090106062436')
    expect(result.ratio?.toFixed(12)).toBe('0.228809794431')
    expect(result.status).toBe('limited_progress')
    // projected = 14.02 × (1 + CAGR_o)^5
    expect(result.projected?.toFixed(12)).toBe('15.526097946288')
    expect(result.yearsRemaining?.toFixed()).toBe('5')
    expect(result.gap?.toFixed()).toBe('15.98')
    // ESCAP: 10 × 1.36 / 17.34; gap (30 − 15.526…)/(30 − 12.66)
    expect(result.currentStatus?.toFixed(12)).toBe('0.784313725490')
    expect(result.anticipatedGap?.toFixed(12)).toBe('0.834711767803')
    // 14.02 (1 + g)^x = 30 at x = 37.276…: the end of 2063 is the first year-end after it
    expect(result.attainmentYear).toBe('2063')
    expect(result.reason).toBeUndefined()
  })

  it('says the 2025 target was missed when it is the only target (not projected)', () => {
    const result = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      target: { value: 20, by: '2025' },
    })
    expect(result.target?.outcome).toBe('missed')
    expect(result.projected).toBeNull()
    // ratio at the deadline: 0.0206171… / 0.0957696… = 0.21527858…
    expect(result.ratio?.toFixed(10)).toBe('0.2152785851')
    expect(result.status).toBe('limited_progress')
    expect(result.notes.map((n) => n.code)).toContain('target_missed')
  })

  it('is on track at a ratio of exactly 1 (100 → 121 in two years, 161.051 by 2025)', () => {
    const result = assessProgress({
      observations: series(['2020', 100], ['2022', 121]),
      direction: 'increase',
      target: { value: '161.051', by: '2025' },
    })
    expect(result.cagr?.toFixed()).toBe('0.1')
    expect(result.requiredCagr?.toFixed()).toBe('0.1')
    expect(result.ratio?.toFixed()).toBe('1')
    expect(result.projected?.toFixed()).toBe('161.051')
    expect(result.status).toBe('on_track')
    expect(result.attainmentYear).toBe('2025')
  })

  it('puts the thresholds 0.95 and 0.6 where Eurostat does', () => {
    const at = (value: string) =>
      assessProgress({
        observations: series(['2020', 100], ['2021', value]),
        direction: 'increase',
        target: { value: 121, by: '2022' },
      })
    // required 10% a year; observed 9.5%, 6%, 0% and −1%
    expect(at('109.5').ratio?.toFixed()).toBe('0.95')
    expect(at('109.5').status).toBe('on_track')
    expect(at('109.4').status).toBe('needs_acceleration')
    expect(at('106').ratio?.toFixed()).toBe('0.6')
    expect(at('106').status).toBe('needs_acceleration')
    expect(at('105.9').status).toBe('limited_progress')
    expect(at('100').ratio?.toFixed()).toBe('0')
    expect(at('100').status).toBe('limited_progress')
    expect(at('99').status).toBe('deterioration')
  })

  it('needs acceleration at 10% a year against 14.87% required (100 → 200 by 2025)', () => {
    const result = assessProgress({
      observations: series(['2020', 100], ['2022', 121]),
      direction: 'increase',
      target: { value: 200, by: '2025' },
    })
    expect(result.requiredCagr?.toFixed(12)).toBe('0.148698354997')
    expect(result.ratio?.toFixed(12)).toBe('0.672502395887')
    expect(result.status).toBe('needs_acceleration')
  })

  it('works for a rank, lower is better (Ninh Thuận DTI 63 → 27, target 20 by 2025)', () => {
    const result = assessProgress({
      observations: NINH_THUAN_DTI_RANK,
      direction: 'decrease',
      target: { value: 20, by: '2025' },
    })
    // CAGR_o = (27/63)^(1/2) − 1 = −0.3453463…, CAGR_r = (20/63)^(1/5) − 1 = −0.2050535…
    expect(result.cagr?.toFixed(10)).toBe('-0.3453463293')
    expect(result.requiredCagr?.toFixed(10)).toBe('-0.2050535226')
    expect(result.ratio?.toFixed(10)).toBe('1.6841765261')
    expect(result.status).toBe('on_track')
    expect(result.projected?.toFixed(10)).toBe('7.5752781896')
    expect(result.target?.comparator).toBe('lte')
  })

  it('deteriorates when the series moves away from the target', () => {
    const result = assessProgress({
      observations: series(['2020', 100], ['2023', 90]),
      direction: 'increase',
      target: { value: 120, by: '2030' },
    })
    expect(result.ratio?.isNeg()).toBe(true)
    expect(result.status).toBe('deterioration')
  })

  it('uses the direction-signed ratio when the baseline already met the target', () => {
    // baseline 25 ≥ 20, latest 18 < 20: CAGR_r < 0, CAGR_o < 0, and d·CAGR_o/|CAGR_r| < 0
    const result = assessProgress({
      observations: series(['2020', 25], ['2022', 18]),
      direction: 'increase',
      target: { value: 20, by: '2025' },
    })
    expect(result.ratio?.isNeg()).toBe(true)
    expect(result.status).toBe('deterioration')
  })

  it('deteriorates, with no ratio, when the target equals the baseline and the value fell', () => {
    const observations = series(['2020', 50], ['2022', 40])
    const result = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 50, by: '2030' },
    })
    expect(result.requiredCagr?.toFixed()).toBe('0')
    expect(result.ratio).toBeNull()
    expect(result.status).toBe('deterioration')
    expect(result.notes.map((n) => n.code)).toContain('required_growth_zero')
    const linear = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 50, by: '2030' },
      method: 'linear',
    })
    // 50 − 5x: 0 in 2030
    expect(linear.projected?.toFixed()).toBe('0')
    expect(linear.status).toBe('deterioration')
    expect(linear.notes.map((n) => n.code)).toContain('target_equals_baseline')
  })

  it('flips the direction for an all-negative series, as Open SDG does', () => {
    // −16 → −4 over two years (magnitude −50% a year), target −1 by 2024 (also −50% a year)
    const result = assessProgress({
      observations: series(['2020', -16], ['2022', -4]),
      direction: 'increase',
      target: { value: -1, by: '2024' },
    })
    expect(result.cagr?.toFixed()).toBe('-0.5')
    expect(result.requiredCagr?.toFixed()).toBe('-0.5')
    expect(result.ratio?.toFixed()).toBe('1')
    expect(result.projected?.toFixed()).toBe('-1')
    expect(result.status).toBe('on_track')
  })

  it('is achieved when the latest value meets the target', () => {
    const result = assessProgress({
      observations: series(['2020', 40], ['2023', 55]),
      direction: 'increase',
      target: { value: 50, by: '2025' },
    })
    expect(result.status).toBe('achieved')
    expect(result.target?.outcome).toBe('achieved')
  })

  it('is achieved when a past target was met at its period, even if the value fell later', () => {
    const result = assessProgress({
      observations: series(['2020', 10], ['2022', 25], ['2024', 18]),
      direction: 'increase',
      target: { value: 20, by: '2022' },
    })
    expect(result.status).toBe('achieved')
    expect(result.latest?.period).toBe('2022')
  })
})

describe('the growth-rate method without a target', () => {
  const at = (end: string, direction: 'increase' | 'decrease' = 'increase', profile?: 'opensdg') =>
    assessProgress({
      observations: series(['2020', 100], ['2022', end]),
      direction,
      ...(profile ? { profile } : {}),
    })

  it('classifies at 1% / −1% (Eurostat), bounds included in stable', () => {
    expect(at('104.04').growth?.toFixed()).toBe('0.02')
    expect(at('104.04').status).toBe('improving')
    expect(at('102.01').growth?.toFixed()).toBe('0.01')
    expect(at('102.01').status).toBe('stable')
    expect(at('98.01').status).toBe('stable')
    expect(at('96.04').status).toBe('worsening')
  })

  it('negates the growth when lower is better', () => {
    expect(at('96.04', 'decrease').growth?.toFixed()).toBe('0.02')
    expect(at('96.04', 'decrease').status).toBe('improving')
    expect(at('104.04', 'decrease').status).toBe('worsening')
  })

  it('uses Open SDG bands 1.5% / 0 under the opensdg profile', () => {
    expect(at('102.01', 'increase', 'opensdg').status).toBe('stable')
    expect(at('104.04', 'increase', 'opensdg').status).toBe('improving')
    expect(at('99.8001', 'increase', 'opensdg').status).toBe('worsening')
  })

  it('accepts thresholds as a tuple or an object', () => {
    const tuple = assessProgress({
      observations: series(['2020', 100], ['2022', '102.01']),
      direction: 'increase',
      thresholds: ['0.005', '0', '-0.005'],
    })
    expect(tuple.status).toBe('improving')
    const object = assessProgress({
      observations: series(['2020', 100], ['2022', 121]),
      direction: 'increase',
      target: { value: 200, by: '2025' },
      thresholds: { high: '0.6', mid: '0.5', low: '0' },
    })
    expect(object.status).toBe('on_track')
  })
})

describe('refusals of the growth method', () => {
  it('refuses a zero baseline with the reason, and the linear method still answers', () => {
    const observations = series(['2020', 0], ['2021', 2], ['2022', 4])
    const refused = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 10, by: '2025' },
    })
    expect(refused.status).toBe('insufficient_data')
    expect(refused.refused).toEqual({ method: 'cagr', code: 'growth_zero_start' })
    expect(refused.cagr).toBeNull()
    expect(refused.reason).toMatch(/zero/)
    expect(refused.reason).toMatch(/linear/)
    expect(refused.explanation?.message.vi).toMatch(/linear/)
    const linear = assessProgress({
      observations,
      direction: 'increase',
      target: { value: 10, by: '2025' },
      method: 'linear',
    })
    // y = 2x exactly: ŷ(2025) = 10 meets the target
    expect(linear.projected?.toFixed()).toBe('10')
    expect(linear.status).toBe('on_track')
  })

  it('refuses a series that changes sign', () => {
    const result = assessProgress({
      observations: series(['2020', -5], ['2023', 5]),
      direction: 'increase',
    })
    expect(result.status).toBe('insufficient_data')
    expect(result.refused?.code).toBe('growth_sign_change')
    expect(result.reason).toMatch(/changes sign/)
  })

  it('refuses a latest value of zero that does not meet the target', () => {
    const result = assessProgress({
      observations: series(['2020', 5], ['2023', 0]),
      direction: 'increase',
      target: { value: 10, by: '2030' },
    })
    expect(result.refused?.code).toBe('growth_zero_end')
  })

  it('refuses a target of zero, never substituting 0.001', () => {
    const observations = series(['2020', 10], ['2022', 5])
    const result = assessProgress({
      observations,
      direction: 'decrease',
      target: { value: 0, by: '2030' },
    })
    expect(result.status).toBe('insufficient_data')
    expect(result.refused?.code).toBe('growth_zero_target')
    expect(result.reason).toMatch(/0\.001/)
    expect(result.projected).toBeNull()
    expect(result.attainmentYear).toBeNull()
    // linear: 10 − 2.5 x reaches 0 at x = 4 (2024) and is below 0 by 2030
    const linear = assessProgress({
      observations,
      direction: 'decrease',
      target: { value: 0, by: '2030' },
      method: 'linear',
    })
    expect(linear.projected?.toFixed()).toBe('-15')
    expect(linear.status).toBe('on_track')
    expect(linear.attainmentYear).toBe('2024')
  })

  it('refuses a target of the other sign than the baseline', () => {
    const result = assessProgress({
      observations: series(['2020', -10], ['2022', -5]),
      direction: 'increase',
      target: { value: 5, by: '2030' },
    })
    expect(result.refused?.code).toBe('growth_target_sign')
  })

  it('still calls a zero latest value achieved when it meets the target', () => {
    const result = assessProgress({
      observations: series(['2020', 10], ['2023', 0]),
      direction: 'decrease',
      target: { value: 0, by: '2030' },
    })
    expect(result.status).toBe('achieved')
  })
})
