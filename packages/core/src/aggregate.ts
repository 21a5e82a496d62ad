/**
 * Aggregation over the unit tree: a parent's figure computed from its children by the
 * indicator's declared method, with its coverage, the declared missing-value strategy
 * applied, and every input listed.
 */

import type { AggregationMethod, Indicator, MissingValueStrategy, Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type FigureReason, reasons } from './aggregate-reasons'
import { type Contribution, combine, type FigureSpec, type Part, specOf } from './combine'
import type { ObservationRef } from './data-point'
import { sourcesOf } from './data-point'
import type { Dataset } from './dataset'
import { Exact } from './decimal'
import { type Figure, type FigureValue, figureOf, toFigureValue } from './figure'
import { asPeriod, canonicalPeriod, type PeriodInput, periodEndDate } from './period'
import { type UnitRegistry, unitKey } from './units'

/** What {@link aggregate} computes. */
export interface AggregateOptions {
  /** The data; its values for the children (and, when `recurse`, their descendants) are read. */
  readonly dataset: Dataset
  /** The unit tree. Defaults to the registry the dataset was built with; one is required. */
  readonly units?: UnitRegistry
  /**
   * The indicator, whose `aggregation` says how: `sum`, `mean`, `weighted_mean` (weights
   * from the values of `aggregation.weight` for the same units and period), `ratio_of_sums`
   * (the sums of the numerator and denominator named by its `derivation`, times its
   * `factor`), `min`, `max`; `none` is refused.
   */
  readonly indicator: Indicator
  /** The parent unit: the unit itself, a key (`56@2025-07-01`) or a code resolved in the period. */
  readonly parent: string | Unit
  readonly period: PeriodInput
  /**
   * What to do when children have not reported. `skip_if_any_missing` (the default):
   * compute only when every child reported. `skip_if_all_missing`: compute from the
   * children that reported, when at least one did (the coverage says who did not).
   * `never_skip`: the same, and a `sum` with no child reporting is 0, the empty sum, as
   * DHIS2 treats missing values; other methods have nothing to compute from then.
   */
  readonly missing?: MissingValueStrategy
  /**
   * The day the tree is read on. Defaults to the last day of the period on which the parent
   * exists: for the old Khánh Hòa and 2025, 30 June 2025.
   */
  readonly date?: string
  /**
   * Whether a child with no value of its own is computed from its own children, down the
   * tree. A child's reported value is always preferred. Defaults to `true`.
   */
  readonly recurse?: boolean
}

/** One child's part in an aggregate. */
export interface AggregateInput {
  /** The child's unit key. */
  readonly unit: string
  /** Whether the child had every figure the method needs. */
  readonly reported: boolean
  /** The child's value (for `ratio_of_sums`, its numerator and denominator are what count). */
  readonly value?: FigureValue | undefined
  /** Its weight, for `weighted_mean`. */
  readonly weight?: FigureValue | undefined
  /** Its numerator and denominator, for `ratio_of_sums`. */
  readonly numerator?: FigureValue | undefined
  readonly denominator?: FigureValue | undefined
  /** The indicators the child lacks a value for. */
  readonly missing: readonly string[]
  /** Figures computed from the child's own children (when `recurse`). */
  readonly aggregated: readonly AggregateResult[]
  /** The observations the child's figures came from. */
  readonly from: readonly ObservationRef[]
}

/** How many children reported. */
export interface Coverage {
  /** How many children the parent has on the day the tree is read. */
  readonly expected: number
  /** The keys of the children that reported. */
  readonly reported: readonly string[]
  /** The keys of the children that did not. */
  readonly missing: readonly string[]
  /** `reported / expected`, exactly; 0 when there are no children. */
  readonly share: Decimal
}

/** An aggregated figure, with everything needed to explain it. */
export interface AggregateResult {
  readonly indicator: string
  /** The parent's unit key. */
  readonly unit: string
  /** The canonical period. */
  readonly period: string
  readonly method: AggregationMethod
  /** The day the tree was read on. */
  readonly date: string
  /**
   * `computed`: `value` holds the figure. `skipped`: the missing-value strategy said not
   * to compute. `refused`: nothing honest can be computed. `reason` says why for both.
   */
  readonly status: 'computed' | 'skipped' | 'refused'
  readonly reason?: FigureReason | undefined
  /**
   * The figure, qualified honestly: a sum of lower bounds is `at_least`/`more_than`, a sum
   * of ranges is a `range`, anything approximate stays `approximate`. With partial
   * coverage (`skip_if_all_missing`), it covers the reporting children only.
   */
  readonly figure?: FigureValue | undefined
  /** The figure's value (the bound, for a bound); shorthand for `figure.value`. */
  readonly value?: Decimal | undefined
  /** For `ratio_of_sums`: the summed numerator and denominator. */
  readonly numerator?: FigureValue | undefined
  readonly denominator?: FigureValue | undefined
  readonly coverage: Coverage
  readonly inputs: readonly AggregateInput[]
  /** Every observation the figure came from. */
  readonly from: readonly ObservationRef[]
}

