import { decimalText, readDecimal } from '../decimal'
import type { ParamSpecs } from '../params'
import { endsByEndOf, readPeriod } from '../period'
import type { Assess, AssessedPoint, AssessInput, AssessMethod, AssessOutput } from './assess'
import { ASSESS_METHODS } from './assess'
import type { FactContext, FactDefinition, FactParams } from './definition'
import { applicableTarget } from './target-facts'

const PROGRESS_PARAMS: ParamSpecs = {
  indicator: { kind: 'indicator', required: true },
  /** The target to assess against; the applicable one by default. */
  target: { kind: 'target' },
  /** The trend method; the assessment's default (`cagr`) by default. */
  method: { kind: 'enum', values: ASSESS_METHODS },
}

/** The `assessment` fact's value: an assessment with its decimals as strings. */
export interface AssessmentFact {
  readonly status: string
  readonly target: string | null
  readonly baseline: { readonly period: string; readonly value: string } | null
  readonly latest: { readonly period: string; readonly value: string } | null
  readonly cagr: string | null
  readonly requiredCagr: string | null
  readonly ratio: string | null
  readonly projected: string | null
  readonly gap: string | null
  readonly currentStatus: string | null
  readonly reason: string | null
}

const text = (value: unknown): string | null => {
  const decimal = readDecimal(value)
  return decimal === undefined ? null : decimalText(decimal)
}
const point = (value: AssessedPoint | null | undefined) => {
  const read = value === null || value === undefined ? null : text(value.value)
  return read === null || value === null || value === undefined
    ? null
    : { period: value.period, value: read }
}

/**
 * An assessment, or `insufficient_data` with the reason when the assessment refuses its
 * input (`AssessmentInputError`: a target whose comparator goes against the direction, a
 * series it cannot read): a pack or data problem is a result, never a crash. Other errors
 * are bugs and propagate.
 */
function assessSafely(assess: Assess, input: AssessInput): AssessOutput {
  try {
    return assess(input)
  } catch (error) {
    if (error instanceof Error && error.name === 'AssessmentInputError') {
      return { status: 'insufficient_data', reason: error.message }
    }
    throw error
  }
}

/**
 * The assessment of an indicator for the scope unit, from its values up to the end of the
 * scope period, against the target that applies (or `target`).
 */
function assess(context: FactContext, params: FactParams): AssessmentFact | undefined {
  const indicator = context.pack.indicators.get(String(params.indicator))
  const period = readPeriod(context.period)
  if (indicator === undefined || period === undefined) return undefined
  if (indicator.direction !== 'increase' && indicator.direction !== 'decrease') return undefined
  const observations = context.source.series(indicator.id, context.unit).filter((p) => {
    const at = readPeriod(p.period)
    return at !== undefined && endsByEndOf(at, period)
  })
  const target = applicableTarget(context, params)
  const method = typeof params.method === 'string' ? (params.method as AssessMethod) : undefined
  const profile = target?.methodology ?? indicator.methodology ?? context.pack.methodology
  const comparator = target?.comparator
  const result = assessSafely(context.assess, {
    observations,
    direction: indicator.direction,
    target:
      target === undefined
        ? undefined
        : {
            id: target.id,
            value: target.value,
            by: target.by,
            ...(comparator === 'gt' ||
            comparator === 'gte' ||
            comparator === 'lt' ||
            comparator === 'lte'
              ? { comparator }
              : {}),
            ...(target.baseYear === undefined ? {} : { baseYear: target.baseYear }),
          },
    ...(method === undefined ? {} : { method }),
    ...(profile === undefined ? {} : { profile }),
  })
  return {
    status: result.status,
    target: target?.id ?? null,
    baseline: point(result.baseline),
    latest: point(result.latest),
    cagr: text(result.cagr),
    requiredCagr: text(result.requiredCagr),
    ratio: text(result.ratio),
    projected: text(result.projected),
    gap: text(result.gap),
    currentStatus: text(result.currentStatus),
    reason: result.reason ?? null,
  }
}

const assessmentOf = (context: FactContext, params: FactParams) =>
  context.fact('assessment', params) as AssessmentFact | undefined

function figure(name: string, pick: (a: AssessmentFact) => string | null): FactDefinition {
  return {
    name,
    params: PROGRESS_PARAMS,
    returns: 'decimal',
    needsDirection: true,
    compute(context, params) {
      const assessment = assessmentOf(context, params)
      const value = assessment === undefined ? null : pick(assessment)
      return value === null ? undefined : readDecimal(value)
    },
  }
}

/**
 * `assessment`: the whole assessment (`@tiendo/forecast`'s `assessProgress` by default):
 * `status`, `target`, `baseline`, `latest`, `cagr`, `requiredCagr`, `ratio`, `projected`,
 * `reason`, read with a `path`.
 */
export const assessmentFact: FactDefinition = {
  name: 'assessment',
  params: PROGRESS_PARAMS,
  returns: 'object',
  needsDirection: true,
  compute: assess,
}

/** `status`: the assessment status (`on_track`, `insufficient_data`…). */
export const statusFact: FactDefinition = {
  name: 'status',
  params: PROGRESS_PARAMS,
  returns: 'text',
  needsDirection: true,
  compute: (context, params) => assessmentOf(context, params)?.status,
}

/** `cagr`: the compound annual growth rate observed, a fraction (0.05 is 5%). */
export const cagrFact = figure('cagr', (a) => a.cagr)
/** `required_cagr`: the growth rate needed to reach the target in time, a fraction. */
export const requiredCagrFact = figure('required_cagr', (a) => a.requiredCagr)
/** `projected`: the value projected to the target period. */
export const projectedFact = figure('projected', (a) => a.projected)

/**
 * `progress`: the share of the way from the baseline to the target covered by the latest
 * value — ESCAP's current status as a fraction, `d × (yt − y0) / |T − y0|` (`d` = +1 when
 * higher is better, −1 when lower is): 1 is the target reached, below 0 a move away from
 * it. Missing without a target, or when the assessment gives none.
 */
export const progressFact = figure('progress', (a) =>
  a.currentStatus === null ? null : decimalText(readDecimal(a.currentStatus)!.div(10)),
)

/**
 * `gap`: how far the latest value still is from the target, in the indicator's unit
 * (`T − yt` when higher is better, `yt − T` when lower is). Zero or below: met.
 */
export const gapFact = figure('gap', (a) => a.gap)
