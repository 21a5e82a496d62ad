import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, series } from '../__tests__/fixtures'
import { assessProgress } from '../assess'

// 10% a year: 161.051 in 2020, so 161.051 × 1.1^5 = 259.37424601 in 2025.
const TEN_PERCENT = series(
  ['2014', 50],
  ['2015', 100],
  ['2016', 110],
  ['2017', 121],
  ['2018', '133.1'],
  ['2019', '146.41'],
  ['2020', '161.051'],
)

const weather = (value: string | number, observations = TEN_PERCENT) =>
  assessProgress({
    observations,
    direction: 'increase',
    target: { value, by: '2025' },
    profile: 'destatis',
  })

describe('the destatis profile: weather symbols', () => {
  it('extrapolates the average annual change of the last six data points', () => {
    const a = weather(300)
    expect(a.baseline?.period).toBe('2015')
    expect(a.cagr?.toFixed(12)).toBe('0.100000000000')
    expect(a.projected?.toFixed(8)).toBe('259.37424601')
  })

  it('judges the shortfall against the target value: below 5% sun, to 20% sun behind a cloud, beyond a cloud', () => {
    expect(weather(250).profileVerdict?.label).toBe('sun') // projection meets it
    expect(weather(270).profileVerdict?.label).toBe('sun') // 3.9% short
    const partly = weather(300) // 13.5% short
    expect(partly.profileVerdict?.label).toBe('sun_behind_cloud')
    expect(partly.profileVerdict?.symbol).toBe('🌤')
    expect(partly.status).toBe('needs_acceleration')
    const cloud = weather(400) // 35.2% short
    expect(cloud.profileVerdict?.label).toBe('cloud')
    expect(cloud.status).toBe('limited_progress')
    expect(cloud.profileVerdict?.text.en).toContain('more than 20%')
    expect(cloud.notes.map((n) => n.code)).toContain('destatis_shortfall')
  })

  it('puts the bands’ edges in the middle band (5% and 20% short are sun behind a cloud)', () => {
    // 259.37424601 / 0.95 and / 0.8 put the projection exactly 5% and 20% short
    const five = weather('273.02552211578947368421052631578947368421')
    expect(five.profileVerdict?.label).toBe('sun_behind_cloud')
    const twenty = weather('324.2178075125')
    expect(twenty.profileVerdict?.label).toBe('sun_behind_cloud')
  })

  it('gives the thunderstorm to a series moving away from its target', () => {
    const a = weather(300, series(['2015', 100], ['2020', 90]))
    expect(a.profileVerdict?.label).toBe('thunderstorm')
    expect(a.profileVerdict?.symbol).toBe('⛈')
    expect(a.status).toBe('deterioration')
    expect(a.notes.map((n) => n.code)).toContain('destatis_fewer_points')
  })

  it('assesses the digital economy: 15.53% projected for 2030 against 30%, a cloud', () => {
    const a = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      target: { value: 30, by: '2030' },
      profile: 'destatis',
    })
    expect(a.projected?.toFixed(10)).toBe('15.5260979463')
    expect(a.profileVerdict?.label).toBe('cloud')
    expect(a.status).toBe('limited_progress')
  })

  it('shows the sun for a met target, and no symbol without a target', () => {
    expect(weather(150).profileVerdict?.label).toBe('sun')
    expect(weather(150).status).toBe('achieved')
    const none = assessProgress({
      observations: TEN_PERCENT,
      direction: 'increase',
      profile: 'destatis',
    })
    expect(none.profileVerdict).toBeNull()
    expect(none.status).toBe('improving')
  })
})
