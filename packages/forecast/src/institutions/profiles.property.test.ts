import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assessProgress } from '../assess'
import type { AssessmentStatus, AssessProgressInput, ObservationInput } from '../types'

const PROFILES = [undefined, 'eurostat', 'opensdg', 'escap', 'destatis'] as const

const RANK: Readonly<Record<AssessmentStatus, number>> = {
  deterioration: 0,
  limited_progress: 1,
  needs_acceleration: 2,
  on_track: 3,
  achieved: 4,
  worsening: 0,
  stable: 1,
  improving: 2,
  insufficient_data: -1,
}

/** A positive value with two decimals, as a string. */
const value = fc.integer({ min: 100, max: 1_000_000 }).map((c) => new Decimal(c).div(100).toFixed())

/** Annual series from 2015, 3 to 8 points. */
const observations = fc
  .array(value, { minLength: 3, maxLength: 8 })
  .map((values) => values.map((v, i) => ({ period: String(2015 + i), value: v })))

const scenario = fc.record({
  observations,
  direction: fc.constantFrom('increase' as const, 'decrease' as const),
  target: fc.option(value, { nil: undefined }),
  // how much better the latest value gets: a factor above 1
  better: fc.integer({ min: 1, max: 500 }).map((p) => new Decimal(1).plus(new Decimal(p).div(100))),
})

function input(
  s: {
    observations: ObservationInput[]
    direction: 'increase' | 'decrease'
    target?: string | undefined
  },
  profile: (typeof PROFILES)[number],
): AssessProgressInput {
  return {
    observations: s.observations,
    direction: s.direction,
    ...(s.target === undefined ? {} : { target: { value: s.target, by: '2030' } }),
    ...(profile === undefined ? {} : { profile }),
  }
}

describe('every profile (property)', () => {
  it('never gives a worse status to a better latest value', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const last = s.observations.length - 1
        const latest = new Decimal(s.observations[last]!.value)
        const improved = s.direction === 'increase' ? latest.times(s.better) : latest.div(s.better)
        const better = s.observations.map((o, i) =>
          i === last ? { ...o, value: improved.toFixed() } : o,
        )
        for (const profile of PROFILES) {
          const a = assessProgress(input(s, profile))
          const b = assessProgress(input({ ...s, observations: better }, profile))
          if (a.status === 'insufficient_data' || b.status === 'insufficient_data') continue
          expect(RANK[b.status], `${profile}: ${a.status} → ${b.status}`).toBeGreaterThanOrEqual(
            RANK[a.status],
          )
          const [sa, sb] = [a.profileVerdict?.score, b.profileVerdict?.score]
          if (sa && sb) expect(sb.gte(sa), `${profile} score`).toBe(true)
        }
      }),
      { numRuns: 60 },
    )
  })

  it('gives the same verdict in any unit (scale invariance)', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom('0.001', '7', '1000', '3.5'), (s, k) => {
        const scale = (v: string) => new Decimal(v).times(k).toFixed()
        const scaled = {
          ...s,
          observations: s.observations.map((o) => ({ ...o, value: scale(o.value as string) })),
          target: s.target === undefined ? undefined : scale(s.target),
        }
        for (const profile of PROFILES) {
          const a = assessProgress(input(s, profile))
          const b = assessProgress(input(scaled, profile))
          expect(b.status, String(profile)).toBe(a.status)
          expect(b.profileVerdict?.label, String(profile)).toBe(a.profileVerdict?.label)
          expect(b.ratio?.toFixed(20), String(profile)).toBe(a.ratio?.toFixed(20))
          expect(b.profileVerdict?.score?.toFixed(20)).toBe(a.profileVerdict?.score?.toFixed(20))
        }
        // Open SDG's natural limit scales with the values.
        const limited = (obs: ObservationInput[], limit: string) =>
          assessProgress({ observations: obs, direction: s.direction, profile: 'opensdg', limit })
        const a = limited(s.observations, '10000')
        const b = limited(scaled.observations, scale('10000'))
        expect(b.profileVerdict?.score?.toFixed(20)).toBe(a.profileVerdict?.score?.toFixed(20))
      }),
      { numRuns: 40 },
    )
  })

  it('keeps Open SDG’s score within −5 and 5, and Eurostat’s main status equal to its short term', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const o = assessProgress(input(s, 'opensdg'))
        const score = o.profileVerdict?.score
        if (score) expect(score.gte(-5) && score.lte(5)).toBe(true)
        const e = assessProgress(input(s, 'eurostat'))
        expect(e.horizons?.short.status).toBe(e.status)
        expect(e.horizons?.short.verdict).toEqual(e.profileVerdict)
      }),
      { numRuns: 60 },
    )
  })
})
