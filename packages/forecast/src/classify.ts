/**
 * The last step of `assessProgress`: fit the method on the points that count and classify
 * (against the target, or the trend without one). Split from `assess.ts`, which chooses the
 * points; the Open SDG profile calls it too, for the projection of its own status.
 */

import { toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { attainmentYear } from './attainment'
import { growthRatio, noteBeyondBounds, relativeTrendGrowth } from './figures'
import { fitMethod } from './fit'
import { type CagrModel, requiredCagr } from './methods/cagr'
import type { Bounds } from './methods/logit'
import { logitTargetRefusal } from './methods/logit'
import type { FitPoint } from './methods/model'
import type { TimeWeight } from './methods/weighted-linear'
import { note } from './reasons'
import type { Series, SeriesPoint } from './series'
import { classifyWithoutTarget, classifyWithTarget } from './status'
import { meets, type TargetVerdict } from './targets'
import type {
  Assessment,
  AssessmentExplanation,
  AssessmentMethod,
  AssessmentNote,
  Thresholds,
} from './types'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** What fitting and classifying need. */
export interface ClassifyContext {
  readonly result: Mutable<Assessment>
  readonly notes: AssessmentNote[]
  readonly method: AssessmentMethod
  readonly thresholds: Thresholds
  readonly d: 1 | -1
  readonly chosen: TargetVerdict | null
  readonly series: Series
  readonly baseline: SeriesPoint
  readonly latest: SeriesPoint
  /** The points the method is fitted on (baseline and latest for `cagr`), values present. */
  readonly fitPoints: readonly FitPoint[]
  readonly bounds: Bounds
  readonly givenBounds: boolean
  readonly boundOffset: Decimal | null
  readonly level: Decimal
  readonly weight: TimeWeight | undefined
  readonly insufficient: (explanation: AssessmentExplanation, refused?: boolean) => Assessment
}

/** Fits `ctx.method` and classifies; every figure lands on `ctx.result`. */
export function fitAndClassify(ctx: ClassifyContext): Assessment {
  const { result, notes, method, thresholds, d, chosen, fitPoints, bounds } = ctx
  const target = chosen?.target ?? null
  if (method === 'logit' && target) {
    const refusal = logitTargetRefusal(target.value, bounds)
    if (refusal) return ctx.insufficient(refusal, true)
  }
  const fitted = fitMethod(method, fitPoints, {
    bounds,
    boundOffset: ctx.boundOffset,
    weight: ctx.weight,
  })
  if (!fitted.ok) return ctx.insufficient(fitted.explanation, true)
  notes.push(...fitted.notes)
  const model = fitted.model
  result.trend = model.trend
  const y0 = ctx.baseline.value!
  const yt = ctx.latest.value!
  const negative = method === 'cagr' && (model as CagrModel).negative
  // Open SDG: for an all-negative series the growth of the magnitude is measured, so the
  // desired direction flips.
  const dg = negative ? -d : d

  if (!chosen || !target) {
    const growth =
      method === 'cagr'
        ? (model as CagrModel).rate.times(dg)
        : relativeTrendGrowth(model, ctx.baseline, ctx.latest, fitPoints).times(d)
    result.growth = growth
    result.status = classifyWithoutTarget(growth, thresholds)
    return result
  }

  const distance = target.value.minus(y0).abs()
  // The growth method needs the required growth first: it may refuse (a target of zero).
  let required: Decimal | null = null
  if (method === 'cagr') {
    const growth = result.requiredCagr
      ? { ok: true as const, rate: result.requiredCagr }
      : requiredCagr(fitPoints[0]!, { ...target, time: chosen.time })
    if (!growth.ok) return ctx.insufficient(growth.explanation, true)
    required = growth.rate
  }
  const cagrRatio = () => growthRatio((model as CagrModel).rate, required!, dg)

  if (chosen.outcome === 'missed') {
    // Past and missed: not projected; the status says how far the progress got.
    notes.push(
      note('target_missed', {
        target: toDecimalString(target.value),
        by: target.by,
        value: toDecimalString(yt),
        period: ctx.latest.period,
      }),
    )
    let status: Assessment['status']
    if (method === 'cagr') {
      result.ratio = cagrRatio()
      status =
        result.ratio === null ? 'deterioration' : classifyWithTarget(result.ratio, thresholds)
    } else if (distance.isZero()) {
      status = 'deterioration'
    } else {
      result.ratio = yt.minus(y0).times(d).div(distance)
      status = classifyWithTarget(result.ratio, thresholds)
    }
    result.status = status === 'on_track' ? 'needs_acceleration' : status
    return result
  }

  // Pending: project to the target period.
  const projected = model.project(chosen.time)
  result.projected = projected
  if (!distance.isZero()) {
    result.anticipatedGap = target.value.minus(projected).div(target.value.minus(y0))
  }
  noteBeyondBounds(notes, projected, method, ctx.givenBounds ? bounds : null, bounds)
  const uncertainty = model.uncertainty(chosen.time, target, ctx.level)
  if (uncertainty) {
    result.probability = uncertainty.probability
    result.interval = { level: ctx.level, low: uncertainty.low, high: uncertainty.high }
  }
  result.attainmentYear = attainmentYear(model, target, ctx.series, ctx.latest)
  if (method === 'cagr') {
    result.ratio = cagrRatio()
    if (result.ratio === null) notes.push(note('required_growth_zero'))
    result.status =
      result.ratio === null ? 'deterioration' : classifyWithTarget(result.ratio, thresholds)
    return result
  }
  if (distance.isZero()) {
    notes.push(note('target_equals_baseline'))
    result.status = meets(projected, target) ? 'on_track' : 'deterioration'
    return result
  }
  result.ratio = projected.minus(y0).times(d).div(distance)
  result.status = meets(projected, target)
    ? 'on_track'
    : classifyWithTarget(result.ratio, thresholds)
  return result
}