/**
 * Computes an indicator for a parent unit and period from its children. Throws only on
 * misuse (no unit registry, a text that is not a period); every data problem is a
 * `skipped` or `refused` result with a reason.
 */
export function aggregate(options: AggregateOptions): AggregateResult {
  const units = options.units ?? options.dataset.units
  if (units === undefined) {
    throw new TypeError(
      'aggregate needs the unit tree: pass `units`, or build the dataset with `createDataset({ units })`.',
    )
  }
  const period = asPeriod(options.period)
  const spec = specOf(options.indicator)
  const parent =
    typeof options.parent === 'string' ? findUnit(units, options.parent, period) : options.parent
  const ctx: Context = {
    dataset: options.dataset,
    units,
    period: canonicalPeriod(period),
    missing: options.missing ?? 'skip_if_any_missing',
    recurse: options.recurse ?? true,
    date: '',
  }
  if (parent === undefined) {
    const ref = options.parent as string
    return emptyResult(ctx, spec, ref, periodEndDate(period), 'refused', reasons.unknownParent(ref))
  }
  const end = periodEndDate(period)
  const date =
    options.date ?? (parent.validTo !== undefined && parent.validTo < end ? parent.validTo : end)
  return run({ ...ctx, date }, spec, parent, new Set()).result
}

interface Context {
  readonly dataset: Dataset
  readonly units: UnitRegistry
  readonly period: string
  readonly missing: MissingValueStrategy
  readonly recurse: boolean
  readonly date: string
}

/** An aggregate and its figure as computed with (exact interval). @internal */
export interface Run {
  readonly result: AggregateResult
  readonly figure?: Figure | undefined
}

function findUnit(units: UnitRegistry, ref: string, period: PeriodInput): Unit | undefined {
  // A bare code names the unit valid in the period (`56` in 2026 is the merged Khánh Hòa).
  if (!ref.includes('@')) {
    const resolved = units.resolve(ref, period)
    if (resolved.ok) return resolved.unit
  }
  return units.get(ref)
}

function emptyResult(
  ctx: { readonly period: string },
  spec: FigureSpec,
  unit: string,
  date: string,
  status: 'skipped' | 'refused',
  reason: FigureReason,
  coverage: Coverage = { expected: 0, reported: [], missing: [], share: new Exact(0) },
  inputs: readonly AggregateInput[] = [],
): AggregateResult {
  return {
    indicator: spec.id,
    unit,
    period: ctx.period,
    method: spec.aggregation.method,
    date,
    status,
    reason,
    coverage,
    inputs,
    from: [],
  }
}

function run(ctx: Context, spec: FigureSpec, parent: Unit, ancestors: ReadonlySet<Unit>): Run {
  const key = unitKey(parent)
  const refuse = (reason: FigureReason) => ({
    result: emptyResult(ctx, spec, key, ctx.date, 'refused', reason),
  })
  if (ancestors.has(parent)) return refuse(reasons.cycle(key))
  const parts = partsOf(spec)
  if (!Array.isArray(parts)) return refuse(parts)
  const children = ctx.units.children(parent, ctx.date)
  if (children.length === 0) return refuse(reasons.noChildren(key, ctx.date))

  const lineage = new Set(ancestors).add(parent)
  const inputs = children.map((child) => childInput(ctx, parts, child, lineage))
  return concludeAggregate(ctx, spec, key, inputs)
}

/** What {@link concludeAggregate} needs to know besides the children. @internal */
export interface ConcludeContext {
  /** The canonical period. */
  readonly period: string
  /** The day the tree was read on. */
  readonly date: string
  readonly missing: MissingValueStrategy
  /** The least coverage (0–1) for a figure; below it the figure is skipped. Defaults to none. */
  readonly minCoverage?: Decimal | undefined
}

/** One child's figures, as {@link concludeAggregate} combines them. @internal */
export interface ChildFigures {
  readonly input: AggregateInput
  readonly contribution: Contribution
}

/**
 * A parent's figure from its children's figures: coverage, the missing-value strategy, the
 * least coverage, then the combination. The one place a figure is combined over units:
 * `aggregate` (children computed down the tree), the pipeline's derivation (children
 * already derived, level by level) and the rules' facts over children all end here.
 * @internal
 */
