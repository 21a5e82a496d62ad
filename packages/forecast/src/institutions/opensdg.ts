/**
 * Open SDG's progress measure, as `sdg-build` computes it (`sdg/ProgressMeasure.py`,
 * `SeriesProgress`, release 2.4.0) for Statistics Canada's methodology: the progress value,
 * its status, the natural-limit coefficient and the score from −5 to +5.
 */

import { Exact, power, root, toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { explain } from '../reasons'
import type { AssessmentExplanation, AssessmentStatus, ProfileVerdict, Thresholds } from '../types'

/** Open SDG's status labels (`get_progress_status`). */
export type OpenSdgLabel =
  | 'target_achieved'
  | 'substantial_progress'
  | 'moderate_progress'
  | 'limited_progress'
  | 'deterioration'
  | 'not_available'

/** What `sdg-build` puts in place of a target or a baseline of zero (`config_defaults`). */
export const OPENSDG_ZERO_SUBSTITUTE: Decimal = new Exact('0.001')

/** The exponent of the natural-limit coefficient. */
const LIMIT_EXPONENT = '4.44'

const ONE = new Exact(1)
const FIVE = new Exact(5)

/**
 * The natural-limit coefficient `C`: with `b = |y0|` and `L = |limit|`, 1 when `b ≥ 2L`,
 * `1 − (b/L)^4.44` when `b ≤ L`, and `1 − ((2L − b)/L)^4.44` in between, so that it is the
 * same at equal relative distances below a maximum or above a minimum.
 */
export function limitCoefficient(base: Decimal, limit: Decimal): Decimal {
  const b = base.abs()
  const l = limit.abs()
  // First, so that a zero baseline at a zero limit gives 1, as sdg-build checks it first.
  if (b.gte(l.times(2))) return ONE
  const x = b.lte(l) ? b.div(l) : l.times(2).minus(b).div(l)
  return ONE.minus(power(x, LIMIT_EXPONENT))
}

/** Thresholds times `C` (all three, as `sdg-build` does). */
export function scaleThresholds(thresholds: Thresholds, coefficient: Decimal): Thresholds {
  return {
    high: thresholds.high.times(coefficient),
    mid: thresholds.mid.times(coefficient),
    low: thresholds.low.times(coefficient),
  }
}

/** `≥ high` substantial, `≥ mid` moderate, `≥ low` limited, below deterioration. */
export function openSdgLabel(value: Decimal, thresholds: Thresholds): OpenSdgLabel {
  if (value.gte(thresholds.high)) return 'substantial_progress'
  if (value.gte(thresholds.mid)) return 'moderate_progress'
  if (value.gte(thresholds.low)) return 'limited_progress'
  return 'deterioration'
}

const min5 = (x: Decimal) => Exact.min(x, FIVE)
const max5 = (x: Decimal) => Exact.max(x, FIVE.neg())

/**
 * The score from −5 to +5 (`SeriesProgress.get_score`), with the constants `sdg-build`
 * prints (7.1429, 4.2857, 4.1667 are its rounded 5/0.7, 3/0.7 and 2.5/0.6) so that scores
 * match its output to the digit. `thresholds` are the ones the status used (scaled by `C`).
 */
export function openSdgScore(
  value: Decimal,
  hasTarget: boolean,
  thresholds: Thresholds,
  coefficient: Decimal,
): Decimal {
  if (hasTarget) {
    return value.gte(thresholds.mid)
      ? min5(value.times('7.1429').minus('4.2857'))
      : max5(value.times('4.1667').minus('2.5'))
  }
  if (value.lt(thresholds.low)) return max5(value.times(125).minus('2.5'))
  // At the limit (C = 0) holding on or passing it is substantial progress.
  if (coefficient.isZero()) return FIVE
  const v = value.div(coefficient)
  if (value.gte(thresholds.high)) return min5(v.times(500).minus(5))
  if (value.gte(thresholds.mid)) return v.times(250).minus('1.25')
  return v.times(500).minus('2.5')
}

/** The Tiendo status of an Open SDG label (docs/methodology.md has the table). */
export function statusOfOpenSdg(label: OpenSdgLabel, hasTarget: boolean): AssessmentStatus {
  switch (label) {
    case 'target_achieved':
      return 'achieved'
    case 'substantial_progress':
      return hasTarget ? 'on_track' : 'improving'
    case 'moderate_progress':
      return hasTarget ? 'needs_acceleration' : 'stable'
    case 'limited_progress':
      return hasTarget ? 'limited_progress' : 'stable'
    case 'deterioration':
      return hasTarget ? 'deterioration' : 'worsening'
    case 'not_available':
      return 'insufficient_data'
  }
}

const TEXTS: Readonly<Record<OpenSdgLabel, { vi: string; en: string }>> = {
  target_achieved: { vi: 'Đã đạt chỉ tiêu', en: 'Target achieved' },
  substantial_progress: { vi: 'Tiến bộ đáng kể', en: 'Substantial progress' },
  moderate_progress: {
    vi: 'Có tiến bộ nhưng cần tăng tốc',
    en: 'Moderate progress, acceleration needed',
  },
  limited_progress: { vi: 'Tiến bộ hạn chế', en: 'Limited progress' },
  deterioration: { vi: 'Thụt lùi', en: 'Deterioration' },
  not_available: { vi: 'Không đánh giá được', en: 'Not available' },
}

/** Open SDG's verdict: its label, its score and the label in words. */
export function openSdgVerdict(label: OpenSdgLabel, score: Decimal | null): ProfileVerdict {
  return { profile: 'opensdg', label, score, symbol: null, text: TEXTS[label] }
}

/** A value and the time it was observed (or is due), in years from the series origin. */
interface Point {
  readonly period: string
  readonly time: Decimal
  readonly value: Decimal
}

/** The progress value of one series and what it rests on. */
export type OpenSdgMeasure =
  | {
      readonly ok: true
      /** `s × d × CAGR_o` without a target, `s × d × CAGR_o / |CAGR_r|` with one. */
      readonly progress: Decimal
      readonly observed: Decimal
      readonly required: Decimal | null
      /** Set when the baseline was zero and 0.001 stood in for it. */
      readonly substitutedBaseline: boolean
    }
  | { readonly ok: false; readonly explanation: AssessmentExplanation }

/**
 * The progress value (`methodology_1` / `methodology_2`): `s = −1` for a negative baseline,
 * a zero baseline replaced by 0.001, a latest value of zero giving `CAGR_o = −1`, and a
 * change of sign refused. `observed` and `required` may be passed when already computed for
 * these points (they are recomputed when the baseline was replaced).
 */
export function measureOpenSdg(input: {
  readonly baseline: Point
  readonly latest: Point
  readonly target: Point | null
  readonly d: 1 | -1
  readonly observed?: Decimal | null | undefined
  readonly required?: Decimal | null | undefined
}): OpenSdgMeasure {
  const { latest, target, d } = input
  const sign = input.baseline.value.isNeg() ? -1 : 1
  const substitutedBaseline = input.baseline.value.isZero()
  const base = substitutedBaseline ? OPENSDG_ZERO_SUBSTITUTE : input.baseline.value
  if (base.isNeg() !== latest.value.isNeg() && !latest.value.isZero()) {
    return {
      ok: false,
      explanation: explain('growth_sign_change', {
        from: input.baseline.period,
        to: latest.period,
      }),
    }
  }
  const years = latest.time.minus(input.baseline.time)
  const observed =
    input.observed && !substitutedBaseline
      ? input.observed
      : latest.value.isZero()
        ? ONE.neg()
        : root(latest.value.div(base), years).minus(1)
  const signed = observed.times(sign * d)
  if (target === null) {
    return { ok: true, progress: signed, observed, required: null, substitutedBaseline }
  }
  const ratio = target.value.div(base)
  if (!ratio.gt(0)) {
    return {
      ok: false,
      explanation: explain('growth_target_sign', {
        target: toDecimalString(target.value),
        baseline: toDecimalString(base),
      }),
    }
  }
  const required =
    input.required && !substitutedBaseline
      ? input.required
      : root(ratio, target.time.minus(input.baseline.time)).minus(1)
  if (required.isZero()) {
    return { ok: false, explanation: explain('opensdg_required_growth_zero') }
  }
  return {
    ok: true,
    progress: signed.div(required.abs()),
    observed,
    required,
    substitutedBaseline,
  }
}
