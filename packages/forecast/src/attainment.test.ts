import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { attainmentYear } from './attainment'
import { fitCagr } from './methods/cagr'
import type { TrendModel } from './methods/model'
import { toSeries } from './series'
import { checkTargets, meets } from './targets'

/** Far more digits than the model keeps: the true value, to compare the 40 kept digits with. */
const Truth = Exact.clone({ precision: 90 })

const magnitude = fc
  .tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -4, max: 6 }))
  .map(([digits, exponent]) => new Exact(digits).times(new Exact(10).pow(exponent)))

/** Two observations of one sign, a whole number of years apart, and a target of the same sign. */
const growthCase = fc.record({
  first: fc.integer({ min: 2000, max: 2020 }),
  years: fc.integer({ min: 1, max: 12 }),
  from: magnitude,
  to: magnitude,
  target: magnitude,
  negative: fc.boolean(),
  comparator: fc.constantFrom('gte', 'gt', 'lte', 'lt') as fc.Arbitrary<
    'gte' | 'gt' | 'lte' | 'lt'
  >,
})

function fitted(c: GrowthCase) {
  const sign = c.negative ? -1 : 1
  const observations = [
    { period: String(c.first), value: c.from.times(sign).toFixed() },
    { period: String(c.first + c.years), value: c.to.times(sign).toFixed() },
  ]
  const { series } = toSeries(observations)
  const direction = c.comparator.startsWith('g') ? 'increase' : 'decrease'
  const [target] = checkTargets(
    { value: c.target.times(sign).toFixed(), by: '2100', comparator: c.comparator },
    undefined,
    direction,
  )
  const points = series.points.map((p) => ({ period: p.period, time: p.time, value: p.value! }))
  const fit = fitCagr(points)
  if (!fit.ok) throw new Error('a growth between two values of one sign is always fitted')
  return { model: fit.model, target: target!, series, latest: series.points.at(-1)! }
}

type GrowthCase = {
  first: number
  years: number
  from: Decimal
  to: Decimal
  target: Decimal
  negative: boolean
  comparator: 'gte' | 'gt' | 'lte' | 'lt'
}

describe('the growth model’s fast paths', () => {
  it('finds the same attainment year around the estimate as from the exact crossing', () => {
    const years = new Set<string>()
    fc.assert(
      fc.property(growthCase, (c) => {
        const { model, target, series, latest } = fitted(c)
        // As in an assessment: only a target the latest value does not meet yet.
        fc.pre(!meets(latest.value!, target))
        const exactOnly: TrendModel = { ...model, estimateCrossing: undefined }
        const projectedOnly: TrendModel = { ...model, estimate: undefined }
        const year = attainmentYear(model, target, series, latest)
        expect(year).toBe(attainmentYear(exactOnly, target, series, latest))
        expect(year).toBe(attainmentYear(projectedOnly, target, series, latest))
        if (year !== null) years.add(year)
      }),
      { numRuns: 500 },
    )
    // The cases reach the target in many different years, not only never.
    expect(years.size).toBeGreaterThan(20)
  })

  it('projects whole years as powers of the factor within one unit in the 40th digit', () => {
    fc.assert(
      fc.property(growthCase, fc.integer({ min: -20, max: 200 }), (c, span) => {
        const { model, latest } = fitted(c)
        const projected = model.project(latest.time.plus(span))
        // yt × (yt / y0) ^ (span / years), at 90 digits.
        const yt = new Truth(latest.value!)
        const ratio = new Truth(c.to).div(new Truth(c.from))
        const truth = yt.times(ratio.pow(new Truth(span).div(c.years)))
        const ulp = new Truth(10).pow(truth.abs().log(10).floor().minus(39))
        expect(new Truth(projected).minus(truth).abs().lte(ulp)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('estimates a projection in doubles to within 1e-9 of the exact one, or not at all', () => {
    let estimated = 0
    fc.assert(
      fc.property(growthCase, fc.integer({ min: -20, max: 200 }), (c, span) => {
        const { model, latest } = fitted(c)
        const time = latest.time.plus(span)
        // Beyond 1,000 years the error of ln(1 + g) could pass 1e-9: none is made.
        expect(model.estimate!(latest.time.plus(1001))).toBeNaN()
        const estimate = model.estimate!(time)
        const exact = model.project(time)
        if (Number.isNaN(estimate)) {
          // Only beyond the limits: a factor below 0.001, or a projection past 1e±290,
          // where doubles lose digits.
          const factor = c.to.div(c.from).pow(new Exact(1).div(c.years))
          const size = exact.abs()
          expect(factor.lt('0.001') || size.gt('1e290') || size.lt('1e-290')).toBe(true)
          return
        }
        const error = new Exact(estimate).minus(exact).abs().div(exact.abs())
        expect(error.lte('1e-9')).toBe(true)
        estimated++
      }),
      { numRuns: 500 },
    )
    // Most cases are estimated: the limits are far from ordinary series.
    expect(estimated).toBeGreaterThan(250)
  })

  it('projects exactly a year whose projection lands on the target', () => {
    // 100 → 107 is 7% a year: 107 × 1.07 is 114.49 at the end of 2025, exactly.
    const { series } = toSeries([
      { period: '2023', value: '100' },
      { period: '2024', value: '107' },
    ])
    const points = series.points.map((p) => ({ period: p.period, time: p.time, value: p.value! }))
    const fit = fitCagr(points)
    if (!fit.ok) throw new Error('fitted')
    const latest = series.points.at(-1)!
    const yearFor = (comparator: 'gte' | 'gt') => {
      const by = { value: '114.49', by: '2030', comparator }
      const [target] = checkTargets(by, undefined, 'increase')
      return attainmentYear(fit.model, target!, series, latest)
    }
    // A double puts it a hair above: decided by the double, `gt` would be met in 2025.
    expect(fit.model.estimate!(latest.time.plus(1))).toBeGreaterThan(114.49)
    expect(yearFor('gte')).toBe('2025')
    expect(yearFor('gt')).toBe('2026')
  })

  it('gives the digital economy’s attainment year the exact way and the fast way alike', () => {
    const { series } = toSeries([
      { period: '2020', value: '12.66' },
      { period: '2025', value: '14.02' },
    ])
    const [target] = checkTargets({ value: '30', by: '2030' }, undefined, 'increase')
    const points = series.points.map((p) => ({ period: p.period, time: p.time, value: p.value! }))
    const fit = fitCagr(points)
    if (!fit.ok) throw new Error('fitted')
    const latest = series.points.at(-1)!
    const fast = attainmentYear(fit.model, target!, series, latest)
    // 14.02 × 1.0206…^k ≥ 30 first at k = 37.3… → 2063.
    expect(fast).toBe('2063')
    expect(
      attainmentYear({ ...fit.model, estimateCrossing: undefined }, target!, series, latest),
    ).toBe(fast)
  })
})