export function concludeAggregate(
  ctx: ConcludeContext,
  spec: FigureSpec,
  parentKey: string,
  inputs: readonly ChildFigures[],
): Run {
  const reported = inputs.filter((input) => input.input.reported)
  const coverage: Coverage = {
    expected: inputs.length,
    reported: reported.map((input) => input.input.unit),
    missing: inputs.filter((input) => !input.input.reported).map((input) => input.input.unit),
    share: inputs.length === 0 ? new Exact(0) : new Exact(reported.length).div(inputs.length),
  }
  const stop = (status: 'skipped' | 'refused', reason: FigureReason): Run => ({
    result: emptyResult(
      ctx,
      spec,
      parentKey,
      ctx.date,
      status,
      reason,
      coverage,
      inputs.map((i) => i.input),
    ),
  })
  if (ctx.missing === 'skip_if_any_missing' && coverage.missing.length > 0) {
    return stop('skipped', reasons.missingChildren(coverage.missing))
  }
  const neverSkipSum = ctx.missing === 'never_skip' && spec.aggregation.method === 'sum'
  if (reported.length === 0 && !neverSkipSum) return stop('skipped', reasons.noChildReported())
  if (ctx.minCoverage !== undefined && coverage.share.lt(ctx.minCoverage)) {
    return stop('skipped', reasons.coverageBelowMinimum(coverage.share, ctx.minCoverage))
  }

  const combined = combine(
    spec,
    reported.map((input) => input.contribution),
  )
  if (!combined.ok) return stop('refused', combined.reason)
  const figure = toFigureValue(combined.figure)
  if (figure === undefined) return stop('refused', reasons.unbounded())
  return {
    figure: combined.figure,
    result: {
      indicator: spec.id,
      unit: parentKey,
      period: ctx.period,
      method: spec.aggregation.method,
      date: ctx.date,
      status: 'computed',
      figure,
      value: figure.value,
      numerator: combined.numerator && toFigureValue(combined.numerator),
      denominator: combined.denominator && toFigureValue(combined.denominator),
      coverage,
      inputs: inputs.map((i) => i.input),
      from: reported.flatMap((input) => input.input.from),
    },
  }
}

/** The figures each child must give: the value, or value and weight, or numerator and denominator. @internal */
export function partsOf(spec: FigureSpec): Part[] | FigureReason {
  const sum = (id: string): FigureSpec => ({ id, aggregation: { method: 'sum' } })
  switch (spec.aggregation.method) {
    case 'none':
      return reasons.notAggregable(spec.id)
    case 'weighted_mean':
      // Weights (GRDP, population) add up the tree, so a child's weight is the sum of its children's.
      return [
        { role: 'value', spec },
        { role: 'weight', spec: sum(spec.aggregation.weight) },
      ]
    case 'ratio_of_sums':
      if (spec.ratio === undefined) return reasons.ratioWithoutParts(spec.id)
      // Numerators and denominators are summed: that is what a ratio of sums is.
      return [
        { role: 'numerator', spec: sum(spec.ratio.numerator) },
        { role: 'denominator', spec: sum(spec.ratio.denominator) },
      ]
    default:
      return [{ role: 'value', spec }]
  }
}

function childInput(
  ctx: Context,
  parts: readonly Part[],
  child: Unit,
  lineage: ReadonlySet<Unit>,
): { input: AggregateInput; contribution: Contribution } {
  const key = unitKey(child)
  const missing: string[] = []
  const aggregated: AggregateResult[] = []
  const from: ObservationRef[] = []
  const figures: Partial<Record<Part['role'], Figure>> = {}
  for (const part of parts) {
    const point = ctx.dataset.getByKey(part.spec.id, key, ctx.period)
    const own = point === undefined ? undefined : figureOf(point)
    if (point !== undefined && own !== undefined) {
      figures[part.role] = own
      from.push(...sourcesOf(point))
      continue
    }
    if (ctx.recurse && ctx.units.children(child, ctx.date).length > 0) {
      const nested = run(ctx, part.spec, child, lineage)
      aggregated.push(nested.result)
      if (nested.figure !== undefined) {
        figures[part.role] = nested.figure
        from.push(...nested.result.from)
        continue
      }
    }
    missing.push(part.spec.id)
  }
  const show = (role: Part['role']) => {
    const figure = figures[role]
    return figure === undefined ? undefined : toFigureValue(figure)
  }
  return {
    input: {
      unit: key,
      reported: missing.length === 0,
      value: show('value'),
      weight: show('weight'),
      numerator: show('numerator'),
      denominator: show('denominator'),
      missing,
      aggregated,
      from,
    },
    contribution: { unit: key, ...figures },
  }
}
