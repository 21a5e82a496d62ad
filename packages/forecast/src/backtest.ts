/**
 * Backtesting: hold out the last `k` observations of a unit's own series, fit each method
 * on the rest (the same baseline rules as `assessProgress`), project to the held-out
 * periods and report the errors, so a user can see which method their data supports.
 *
 * Error `e = projected − actual`; mean absolute error `Σ|e| / k`; root mean squared error
 * `√(Σe² / k)`; mean absolute percentage error `Σ|e / actual| / k` (null when an actual is 0).
 */

import { Exact, type ExactInput, toDecimalString } from '@tiendo/core'
import { parsePeriod } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors'
import { fitMethod } from './fit'
import type { FitPoint } from './methods/model'
import type { TimeWeight } from './methods/weighted-linear'
import {
  ASSESSMENT_METHODS,
  checkBaseYear,
  checkBoundOffset,
  checkBounds,
  checkKnownKeys,
  checkLang,
  checkMethod,
  checkWindow,
} from './options'
import { explain } from './reasons'
import { startsOnOrAfter, toSeries } from './series'
import type { AssessmentExplanation, AssessmentMethod, ObservationInput } from './types'

/** The input of {@link backtest}. */
export interface BacktestInput {
  /** The series, in any order. */
  readonly observations: readonly ObservationInput[]
  /** How many of the latest observations to hold out. Defaults to 1. */
  readonly holdout?: number | undefined
  /** The methods to compare. Defaults to all four. */
  readonly methods?: readonly AssessmentMethod[] | undefined
  /** The base year of the training part (as in `assessProgress`). */
  readonly baseYear?: string | undefined
  /** Only the last this-many years of the training part count. */
  readonly windowYears?: number | undefined
  /** Bounds for `logit`. Defaults to `[0, 100]`. */
  readonly bounds?: readonly [ExactInput, ExactInput] | undefined
  /** As in `assessProgress`. */
  readonly logitBoundOffset?: ExactInput | undefined
  /** The weight of `weighted-linear`. */
  readonly weight?: TimeWeight | undefined
  /** The language of `reason`. Defaults to `en`. */
  readonly lang?: 'vi' | 'en' | undefined
}

/** The error at one held-out observation. */
export interface BacktestPointError {
  readonly period: string
  readonly actual: Decimal
  readonly predicted: Decimal
  /** `predicted − actual`. */
  readonly error: Decimal
}

/** How one method did, or why it could not be tested. */
export type MethodBacktest =
  | {
      readonly method: AssessmentMethod
      readonly ok: true
      readonly errors: readonly BacktestPointError[]
      readonly meanAbsoluteError: Decimal
      readonly rootMeanSquaredError: Decimal
      readonly meanAbsolutePercentageError: Decimal | null
    }
  | {
      readonly method: AssessmentMethod
      readonly ok: false
      readonly reason: string
      readonly explanation: AssessmentExplanation
    }

/** The result of {@link backtest}. */
export interface BacktestResult {
  readonly holdout: number
  /** The periods the methods were fitted on. */
  readonly training: readonly string[]
  readonly methods: readonly MethodBacktest[]
  /** The tested method with the lowest mean absolute error (the first on a tie), or null. */
  readonly best: AssessmentMethod | null
}

/** The keys of {@link BacktestInput}: the compiler keeps the list whole. */
const INPUT_KEYS = Object.keys({
  observations: true,
  holdout: true,
  methods: true,
  baseYear: true,
  windowYears: true,
  bounds: true,
  logitBoundOffset: true,
  weight: true,
  lang: true,
} satisfies Record<keyof BacktestInput, true>)

