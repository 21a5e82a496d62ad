/**
 * Combining the figures of several units into one: the arithmetic shared by aggregation
 * over the tree and by carrying values across a reorganisation (where each predecessor
 * contributes its share). @internal
 */

import type { Aggregation, Indicator } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type FigureReason, reasons } from './aggregate-reasons'
import { Exact } from './decimal'
import {
  divideFigure,
  type Figure,
  isPoint,
  maxFigures,
  minFigures,
  scaleFigure,
  sumFigures,
} from './figure'

/** What is computed: an indicator id, how it aggregates, and its ratio parts if it has them. @internal */
export interface FigureSpec {
  readonly id: string
  readonly aggregation: Aggregation
  readonly ratio?: {
    readonly numerator: string
    readonly denominator: string
    readonly factor: Decimal
  }
}

/** One figure a unit must give for a spec. @internal */
export interface Part {
  readonly role: 'value' | 'weight' | 'numerator' | 'denominator'
  readonly spec: FigureSpec
}

/** One unit's figures, and the share of it that counts (1 unless a partial lineage). @internal */
export interface Contribution {
  readonly unit: string
  readonly value?: Figure | undefined
  readonly weight?: Figure | undefined
  readonly numerator?: Figure | undefined
  readonly denominator?: Figure | undefined
  readonly share?: Decimal | undefined
}

/** How figures combine: the aggregation methods, with `ratio` for a ratio of sums. @internal */
export type CombineMethod = 'sum' | 'mean' | 'weighted_mean' | 'ratio' | 'min' | 'max'

/** The combined figure, or why there is none. @internal */
export type Combined =
  | {
      readonly ok: true
      readonly figure: Figure
      readonly numerator?: Figure | undefined
      readonly denominator?: Figure | undefined
    }
  | { readonly ok: false; readonly reason: FigureReason }

/** The spec of an indicator. @internal */
export function specOf(indicator: Indicator): FigureSpec {
  const { derivation } = indicator
  if (derivation?.kind !== 'ratio') return { id: indicator.id, aggregation: indicator.aggregation }
  return {
    id: indicator.id,
    aggregation: indicator.aggregation,
    ratio: {
      numerator: derivation.numerator,
      denominator: derivation.denominator,
      factor: new Exact(derivation.factor === undefined ? 1 : String(derivation.factor)),
    },
  }
}

/** The combine method of an aggregation method; `undefined` for `none`. @internal */
export function methodOf(aggregation: Aggregation): CombineMethod | undefined {
  switch (aggregation.method) {
    case 'none':
      return undefined
    case 'ratio_of_sums':
      return 'ratio'
    default:
      return aggregation.method
  }
}

const ONE = new Exact(1)

/**
 * Combines contributions (each complete for the method) by the spec's aggregation, or by
 * `method` when given. Each contribution counts by its share: counts and parts are scaled
 * by it, means and weighted means weigh by it (so whole units give the plain mean).
 * @internal
 */
export function combine(
  spec: FigureSpec,
  contributions: readonly Contribution[],
  method: CombineMethod | undefined = methodOf(spec.aggregation),
): Combined {
  const share = (c: Contribution) => c.share ?? ONE
  const values = () => contributions.map((c) => c.value!)
  switch (method) {
    case undefined:
      return { ok: false, reason: reasons.notAggregable(spec.id) }
    case 'sum':
      return {
        ok: true,
        figure: sumFigures(contributions.map((c) => scaleFigure(c.value!, share(c)))),
      }
    case 'mean': {
      const total = contributions.reduce((sum, c) => sum.plus(share(c)), new Exact(0))
      const sum = sumFigures(contributions.map((c) => scaleFigure(c.value!, share(c))))
      return { ok: true, figure: divideFigure(sum, total) }
    }
    case 'min':
      return { ok: true, figure: minFigures(values()) }
    case 'max':
      return { ok: true, figure: maxFigures(values()) }
    case 'weighted_mean':
      return weightedMean(spec, contributions)
    case 'ratio':
      return ratio(spec, contributions)
  }
}

function weightedMean(spec: FigureSpec, contributions: readonly Contribution[]): Combined {
  const weightId = spec.aggregation.method === 'weighted_mean' ? spec.aggregation.weight : ''
  if (weightId === '') return { ok: false, reason: reasons.noWeight(spec.id) }
  const inexact = contributions.filter((c) => !isPoint(c.weight!)).map((c) => c.unit)
  if (inexact.length > 0) return { ok: false, reason: reasons.weightNotExact(inexact, weightId) }
  let total = new Exact(0)
  const scaled: Figure[] = []
  let approximate = false
  for (const c of contributions) {
    const weight = c.weight!
    const w = weight.point!.times(c.share ?? ONE)
    if (w.isNegative()) return { ok: false, reason: reasons.weightNotPositive(weightId) }
    approximate ||= weight.approximate
    total = total.plus(w)
    scaled.push(scaleFigure(c.value!, w))
  }
  if (total.isZero()) return { ok: false, reason: reasons.weightNotPositive(weightId) }
  const figure = divideFigure(sumFigures(scaled), total)
  return { ok: true, figure: { ...figure, approximate: figure.approximate || approximate } }
}

function ratio(spec: FigureSpec, contributions: readonly Contribution[]): Combined {
  if (spec.ratio === undefined) return { ok: false, reason: reasons.ratioWithoutParts(spec.id) }
  const scaled = (pick: (c: Contribution) => Figure) =>
    sumFigures(contributions.map((c) => scaleFigure(pick(c), c.share ?? ONE)))
  const numerator = scaled((c) => c.numerator!)
  const denominator = scaled((c) => c.denominator!)
  if (!isPoint(denominator)) {
    return { ok: false, reason: reasons.denominatorNotExact(spec.ratio.denominator) }
  }
  if (!denominator.point.isPositive() || denominator.point.isZero()) {
    return { ok: false, reason: reasons.zeroDenominator(spec.ratio.denominator) }
  }
  const value = divideFigure(scaleFigure(numerator, spec.ratio.factor), denominator.point)
  return {
    ok: true,
    figure: { ...value, approximate: value.approximate || denominator.approximate },
    numerator,
    denominator,
  }
}
