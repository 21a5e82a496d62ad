import { describe, expect, it } from 'vitest'
import {
  CHILDREN_COVERED,
  EXPORT_SUBSIDIES,
  HIV_INCIDENCE,
  INJURY_COVERED,
  LOW_INCOME,
  MOBILE_COVERAGE,
  WOMEN_MANAGERS,
} from '../__tests__/statcan'
import { assessProgress } from '../assess'
import type { Assessment } from '../types'
import { assessOpenSdgIndicator } from './opensdg-indicator'

/** The published float, to the 12 decimals a double carries for these magnitudes. */
function close(actual: { toFixed(n: number): string } | null | undefined, published: string) {
  expect(actual, published).toBeTruthy()
  expect(actual!.toFixed(12)).toBe(Number(published).toFixed(12))
}

function progressOf(a: Assessment) {
  return a.target === null ? a.growth : a.ratio
}

describe('the opensdg profile against Statistics Canada’s published results', () => {
  it('1.2.1 low income: ratio 0.95259…, score 2.51855…, substantial progress', () => {
    const a = assessProgress({
      observations: LOW_INCOME.observations,
      direction: 'decrease',
      target: { value: '7.25', by: '2030' },
      profile: 'opensdg',
    })
    close(progressOf(a), LOW_INCOME.published.progress)
    close(a.profileVerdict?.score, LOW_INCOME.published.score)
    expect(a.profileVerdict?.label).toBe('substantial_progress')
    expect(a.status).toBe('on_track')
  })

  it('1.3.1 children covered, 90 → 93.2 under a limit of 100: substantial (Tiendo’s 1% would say stable)', () => {
    const a = assessProgress({
      observations: CHILDREN_COVERED.observations,
      direction: 'increase',
      profile: 'opensdg',
      limit: 100,
    })
    close(a.growth, CHILDREN_COVERED.published.progress)
    close(a.profileVerdict?.score, CHILDREN_COVERED.published.score)
    expect(a.profileVerdict?.label).toBe(CHILDREN_COVERED.published.status)
    expect(a.status).toBe('improving')
    expect(a.notes.map((n) => n.code)).toContain('opensdg_limit_scaled')
    // The limit defaults to the bound in the direction of progress.
    const bounded = assessProgress({
      observations: CHILDREN_COVERED.observations,
      direction: 'increase',
      profile: 'opensdg',
      bounds: [0, 100],
    })
    expect(bounded.profileVerdict?.score?.toFixed(12)).toBe(a.profileVerdict?.score?.toFixed(12))
    // Without a limit the same growth (0.58% a year) is only moderate progress.
    const free = assessProgress({
      observations: CHILDREN_COVERED.observations,
      direction: 'increase',
      profile: 'opensdg',
    })
    expect(free.profileVerdict?.label).toBe('moderate_progress')
    expect(free.status).toBe('stable')
  })

  it('1.3.1 injury coverage falling: deterioration, score −2.849…', () => {
    const a = assessProgress({
      observations: INJURY_COVERED.observations,
      direction: 'increase',
      profile: 'opensdg',
      limit: 100,
    })
    close(a.growth, INJURY_COVERED.published.progress)
    close(a.profileVerdict?.score, INJURY_COVERED.published.score)
    expect(a.profileVerdict?.label).toBe('deterioration')
    expect(a.status).toBe('worsening')
  })

  it('9.c.1 mobile coverage: each technology, and the indicator from its groups (3.5152…)', () => {
    const assess = (s: { observations: typeof LOW_INCOME.observations }) =>
      assessProgress({
        observations: s.observations,
        direction: 'increase',
        profile: 'opensdg',
        limit: 100,
      })
    const { hspa, lte, lteA, fiveG } = MOBILE_COVERAGE
    const results = [hspa, lte, lteA, fiveG].map((s) => {
      const a = assess(s)
      close(a.growth, s.published.progress)
      close(a.profileVerdict?.score, s.published.score)
      expect(a.profileVerdict?.label).toBe(s.published.status)
      return a
    })
    const [h, l, la, g] = results as [Assessment, Assessment, Assessment, Assessment]
    const indicator = assessOpenSdgIndicator([h, { group: [l, la] }, g])
    close(indicator.score, MOBILE_COVERAGE.published.score)
    expect(indicator.label).toBe('substantial_progress')
    expect(indicator.status).toBe('improving')
    expect(indicator.scoredSeries).toBe(4)
    expect(indicator.verdict).toMatchObject({
      profile: 'opensdg',
      label: 'substantial_progress',
      text: { en: 'Substantial progress' },
    })
    expect(indicator.verdict.score).toBe(indicator.score)
    // Flat, the four would average 3.886…: the group counts once.
    expect(assessOpenSdgIndicator(results).score?.toFixed(3)).toBe('3.886')
  })

  it('5.5.2 women managers, a Goldilocks share around 50%: limited progress', () => {
    const a = assessProgress({
      observations: WOMEN_MANAGERS.observations,
      direction: 'decrease',
      target: { value: 50, by: '2030' },
      goldilocks: { kind: 'share', ideal: 50 },
      profile: 'opensdg',
    })
    expect(a.baseline?.value?.toFixed()).toBe('65.2')
    expect(a.latest?.value?.toFixed()).toBe('63.2')
    close(a.ratio, WOMEN_MANAGERS.published.progress)
    close(a.profileVerdict?.score, WOMEN_MANAGERS.published.score)
    expect(a.status).toBe('limited_progress')
    expect(a.notes.map((n) => n.code)).toContain('goldilocks_transformed')
  })

  it('3.3.1 HIV incidence, target 0: assessed against 0.001, and the reason says so', () => {
    const a = assessProgress({
      observations: HIV_INCIDENCE.observations,
      direction: 'decrease',
      target: { value: 0, by: '2030' },
      profile: 'opensdg',
    })
    expect(a.baseline?.period).toBe('2015')
    close(a.ratio, HIV_INCIDENCE.published.progress)
    close(a.profileVerdict?.score, HIV_INCIDENCE.published.score)
    expect(a.status).toBe('limited_progress')
    expect(a.target?.value.toFixed()).toBe('0.001')
    expect(a.explanation?.code).toBe('opensdg_zero_substituted')
    expect(a.reason).toContain('0.001')
    // Every other profile still refuses a target of zero.
    for (const profile of ['eurostat', 'escap', 'destatis'] as const) {
      const other = assessProgress({
        observations: HIV_INCIDENCE.observations,
        direction: 'decrease',
        target: { value: 0, by: '2030' },
        profile,
        method: 'cagr',
      })
      expect(other.status, profile).toBe('insufficient_data')
      expect(other.refused?.code, profile).toBe('growth_zero_target')
    }
  })

  it('2.b.1 export subsidies, periods such as 2015/2016 read as 2015, down to 0: target achieved', () => {
    const a = assessProgress({
      observations: EXPORT_SUBSIDIES.observations,
      direction: 'decrease',
      target: { value: 0, by: '2030' },
      profile: 'opensdg',
    })
    expect(a.baseline?.period).toBe('2015/2016')
    expect(a.status).toBe('achieved')
    expect(a.profileVerdict?.label).toBe('target_achieved')
    expect(a.profileVerdict?.score?.toFixed()).toBe('5')
  })
})

