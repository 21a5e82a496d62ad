import { combineChildren, type FigureInput, unitKey } from '@tiendo/core'
import { aggregationKinds, childrenOfKinds, reportingIndicators } from '@tiendo/core/internal'
import type { Indicator, MissingValueStrategy, Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { RulesDecimal, readDecimal } from '../decimal'
import type { SeriesPoint } from '../fact-source'
import type { FactContext, FactDefinition, FactParams } from './definition'
import { locate, WHERE_PARAMS } from './locate'

const INDICATOR = { indicator: { kind: 'indicator', required: true } } as const

function readValue(context: FactContext, params: FactParams): Decimal | undefined {
  const where = locate(context, params)
  if (where === undefined) return undefined
  const raw = context.source.value(String(params.indicator), where.unit, where.period)
  return raw === undefined ? undefined : readDecimal(raw)
}

/** `value`: the value of an indicator for the scope (or another unit or period). */
export const valueFact: FactDefinition = {
  name: 'value',
  params: { ...INDICATOR, ...WHERE_PARAMS },
  returns: 'decimal',
  compute: readValue,
}

/** `reported`: whether a value was reported; never missing. */
export const reportedFact: FactDefinition = {
  name: 'reported',
  params: { ...INDICATOR, ...WHERE_PARAMS },
  returns: 'boolean',
  compute: (context, params) => readValue(context, params) !== undefined,
}

/** The `value` parameters a `change_factor` reads, made once per parameters object. */
const valueParams = new WeakMap<FactParams, { current: FactParams; previous: FactParams }>()

function valuesOf(params: FactParams): { current: FactParams; previous: FactParams } {
  let found = valueParams.get(params)
  if (found === undefined) {
    found = {
      current: { indicator: params.indicator! },
      previous: {
        indicator: params.indicator!,
        offset: typeof params.offset === 'number' ? params.offset : -1,
      },
    }
    valueParams.set(params, found)
  }
  return found
}

/**
 * `change_factor`: how many times larger or smaller the value is than `offset` periods
 * before (default one): `max(v / p, p / v)`, so 1 is no change and 1000 is `363.558` typed
 * for `363558` either way. `1` when both are zero; missing when either is missing, or one is
 * zero or their signs differ, since no factor describes that change.
 */
export const changeFactorFact: FactDefinition = {
  name: 'change_factor',
  params: { ...INDICATOR, offset: { kind: 'int', min: -100, max: -1 } },
  returns: 'decimal',
  compute(context, params) {
    // Through the scope's cache: the `value`s compared elsewhere are read (and parsed) once.
    const read = valuesOf(params)
    const current = context.fact('value', read.current) as Decimal | undefined
    const previous = context.fact('value', read.previous) as Decimal | undefined
    if (current === undefined || previous === undefined) return undefined
    if (current.isZero() && previous.isZero()) return new RulesDecimal(1)
    if (current.isZero() || previous.isZero() || current.isNeg() !== previous.isNeg()) {
      return undefined
    }
    const ratio = current.div(previous)
    return ratio.gte(1) ? ratio : previous.div(current)
  },
}

/** What a fact source gives for a figure, as core combines it. */
function figureInput(point: SeriesPoint | undefined): FigureInput | undefined {
  if (point === undefined) return undefined
  return {
    value: point.value === undefined ? undefined : readDecimal(point.value),
    qualifier: point.qualifier,
    low: point.low === undefined ? undefined : readDecimal(point.low),
    high: point.high === undefined ? undefined : readDecimal(point.high),
  }
}

/**
 * The scope unit's children a figure of the indicator is made from: those of the kinds the
 * pack declares for it, else of the kinds that report it (when the source can tell).
 */
function aggregatedChildren(context: FactContext, indicator: Indicator): readonly Unit[] {
  const { source } = context
  const kinds = aggregationKinds(indicator, () =>
    source.reportingKinds?.(reportingIndicators(indicator)),
  )
  return childrenOfKinds(source.children(context.unit, context.period), kinds)
}

/**
 * The scope unit's children combined by the indicator's declared aggregation, as the
 * pipeline derives a parent's figure (core's `combineChildren`), or `undefined` when the
 * unit has no children or the pack does not declare the indicator.
 */
function childrenAggregate(
  context: FactContext,
  id: string,
  missing: MissingValueStrategy,
): ReturnType<typeof combineChildren> | undefined {
  const indicator = context.pack.indicators.get(id)
  if (indicator === undefined) return undefined
  const children = aggregatedChildren(context, indicator)
  if (children.length === 0) return undefined
  const byKey = new Map(children.map((child) => [unitKey(child), child]))
  const { source, period } = context
  return combineChildren({
    indicator,
    parent: unitKey(context.unit),
    period,
    children: [...byKey.keys()],
    read(part, key) {
      const child = byKey.get(key)!
      if (source.point !== undefined) return figureInput(source.point(part, child, period))
      const value = source.value(part, child, period)
      return value === undefined ? undefined : { value: readDecimal(value) }
    },
    missing,
    minCoverage: '0',
  })
}

/**
 * `coverage`: the share (0–1) of the scope unit's children, valid in the period, with a
 * usable value of the indicator (for a `ratio_of_sums`, both its numerator and
 * denominator). Missing when the unit has no children.
 */
export const coverageFact: FactDefinition = {
  name: 'coverage',
  params: INDICATOR,
  returns: 'decimal',
  compute(context, params) {
    const id = String(params.indicator)
    const combined = childrenAggregate(context, id, 'skip_if_all_missing')
    if (combined !== undefined && combined.coverage.expected > 0) {
      return new RulesDecimal(combined.coverage.share)
    }
    // An indicator that does not aggregate (`none`): the children that reported it at all.
    const indicator = context.pack.indicators.get(id)
    const children =
      indicator === undefined
        ? context.source.children(context.unit, context.period)
        : aggregatedChildren(context, indicator)
    if (children.length === 0) return undefined
    const reported = children.filter(
      (child) => context.source.value(id, child, context.period) !== undefined,
    ).length
    return new RulesDecimal(reported).div(children.length)
  },
}

function childrenSum(context: FactContext, indicator: string): Decimal | undefined {
  // A partial figure would look like an inconsistency: missing unless every child reported.
  const combined = childrenAggregate(context, indicator, 'skip_if_any_missing')
  if (combined?.status !== 'computed' || combined.figure === undefined) return undefined
  // A bound or a range is no figure to compare a value with.
  const { qualifier, value } = combined.figure
  if (qualifier !== 'exact' && qualifier !== 'approx') return undefined
  return value === undefined ? undefined : new RulesDecimal(value)
}

/**
 * `children_sum`: the indicator over the scope unit's children, combined by its declared
 * aggregation exactly as the pipeline derives the unit's own figure (a sum for `sum`, the
 * ratio of the summed parts for `ratio_of_sums`, a weighted mean…; qualifiers honoured).
 * Missing when the unit has no children, any child did not report, the result is only a
 * bound or a range, or the indicator does not aggregate (`none`).
 */
export const childrenSumFact: FactDefinition = {
  name: 'children_sum',
  params: INDICATOR,
  returns: 'decimal',
  compute: (context, params) => childrenSum(context, String(params.indicator)),
}

/**
 * `children_difference`: `|value − children_sum|`, or that divided by `|value|` when
 * `relative`. Missing when either is missing (or, relative, when the value is zero and the
 * sum is not).
 */
export const childrenDifferenceFact: FactDefinition = {
  name: 'children_difference',
  params: { ...INDICATOR, relative: { kind: 'boolean' } },
  returns: 'decimal',
  compute(context, params) {
    const indicator = String(params.indicator)
    const value = readValue(context, { indicator })
    const sum = childrenSum(context, indicator)
    if (value === undefined || sum === undefined) return undefined
    const difference = value.minus(sum).abs()
    if (params.relative !== true) return difference
    if (value.isZero()) return difference.isZero() ? difference : undefined
    return difference.div(value.abs())
  },
}
