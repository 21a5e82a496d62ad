/**
 * Eurostat's two assessments of an indicator (EU SDG monitoring report): the short-term
 * trend over the last 5 years and the long-term trend over the last 15, each with its own
 * verdict and arrow. Both use the growth-rate method; a horizon whose data cover fewer than
 * 3 (short) or 10 (long) years is not assessed.
 */

import { toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { growthRatio, periodValue } from '../figures'
import { memoGrowth } from '../growth-memo'
import { growthRefusal, requiredCagr } from '../methods/cagr'
import { explain } from '../reasons'
import type { SeriesPoint } from '../series'
import { classifyWithoutTarget, classifyWithTarget } from '../status'
import type { TargetVerdict } from '../targets'
import type {
  AssessmentExplanation,
  AssessmentStatus,
  EurostatHorizon,
  EurostatHorizons,
  ProfileVerdict,
  Thresholds,
} from '../types'

/** Eurostat's horizons: years looked back, and the fewest years a trend needs. */
export const EUROSTAT_HORIZONS = {
  short: { years: 5, minimum: 3 },
  long: { years: 15, minimum: 10 },
} as const

type Label = { label: string; symbol: string; vi: string; en: string }

const WITH_TARGET: Readonly<Record<string, Label>> = {
  on_track: {
    label: 'significant_progress',
    symbol: '↑',
    vi: 'Tiến bộ đáng kể hướng tới chỉ tiêu',
    en: 'Significant progress towards the target',
  },
  needs_acceleration: {
    label: 'moderate_progress',
    symbol: '↗',
    vi: 'Tiến bộ vừa phải hướng tới chỉ tiêu',
    en: 'Moderate progress towards the target',
  },
  limited_progress: {
    label: 'insufficient_progress',
    symbol: '↘',
    vi: 'Tiến bộ chưa đủ để đạt chỉ tiêu',
    en: 'Insufficient progress towards the target',
  },
  deterioration: {
    label: 'movement_away',
    symbol: '↓',
    vi: 'Đi xa khỏi chỉ tiêu',
    en: 'Movement away from the target',
  },
}

const WITHOUT_TARGET: readonly Label[] = [
  {
    label: 'significant_progress',
    symbol: '↑',
    vi: 'Tiến bộ đáng kể theo mục tiêu phát triển bền vững',
    en: 'Significant progress towards the sustainable development objective',
  },
  {
    label: 'moderate_progress',
    symbol: '↗',
    vi: 'Tiến bộ vừa phải theo mục tiêu phát triển bền vững',
    en: 'Moderate progress towards the sustainable development objective',
  },
  {
    label: 'moderate_movement_away',
    symbol: '↘',
    vi: 'Đi xa khỏi mục tiêu phát triển bền vững ở mức vừa phải',
    en: 'Moderate movement away from the sustainable development objective',
  },
  {
    label: 'significant_movement_away',
    symbol: '↓',
    vi: 'Đi xa khỏi mục tiêu phát triển bền vững ở mức đáng kể',
    en: 'Significant movement away from the sustainable development objective',
  },
]

function verdict(l: Label): ProfileVerdict {
  return { profile: 'eurostat', label: l.label, score: null, symbol: l.symbol, text: l }
}

/**
 * Eurostat's verdict for a status: with a target from the status (a met target reads as
 * significant progress); without one from the signed growth against `1% / 0 / −1%`, where
 * the middle threshold splits Tiendo's `stable` into moderate progress and moderate
 * movement away. Null for `insufficient_data`.
 */
export function eurostatVerdict(
  status: AssessmentStatus,
  growth: Decimal | null,
  thresholds: Thresholds,
): ProfileVerdict | null {
  if (status === 'insufficient_data') return null
  if (status === 'achieved') return verdict(WITH_TARGET.on_track!)
  const withTarget = WITH_TARGET[status]
  if (withTarget) return verdict(withTarget)
  if (growth === null) return null
  const band = growth.gt(thresholds.high)
    ? 0
    : growth.gte(thresholds.mid)
      ? 1
      : growth.gte(thresholds.low)
        ? 2
        : 3
  return verdict(WITHOUT_TARGET[band]!)
}

interface HorizonInput {
  /** The observations that count (cut at a past target's deciding one), oldest first. */
  readonly points: readonly SeriesPoint[]
  readonly chosen: TargetVerdict | null
  readonly d: 1 | -1
  readonly ratioThresholds: Thresholds
  readonly growthThresholds: Thresholds
}

/** Both horizons. */
export function eurostatHorizons(input: HorizonInput): EurostatHorizons {
  return {
    short: eurostatHorizon(input, EUROSTAT_HORIZONS.short),
    long: eurostatHorizon(input, EUROSTAT_HORIZONS.long),
  }
}

/** One horizon: the growth-rate method from the earliest observation at or after `t − years`. */
export function eurostatHorizon(
  input: HorizonInput,
  horizon: { readonly years: number; readonly minimum: number },
): EurostatHorizon {
  const { points, chosen, d } = input
  const latest = points.at(-1)
  const empty = {
    years: horizon.years,
    baseline: null,
    latest: latest ? periodValue(latest) : null,
    cagr: null,
    requiredCagr: null,
    ratio: null,
    growth: null,
  }
  const insufficient = (explanation: AssessmentExplanation): EurostatHorizon => ({
    ...empty,
    status: 'insufficient_data',
    verdict: null,
    explanation,
  })
  if (chosen?.outcome === 'achieved') {
    return { ...empty, status: 'achieved', verdict: verdict(WITH_TARGET.on_track!) }
  }
  if (!latest) return insufficient(explain('no_observations'))
  const cutoff = latest.time.minus(horizon.years)
  const baseline = points.find((p) => p.time.gte(cutoff))!
  const span = latest.time.minus(baseline.time)
  if (span.lt(horizon.minimum)) {
    return insufficient(
      explain('eurostat_short_span', {
        years: String(horizon.years),
        minimum: String(horizon.minimum),
        from: baseline.period,
        to: latest.period,
        span: toDecimalString(span),
      }),
    )
  }
  for (const p of [baseline, latest]) {
    if (p.value === null)
      return insufficient(explain('range_without_value', { period: p.period, value: '' }))
  }
  const y0 = { period: baseline.period, time: baseline.time, value: baseline.value! }
  const yt = { period: latest.period, time: latest.time, value: latest.value! }
  const observed = memoGrowth(y0.value, yt.value, span).result
  if (!observed.ok) return insufficient(growthRefusal(observed.code, y0, yt))
  const dg = observed.negative ? -d : d
  const known = { ...empty, baseline: periodValue(baseline), cagr: observed.rate }
  if (!chosen) {
    const growth = observed.rate.times(dg)
    const status = classifyWithoutTarget(growth, input.growthThresholds)
    return {
      ...known,
      growth,
      status,
      verdict: eurostatVerdict(status, growth, input.growthThresholds),
    }
  }
  const required = requiredCagr(y0, { ...chosen.target, time: chosen.time })
  if (!required.ok) return insufficient(required.explanation)
  const ratio = growthRatio(observed.rate, required.rate, dg)
  let status: AssessmentStatus =
    ratio === null ? 'deterioration' : classifyWithTarget(ratio, input.ratioThresholds)
  // A missed past target is never on track (Tiendo's rule, as for the main status).
  if (chosen.outcome === 'missed' && status === 'on_track') status = 'needs_acceleration'
  return {
    ...known,
    requiredCagr: required.rate,
    ratio,
    status,
    verdict: eurostatVerdict(status, null, input.growthThresholds),
  }
}
