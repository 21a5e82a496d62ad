/**
 * What a pack declares per indicator for the methodology profiles reaches the assessment:
 * Open SDG's natural `limit`, and a Goldilocks indicator (`direction: target_band`) assessed
 * on its distance from the ideal, its target naming the value to reach.
 */

import { createDataset, createUnitRegistry } from '@tiendo/core'
import type { Indicator, Observation, Pack, Target, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { assessTargets } from './assess-targets'

const units: Unit[] = [{ code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' }]

const indicator = (id: string, more: Partial<Indicator>): Indicator => ({
  id,
  name: { vi: id, en: id },
  unit: 'percent',
  direction: 'increase',
  aggregation: { method: 'none' },
  ...more,
})

function assess(indicators: Indicator[], targets: Target[], observations: Observation[]) {
  const pack: Pack = {
    id: 'profiles',
    version: '1.0.0',
    title: { vi: 'Hồ sơ', en: 'Profiles' },
    methodology: 'opensdg',
    units,
    indicators,
    targets,
  }
  const registry = createUnitRegistry(units)
  const { dataset, issues } = createDataset({ observations, units: registry })
  expect(issues).toEqual([])
  return assessTargets(pack, dataset, { registry })
}

const obs = (indicator: string, period: string, value: string): Observation => ({
  indicator,
  unit: 'VN',
  period,
  value,
})

describe('a pack’s indicator declares what the profiles need', () => {
  // 99.0% in 2015, 99.5% in 2020: growth 0.1008% a year, under Open SDG's 0.5% floor
  // unless the thresholds shrink near the natural limit of 100 (C = 1 − 0.99^4.44 = 0.0436).
  const coverage = [obs('coverage', '2015', '99.0'), obs('coverage', '2020', '99.5')]

  it('Open SDG’s natural limit: substantial progress near 100, where none is stable', () => {
    const near = assess([indicator('coverage', { limit: '100' })], [], coverage)
    expect(near[0]!.assessment.status).toBe('improving')
    expect(near[0]!.assessment.profileVerdict?.label).toBe('substantial_progress')
    const none = assess([indicator('coverage', {})], [], coverage)
    expect(none[0]!.assessment.status).toBe('stable')
    expect(none[0]!.assessment.profileVerdict?.label).toBe('limited_progress')
  })

  const parity = indicator('gender_parity', {
    unit: 'ratio',
    direction: 'target_band',
    goldilocks: { kind: 'parity' },
  })
  const parityTarget: Target = {
    id: 'parity_2030',
    indicator: 'gender_parity',
    unit: 'VN',
    comparator: 'eq',
    value: '1',
    by: '2030',
  }

  it('a Goldilocks parity index is assessed on its distance from parity', () => {
    const [series] = assess(
      [parity],
      [parityTarget],
      [obs('gender_parity', '2015', '0.90'), obs('gender_parity', '2020', '0.95')],
    )
    const a = series!.assessment
    expect(a.target?.id).toBe('parity_2030')
    // 1/0.90 → 1/0.95 against 1 by 2030: the distance falls faster than required.
    expect(a.baseline?.value?.toFixed(10)).toBe('1.1111111111')
    expect(a.status).toBe('on_track')
    expect(a.notes.map((n) => n.code)).toContain('goldilocks_transformed')
  })

  it('a parity index inside the band (0.97–1.03) has reached parity', () => {
    const [series] = assess(
      [parity],
      [parityTarget],
      [obs('gender_parity', '2015', '0.90'), obs('gender_parity', '2020', '1.02')],
    )
    expect(series!.assessment.status).toBe('achieved')
  })

  it('a target band without goldilocks is still left to the rules', () => {
    const band = indicator('room', { direction: 'target_band' })
    const out = assess([band], [], [obs('room', '2015', '20'), obs('room', '2020', '21')])
    expect(out).toEqual([])
  })
})
