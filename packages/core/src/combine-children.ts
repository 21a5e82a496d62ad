/**
 * `combineChildren`: a parent's figure from its children's, for callers that read figures
 * from their own store (the rules engine's facts, a database) rather than a core dataset —
 * by the same code as `aggregate` and the pipeline's derivation.
 */

import type { Indicator, MissingValueStrategy, Qualifier } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type AggregateResult, type ChildFigures, concludeAggregate, partsOf } from './aggregate'
import { reasons } from './aggregate-reasons'
import type { Part } from './combine'
import { type Contribution, specOf } from './combine'
import { Exact, type ExactInput, toExact } from './decimal'
import { type Figure, figureOf, toFigureValue } from './figure'

/** A figure as a store gives it: a value with its qualifier, as observations carry them. */
export interface FigureInput {
  /** The value (for a bound, the bound); may be absent only for a `range`. */
  readonly value?: ExactInput | undefined
  /** Defaults to `exact`. */
  readonly qualifier?: Qualifier | undefined
  readonly low?: ExactInput | undefined
  readonly high?: ExactInput | undefined
}

/** What {@link combineChildren} combines. */
export interface CombineChildrenOptions {
  /** The indicator, whose `aggregation` (and `derivation`, for a ratio of sums) says how. */
  readonly indicator: Indicator
  /** The parent's unit key, for the result. */
  readonly parent: string
  /** The canonical period, for the result. */
  readonly period: string
  /** The day the tree was read on, for the result. Defaults to `''`. */
  readonly date?: string | undefined
  /** The keys of the children valid in the period. */
  readonly children: readonly string[]
  /**
   * A child's figure of an indicator: the indicator itself, or for `ratio_of_sums` its
   * numerator and denominator, for `weighted_mean` also its weight. `undefined` when none.
   */
  readonly read: (indicator: string, child: string) => FigureInput | undefined
  /** Defaults to the indicator's `aggregation.missing`, else `skip_if_any_missing`. */
  readonly missing?: MissingValueStrategy | undefined
  /** The least coverage (0–1). Defaults to the indicator's `aggregation.minCoverage`, else none. */
  readonly minCoverage?: ExactInput | undefined
}

/**
 * Combines the children's figures of an indicator by its declared aggregation: the same
 * coverage, missing-value strategy, qualifiers and arithmetic as `aggregate`. `none`, and a
 * `ratio_of_sums` without its parts, are refused with a reason.
 */
export function combineChildren(options: CombineChildrenOptions): AggregateResult {
  const { indicator } = options
  const spec = specOf(indicator)
  const aggregation = indicator.aggregation
  const missing =
    options.missing ?? (aggregation.method === 'none' ? undefined : aggregation.missing)
  const minCoverage =
    options.minCoverage ?? (aggregation.method === 'none' ? undefined : aggregation.minCoverage)
  const ctx = {
    period: options.period,
    date: options.date ?? '',
    missing: missing ?? 'skip_if_any_missing',
    minCoverage: minCoverage === undefined ? undefined : toExact(minCoverage),
  }
  const parts = partsOf(spec)
  if (!Array.isArray(parts)) {
    return {
      indicator: indicator.id,
      unit: options.parent,
      period: options.period,
      method: aggregation.method,
      date: ctx.date,
      status: 'refused',
      reason: parts,
      coverage: { expected: 0, reported: [], missing: [], share: new Exact(0) },
      inputs: [],
      from: [],
    }
  }
  if (options.children.length === 0) {
    return {
      indicator: indicator.id,
      unit: options.parent,
      period: options.period,
      method: aggregation.method,
      date: ctx.date,
      status: 'refused',
      reason: reasons.noChildren(options.parent, ctx.date),
      coverage: { expected: 0, reported: [], missing: [], share: new Exact(0) },
      inputs: [],
      from: [],
    }
  }
  const inputs = options.children.map((child) => childFigures(parts, child, options.read))
  return concludeAggregate(ctx, spec, options.parent, inputs).result
}

function childFigures(
  parts: readonly Part[],
  unit: string,
  read: CombineChildrenOptions['read'],
): ChildFigures {
  const figures: Partial<Record<Part['role'], Figure>> = {}
  const missing: string[] = []
  for (const part of parts) {
    const given = read(part.spec.id, unit)
    const figure = given === undefined ? undefined : figureOfInput(given)
    if (figure === undefined) missing.push(part.spec.id)
    else figures[part.role] = figure
  }
  const show = (role: Part['role']) => {
    const figure = figures[role]
    return figure === undefined ? undefined : toFigureValue(figure)
  }
  const contribution: Contribution = { unit, ...figures }
  return {
    input: {
      unit,
      reported: missing.length === 0,
      value: show('value'),
      weight: show('weight'),
      numerator: show('numerator'),
      denominator: show('denominator'),
      missing,
      aggregated: [],
      from: [],
    },
    contribution,
  }
}

/** A figure input as core computes with it; `undefined` when it holds nothing to compute. */
function figureOfInput(given: FigureInput): Figure | undefined {
  const decimal = (value: ExactInput | undefined): Decimal | undefined =>
    value === undefined ? undefined : toExact(value)
  return figureOf({
    value: decimal(given.value),
    qualifier: given.qualifier ?? 'exact',
    low: decimal(given.low),
    high: decimal(given.high),
  })
}
