import { describe, expect, it } from 'vitest'
import { series } from '../__tests__/fixtures'
import { assessProgress } from '../assess'

describe('the escap profile', () => {
  it('stops the current status index at 10 once the target is met', () => {
    const observations = series(['2015', 50], ['2020', 80])
    const target = { value: 60, by: '2030' }
    const escap = assessProgress({ observations, direction: 'increase', target, profile: 'escap' })
    expect(escap.status).toBe('achieved')
    expect(escap.currentStatus?.toFixed()).toBe('10')
    expect(escap.profileVerdict?.label).toBe('maintain_progress')
    // Tiendo's default keeps the share covered, 10 × 30 / 10
    const plain = assessProgress({ observations, direction: 'increase', target })
    expect(plain.currentStatus?.toFixed()).toBe('30')
  })

  it('fits on data since 2000 but measures progress from 2015', () => {
    const a = assessProgress({
      observations: series(['1998', 1], ['2005', 10], ['2015', 20], ['2020', 25]),
      direction: 'increase',
      target: { value: 40, by: '2030' },
      profile: 'escap',
    })
    expect(a.baseline?.period).toBe('2015')
    expect(a.trend?.points).toBe(3)
    // current status 10 × (25 − 20) / (40 − 20)
    expect(a.currentStatus?.toFixed()).toBe('2.5')
    // the gap is relative to the progress required from 2015: (40 − ŷ) / (40 − 20)
    expect(a.anticipatedGap?.toFixed(12)).toBe(a.projected!.neg().plus(40).div(20).toFixed(12))
  })

  it('reads its statuses as ESCAP’s calls to action, and gives none without a target', () => {
    const at = (latest: number) =>
      assessProgress({
        observations: series(['2015', 50], ['2018', 52], ['2021', latest]),
        direction: 'increase',
        target: { value: 80, by: '2030' },
        profile: 'escap',
      })
    expect(at(70).profileVerdict?.label).toBe('maintain_progress')
    expect(at(55).profileVerdict?.label).toBe('accelerate_progress')
    expect(at(40).profileVerdict?.label).toBe('reverse_trend')
    expect(at(40).status).toBe('deterioration')
    const none = assessProgress({
      observations: series(['2015', 50], ['2021', 60]),
      direction: 'increase',
      profile: 'escap',
    })
    expect(none.profileVerdict).toBeNull()
    expect(none.status).toBe('improving')
  })
})