describe('the opensdg profile’s own rules', () => {
  it('replaces a zero baseline by 0.001 and measures a fall to zero as −100% a year', () => {
    const up = assessProgress({
      observations: [
        { period: '2015', value: 0 },
        { period: '2020', value: 5 },
      ],
      direction: 'increase',
      profile: 'opensdg',
    })
    // (5 / 0.001)^(1/5) − 1 = 5000^(0.2) − 1
    expect(up.growth?.toFixed(10)).toBe('4.4928027165')
    expect(up.explanation?.code).toBe('opensdg_zero_substituted')
    expect(up.status).toBe('improving')
    const down = assessProgress({
      observations: [
        { period: '2015', value: 8 },
        { period: '2020', value: 0 },
      ],
      direction: 'increase',
      profile: 'opensdg',
    })
    expect(down.growth?.toFixed()).toBe('-1')
    expect(down.profileVerdict?.score?.toFixed()).toBe('-5')
  })

  it('reads 2015-16 as 2015, and two values read as the same year are refused with the reason', () => {
    const a = assessProgress({
      observations: [
        { period: '2015-16', value: 100 },
        { period: '2017-18', value: 110.25 },
      ],
      direction: 'increase',
      profile: 'opensdg',
    })
    expect(a.yearsElapsed?.toFixed()).toBe('2')
    expect(a.growth?.toFixed(10)).toBe('0.0500000000')
    const clash = assessProgress({
      observations: [
        { period: '2024-Q1', value: 1 },
        { period: '2024-Q2', value: 2 },
      ],
      direction: 'increase',
      profile: 'opensdg',
    })
    expect(clash.status).toBe('insufficient_data')
    expect(clash.explanation?.code).toBe('opensdg_same_year')
    expect(clash.explanation?.message.vi).toContain('2024-Q1')
  })

  it('at the limit (C = 0) holding on is substantial progress with a score of 5', () => {
    const a = assessProgress({
      observations: [
        { period: '2015', value: 100 },
        { period: '2020', value: 100 },
      ],
      direction: 'increase',
      profile: 'opensdg',
      limit: 100,
    })
    expect(a.profileVerdict?.label).toBe('substantial_progress')
    expect(a.profileVerdict?.score?.toFixed()).toBe('5')
  })

  it('gives no score to an indicator none of whose series has one, with the reason', () => {
    const a = assessProgress({
      observations: [{ period: '2020', value: 1 }],
      direction: 'increase',
      profile: 'opensdg',
    })
    const indicator = assessOpenSdgIndicator([a])
    expect(indicator.status).toBe('insufficient_data')
    expect(indicator.explanation?.code).toBe('opensdg_no_scored_series')
    const eurostat = assessProgress({
      observations: [{ period: '2020', value: 1 }],
      direction: 'increase',
    })
    expect(() => assessOpenSdgIndicator([eurostat])).toThrow(/opensdg/)
  })
})
