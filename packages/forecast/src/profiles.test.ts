import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { series } from './__tests__/fixtures'
import { assessProgress } from './assess'
import { METHODOLOGY_PROFILES, resolveProfile } from './profiles'

const LONG = series(
  ['2010', 50],
  ['2012', 55],
  ['2015', 60],
  ['2018', 66],
  ['2020', 70],
  ['2022', 80],
  ['2025', 90],
)

describe('methodology profiles', () => {
  it('default to Tiendo’s method: the growth method from the earliest observation, no verdict', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030' },
    })
    expect(result.profile).toBe('eurostat')
    expect(result.method).toBe('cagr')
    expect(result.baseline?.period).toBe('2010')
    expect(result.profileVerdict).toBeNull()
    expect(result.horizons).toBeNull()
  })

  it('eurostat, once named, assesses the last 5 years and gives the last 15 beside them', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030' },
      profile: 'eurostat',
    })
    expect(result.baseline?.period).toBe('2020')
    expect(result.horizons?.short.baseline?.period).toBe('2020')
    expect(result.horizons?.long.baseline?.period).toBe('2010')
    expect(result.horizons?.short.status).toBe(result.status)
    expect(result.profileVerdict).toEqual(result.horizons?.short.verdict)
  })

  it('opensdg starts from 2015', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030' },
      profile: 'opensdg',
    })
    expect(result.baseline?.period).toBe('2015')
    // (90/60)^(1/10) − 1
    expect(result.cagr?.toFixed(10)).toBe('0.0413797440')
  })

  it('destatis looks at the last six data points only', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030' },
      profile: 'destatis',
    })
    expect(result.baseline?.period).toBe('2012')
    // (90/55)^(1/13) − 1
    const expected = new Decimal(90).div(55).pow(new Decimal(1).div(13)).minus(1)
    expect(result.cagr?.toFixed(10)).toBe(expected.toFixed(10))
  })

  it('escap fits the time-weighted regression on data since 2000, its baseline 2015', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030' },
      profile: 'escap',
    })
    expect(result.method).toBe('weighted-linear')
    expect(result.baseline?.period).toBe('2015')
    // every point, 2010 to 2025
    expect(result.trend?.points).toBe(7)
  })

  it('can be chosen per target, overriding the call’s', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030', methodology: 'destatis' },
      profile: 'opensdg',
    })
    expect(result.profile).toBe('destatis')
    expect(result.baseline?.period).toBe('2012')
  })

  it('give way to an explicit method, base year or window', () => {
    const result = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030' },
      profile: 'destatis',
      method: 'linear',
      windowYears: 10,
    })
    expect(result.method).toBe('linear')
    expect(result.baseline?.period).toBe('2015')
    const base = assessProgress({
      observations: LONG,
      direction: 'increase',
      target: { value: 100, by: '2030', baseYear: '2018' },
      profile: 'opensdg',
    })
    expect(base.baseline?.period).toBe('2018')
  })

  it('are named in the pack schema and carry the documented thresholds', () => {
    expect(Object.keys(METHODOLOGY_PROFILES).sort()).toEqual([
      'destatis',
      'escap',
      'eurostat',
      'opensdg',
    ])
    const e = METHODOLOGY_PROFILES.eurostat
    expect(
      [e.ratioThresholds.high, e.ratioThresholds.mid, e.ratioThresholds.low].map(String),
    ).toEqual(['0.95', '0.6', '0'])
    expect(
      [e.growthThresholds.high, e.growthThresholds.mid, e.growthThresholds.low].map(String),
    ).toEqual(['0.01', '0', '-0.01'])
    const o = METHODOLOGY_PROFILES.opensdg.growthThresholds
    expect([o.high, o.mid, o.low].map(String)).toEqual(['0.015', '0.005', '0'])
  })
})

describe('resolveProfile', () => {
  it('takes the most specific of target, indicator and pack, else eurostat', () => {
    expect(resolveProfile({ pack: 'opensdg', indicator: 'escap', target: 'destatis' })).toBe(
      'destatis',
    )
    expect(resolveProfile({ pack: 'opensdg', indicator: 'escap' })).toBe('escap')
    expect(resolveProfile({ pack: 'opensdg' })).toBe('opensdg')
    expect(resolveProfile({})).toBe('eurostat')
    expect(resolveProfile()).toBe('eurostat')
  })
})
