/**
 * The `opensdg` profile's assessment of one series: Tiendo's steps up to the baseline and
 * latest value, then `sdg-build`'s progress value, status and score, with the growth
 * model's projection beside them where the values allow one.
 */

import { Exact, toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { type ClassifyContext, fitAndClassify } from '../classify'
import { explain, note } from '../reasons'
import type { Assessment, AssessmentExplanation } from '../types'
import {
  limitCoefficient,
  measureOpenSdg,
  OPENSDG_ZERO_SUBSTITUTE,
  openSdgLabel,
  openSdgScore,
  openSdgVerdict,
  scaleThresholds,
  statusOfOpenSdg,
} from './opensdg'

/** Open SDG's assessment of a series, from the context `fitAndClassify` takes. */
export function assessOpenSdgSeries(
  ctx: ClassifyContext & {
    /** The natural limit (ignored with a target, as `sdg-build` ignores it). */
    readonly limit: Decimal | null
    /** Tells the caller that a zero baseline was replaced: the verdict depends on it. */
    readonly onSubstitute: (explanation: AssessmentExplanation) => void
  },
): Assessment {
  const { result, chosen, d } = ctx
  const baseline = ctx.fitPoints[0]!
  const latest = ctx.fitPoints.at(-1)!
  const target = chosen
    ? { period: chosen.target.by, time: chosen.time, value: chosen.target.value }
    : null
  const measure = measureOpenSdg({
    baseline,
    latest,
    target,
    d,
    observed: result.cagr,
    required: result.requiredCagr,
  })
  if (!measure.ok) return ctx.insufficient(measure.explanation, true)
  // The growth model's projection and attainment year, where it exists (no zero values).
  if (!baseline.value.isZero() && !latest.value.isZero()) {
    fitAndClassify(ctx)
    if (result.status === 'insufficient_data') return result
  }
  const hasTarget = target !== null
  let thresholds = ctx.thresholds
  let coefficient: Decimal = new Exact(1)
  if (!hasTarget && ctx.limit !== null) {
    coefficient = limitCoefficient(baseline.value, ctx.limit)
    thresholds = scaleThresholds(thresholds, coefficient)
    ctx.notes.push(
      note('opensdg_limit_scaled', {
        limit: toDecimalString(ctx.limit),
        coefficient: coefficient.toSignificantDigits(10).toFixed(),
      }),
    )
  }
  const label = openSdgLabel(measure.progress, thresholds)
  const score = openSdgScore(measure.progress, hasTarget, thresholds, coefficient)
  let status = statusOfOpenSdg(label, hasTarget)
  // A missed past target is never on track (Tiendo's rule for every profile).
  if (chosen?.outcome === 'missed' && status === 'on_track') status = 'needs_acceleration'
  result.status = status
  result.cagr = measure.observed
  if (hasTarget) {
    result.requiredCagr = measure.required
    result.ratio = measure.progress
  } else {
    result.growth = measure.progress
  }
  result.profileVerdict = openSdgVerdict(label, score)
  if (measure.substitutedBaseline) {
    ctx.onSubstitute(
      explain('opensdg_zero_substituted', {
        what: 'baseline',
        period: baseline.period,
        substitute: toDecimalString(OPENSDG_ZERO_SUBSTITUTE),
      }),
    )
  }
  return result
}
