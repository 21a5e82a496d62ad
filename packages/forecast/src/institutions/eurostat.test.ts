import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, DIGITAL_ECONOMY_TARGETS, series } from '../__tests__/fixtures'
import { assessProgress } from '../assess'
import { deserializeAssessment, serializeAssessment } from '../serialize'

const cagr = (from: number, to: number, years: number) =>
  new Decimal(to).div(from).pow(new Decimal(1).div(years)).minus(1)

// 2008 to 2025: the short term starts in 2020, the long term in 2010.
const LONG = series(
  ['2008', 40],
  ['2010', 50],
  ['2015', 60],
  ['2020', 70],
  ['2022', 80],
  ['2025', 90],
)

describe('the eurostat profile: two horizons', () => {
  const result = assessProgress({
    observations: LONG,
    direction: 'increase',
    target: { value: 100, by: '2030' },
    profile: 'eurostat',
  })

  it('measures the short term from t − 5 and the long term from t − 15', () => {
    const { short, long } = result.horizons!
    expect(short.years).toBe(5)
    expect(long.years).toBe(15)
    expect(short.cagr?.toFixed(12)).toBe(cagr(70, 90, 5).toFixed(12))
    expect(long.cagr?.toFixed(12)).toBe(cagr(50, 90, 15).toFixed(12))
    // required from each baseline to 100 by 2030
    expect(short.requiredCagr?.toFixed(12)).toBe(cagr(70, 100, 10).toFixed(12))
    expect(long.requiredCagr?.toFixed(12)).toBe(cagr(50, 100, 20).toFixed(12))
    const shortRatio = cagr(70, 90, 5).div(cagr(70, 100, 10))
    const longRatio = cagr(50, 90, 15).div(cagr(50, 100, 20))
    expect(short.ratio?.toFixed(10)).toBe(shortRatio.toFixed(10))
    expect(long.ratio?.toFixed(10)).toBe(longRatio.toFixed(10))
  })

  it('gives each horizon its own verdict and arrow', () => {
    const { short, long } = result.horizons!
    // short: 5.15% a year against 3.63% needed; long: 3.99% against 3.53%
    expect(short.status).toBe('on_track')
    expect(short.verdict?.label).toBe('significant_progress')
    expect(short.verdict?.symbol).toBe('↑')
    expect(long.status).toBe('on_track')
    expect(result.profileVerdict?.text.en).toBe('Significant progress towards the target')
  })

  it('does not assess a horizon its data do not cover (3 and 10 years at least)', () => {
    const a = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      targets: DIGITAL_ECONOMY_TARGETS,
      profile: 'eurostat',
    })
    expect(a.status).toBe('limited_progress')
    expect(a.horizons?.short.verdict?.label).toBe('insufficient_progress')
    expect(a.horizons?.short.verdict?.symbol).toBe('↘')
    expect(a.horizons?.long.status).toBe('insufficient_data')
    expect(a.horizons?.long.explanation?.code).toBe('eurostat_short_span')
    expect(a.horizons?.long.explanation?.message.vi).toContain('10')
    const short = assessProgress({
      observations: series(['2023', 10], ['2025', 12]),
      direction: 'increase',
      profile: 'eurostat',
    })
    expect(short.status).toBe('insufficient_data')
    expect(short.explanation?.code).toBe('eurostat_short_span')
    expect(short.reason).toBeTruthy()
  })

  it('splits Tiendo’s stable into moderate progress and moderate movement away', () => {
    const at = (value: string) =>
      assessProgress({
        observations: [
          { period: '2019', value: '100' },
          { period: '2022', value },
        ],
        direction: 'increase',
        profile: 'eurostat',
      })
    // exactly 1% a year: not above 1%, so moderate progress
    const one = at('103.0301')
    expect(one.status).toBe('stable')
    expect(one.profileVerdict?.label).toBe('moderate_progress')
    const down = at('99')
    expect(down.status).toBe('stable')
    expect(down.profileVerdict?.label).toBe('moderate_movement_away')
    const fall = at('90')
    expect(fall.status).toBe('worsening')
    expect(fall.profileVerdict?.label).toBe('significant_movement_away')
    expect(fall.profileVerdict?.symbol).toBe('↓')
  })

  it('keeps the horizons through JSON', () => {
    const json = JSON.parse(JSON.stringify(serializeAssessment(result)))
    expect(json.horizons.long.cagr).toMatch(/^0\.0399/)
    const back = deserializeAssessment(json)
    expect(back.horizons?.long.cagr?.eq(result.horizons!.long.cagr!)).toBe(true)
    expect(back.horizons?.short.baseline?.value?.toFixed()).toBe('70')
    expect(JSON.stringify(serializeAssessment(back))).toBe(JSON.stringify(json))
  })
})
