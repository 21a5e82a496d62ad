import type { Decimal } from 'decimal.js'
import { RulesDecimal, readDecimal } from '../decimal'
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

/** The children's values, or `undefined` when there are no children. */
function childValues(context: FactContext, indicator: string): (Decimal | undefined)[] | undefined {
  const children = context.source.children(context.unit, context.period)
  if (children.length === 0) return undefined
  return children.map((child) => {
    const raw = context.source.value(indicator, child, context.period)
    return raw === undefined ? undefined : readDecimal(raw)
  })
}

/**
 * `coverage`: the share (0–1) of the scope unit's children, valid in the period, that
 * reported the indicator. Missing when the unit has no children.
 */
export const coverageFact: FactDefinition = {
  name: 'coverage',
  params: INDICATOR,
  returns: 'decimal',
  compute(context, params) {
    const values = childValues(context, String(params.indicator))
    if (values === undefined) return undefined
    const reported = values.filter((value) => value !== undefined).length
    return new RulesDecimal(reported).div(values.length)
  },
}

function childrenSum(context: FactContext, indicator: string): Decimal | undefined {
  const values = childValues(context, indicator)
  // A partial sum would look like an inconsistency: missing unless every child reported.
  if (values === undefined || values.some((value) => value === undefined)) return undefined
  return (values as Decimal[]).reduce((sum, value) => sum.plus(value), new RulesDecimal(0))
}

/**
 * `children_sum`: the sum of the indicator over the scope unit's children. Missing when the
 * unit has no children or any child did not report.
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