/** Holds out the last `holdout` observations and reports each method's error on them. */
export function backtest(input: BacktestInput): BacktestResult {
  checkKnownKeys(input, INPUT_KEYS)
  const holdout = input.holdout ?? 1
  if (!Number.isInteger(holdout) || holdout < 1) {
    throw new AssessmentInputError(
      'invalid_option',
      'holdout',
      {
        vi: 'Số điểm giữ lại phải là số nguyên ≥ 1.',
        en: 'The holdout must be a whole number ≥ 1.',
      },
      { vi: 'Ví dụ 1 hoặc 2.', en: 'For example 1 or 2.' },
    )
  }
  const methods = (input.methods ?? ASSESSMENT_METHODS).map((m, i) =>
    checkMethod(m, `methods[${i}]`),
  )
  const bounds = checkBounds(input.bounds)
  const boundOffset = checkBoundOffset(input.logitBoundOffset, bounds)
  const baseYear = checkBaseYear(input.baseYear)
  const windowYears = checkWindow(input.windowYears)
  const lang = checkLang(input.lang)
  const { series } = toSeries(input.observations)
  const all = series.points
  const trainingAll = all.slice(0, Math.max(0, all.length - holdout))
  const held = all.slice(Math.max(0, all.length - holdout))
  const lastTraining = trainingAll.at(-1)
  const base = baseYear === undefined ? null : parsePeriod(baseYear)
  const cutoff = lastTraining && windowYears ? lastTraining.time.minus(windowYears) : null
  const training = trainingAll.filter(
    (p) =>
      (base === null || !base.ok || startsOnOrAfter(p.parsed, base.period)) &&
      (cutoff === null || p.time.gte(cutoff)),
  )

  const refuseAll = (explanation: AssessmentExplanation): BacktestResult => ({
    holdout,
    training: training.map((p) => p.period),
    methods: methods.map((method) => ({
      method,
      ok: false,
      reason: explanation.message[lang],
      explanation,
    })),
    best: null,
  })
  if (training.length < 2 || !lastTraining) {
    return refuseAll(
      training.length === 1
        ? explain('single_observation', { period: training[0]!.period })
        : explain('no_observations'),
    )
  }
  const first = training[0]!
  const elapsed = lastTraining.time.minus(first.time)
  if (elapsed.lt(1)) {
    return refuseAll(
      explain('less_than_a_year', {
        from: first.period,
        to: lastTraining.period,
        years: toDecimalString(elapsed),
      }),
    )
  }
  for (const point of [...training, ...held]) {
    if (point.value === null) {
      return refuseAll(explain('range_without_value', { period: point.period, value: 'range' }))
    }
  }
  const fitPoints: FitPoint[] = training.map((p) => ({
    period: p.period,
    time: p.time,
    value: p.value!,
  }))

  const results: MethodBacktest[] = methods.map((method) => {
    const used = method === 'cagr' ? [fitPoints[0]!, fitPoints.at(-1)!] : fitPoints
    const fitted = fitMethod(method, used, { bounds, boundOffset, weight: input.weight })
    if (!fitted.ok) {
      return {
        method,
        ok: false,
        reason: fitted.explanation.message[lang],
        explanation: fitted.explanation,
      }
    }
    const errors = held.map((p) => {
      const predicted = fitted.model.project(p.time)
      const actual = p.value!
      return { period: p.period, actual, predicted, error: predicted.minus(actual) }
    })
    return { method, ok: true, errors, ...summarise(errors) }
  })
  let best: AssessmentMethod | null = null
  let bestError: Decimal | null = null
  for (const r of results) {
    if (r.ok && (bestError === null || r.meanAbsoluteError.lt(bestError))) {
      best = r.method
      bestError = r.meanAbsoluteError
    }
  }
  return { holdout, training: training.map((p) => p.period), methods: results, best }
}

function summarise(errors: readonly BacktestPointError[]) {
  const k = errors.length
  let absolute = new Exact(0)
  let squared = new Exact(0)
  let percentage: Decimal | null = new Exact(0)
  for (const e of errors) {
    absolute = absolute.plus(e.error.abs())
    squared = squared.plus(e.error.times(e.error))
    percentage =
      percentage === null || e.actual.isZero() ? null : percentage.plus(e.error.div(e.actual).abs())
  }
  return {
    meanAbsoluteError: absolute.div(k),
    rootMeanSquaredError: squared.div(k).sqrt(),
    meanAbsolutePercentageError: percentage === null ? null : percentage.div(k),
  }
}
