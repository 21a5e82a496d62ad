/**
 * `assessProgress`: is a series on track to its target? The steps, in order:
 *
 * 1. check the input (a malformed one throws an `AssessmentInputError`);
 * 2. judge every target and choose the one to assess (the next still ahead, not yet met);
 * 3. cut the series at a past target's period, then choose the baseline (base-year rule and
 *    window);
 * 4. `achieved` when the latest value proves the target met (a lower bound at or above it
 *    is enough), `insufficient_data` when it straddles the target;
 * 5. `insufficient_data` with fewer than two points or less than a year between them;
 * 6. fit the method (a refusal is `insufficient_data` with the reason) and classify.
 */

import { escapCurrentStatus, gapToTarget, toDecimalString, toExact } from '@tiendo/core'
import { parsePeriod } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { attainmentYear } from './attainment'
import { AssessmentInputError } from './errors'
import {
  assessed,
  BOUND_QUALIFIERS,
  describeGrowth,
  describeInterval,
  growthRatio,
  noteBeyondBounds,
  periodValue,
  relativeTrendGrowth,
} from './figures'
import { fitMethod } from './fit'
import { type CagrModel, requiredCagr } from './methods/cagr'
import { logitTargetRefusal } from './methods/logit'
import type { FitPoint } from './methods/model'
import type { TimeWeight } from './methods/weighted-linear'
import {
  checkBaseYear,
  checkBoundOffset,
  checkBounds,
  checkDirection,
  checkLang,
  checkLevel,
  checkMethod,
  checkProfileName,
  checkWindow,
} from './options'
import { getProfile } from './profiles'
import { explain, note } from './reasons'
import { startsOnOrAfter, toSeries } from './series'
import { checkThresholds, classifyWithoutTarget, classifyWithTarget } from './status'
import { checkTargets, chooseTarget, judge, judgeTargets, meets } from './targets'
import type {
  Assessment,
  AssessmentExplanation,
  AssessmentNote,
  AssessProgressInput,
} from './types'
import { unassessed } from './unassessed'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Options of `assessProgress` that only the TypeScript API offers. */
export interface AssessProgressExtras {
  /** The weight of the `weighted-linear` method. Defaults to `1 + years after the first point`. */
  readonly weight?: TimeWeight | undefined
}

/**
 * Assesses a series against its target (or, without one, its trend). See
 * docs/methodology.md for every formula, threshold and status. Never throws on data that
 * is merely insufficient or unsuitable for a method (that is `insufficient_data` with a
 * `reason`); throws an `AssessmentInputError` on malformed input.
 */
export function assessProgress(
  input: AssessProgressInput,
  extras: AssessProgressExtras = {},
): Assessment {
  if (typeof input !== 'object' || input === null) {
    throw new AssessmentInputError(
      'invalid_input',
      '',
      { vi: 'Đầu vào phải là một đối tượng.', en: 'The input must be an object.' },
      {
        vi: 'Ví dụ { observations, direction, target }.',
        en: 'For example { observations, direction, target }.',
      },
    )
  }
  const direction = checkDirection(input.direction)
  const askedMethod = input.method === undefined ? undefined : checkMethod(input.method)
  const askedProfile = input.profile === undefined ? undefined : checkProfileName(input.profile)
  const askedBaseYear = checkBaseYear(input.baseYear)
  const bounds = checkBounds(input.bounds)
  const boundOffset = checkBoundOffset(input.logitBoundOffset, bounds)
  const level = checkLevel(input.level)
  const askedWindow = checkWindow(input.windowYears)
  const lang = checkLang(input.lang)
  const askedThresholds =
    input.thresholds === undefined ? undefined : checkThresholds(input.thresholds)
  const { series, mixedLengths } = toSeries(input.observations)
  const verdicts = judgeTargets(checkTargets(input.target, input.targets, direction), series)
  const chosen = chooseTarget(verdicts)

  const profile = getProfile(chosen?.target.methodology ?? askedProfile ?? 'eurostat')
  const method = askedMethod ?? profile.method
  const baseYear = chosen?.target.baseYear ?? askedBaseYear ?? profile.baseYear
  const windowYears =
    askedWindow ?? (profile.windowYears === undefined ? undefined : toExact(profile.windowYears))
  const thresholds =
    askedThresholds ??
    (chosen
      ? method === 'cagr'
        ? profile.ratioThresholds
        : profile.shareThresholds
      : profile.growthThresholds)
  const d = direction === 'increase' ? 1 : -1
  const notes: AssessmentNote[] = []
  if (mixedLengths) notes.push(note('mixed_period_lengths'))

  const result: Mutable<Assessment> = unassessed({
    method,
    profile: profile.name,
    direction,
    target: chosen ? assessed(chosen) : null,
    targets: verdicts.map(assessed),
    notes,
  })
  const insufficient = (explanation: AssessmentExplanation, refused = false): Assessment => {
    result.status = 'insufficient_data'
    result.explanation = explanation
    result.reason = explanation.message[lang]
    if (refused) result.refused = { method, code: explanation.code }
    return result
  }

  // 3. The points that count: up to a past target's deciding observation, then the window.
  const past = chosen !== null && chosen.outcome !== 'pending'
  if (chosen?.outcome === 'undecided' && chosen.decidedAt === null && series.points.length > 0) {
    return insufficient(explain('past_target_without_data', { by: chosen.target.by }))
  }
  const points =
    past && chosen.decidedAt !== null ? series.points.slice(0, chosen.decidedAt + 1) : series.points
  const latest = points.at(-1)
  if (!latest) return insufficient(explain('no_observations'))
  const basePeriod = baseYear === undefined ? null : parsePeriod(baseYear)
  const cutoff = windowYears === undefined ? null : latest.time.minus(windowYears)
  const window = points.filter(
    (p) =>
      (basePeriod === null || !basePeriod.ok || startsOnOrAfter(p.parsed, basePeriod.period)) &&
      (cutoff === null || p.time.gte(cutoff)),
  )
  result.latest = periodValue(latest)
  const target = chosen?.target ?? null
  if (chosen && target) {
    result.yearsRemaining = chosen.time.minus(latest.time)
    if (latest.value) {
      result.gap = gapToTarget({ latest: latest.value, target: target.value, direction })
    }
  }
  const baseline = window[0]
  if (baseline) {
    result.baseline = periodValue(baseline)
    result.yearsElapsed = latest.time.minus(baseline.time)
    if (target && baseline.value && latest.value) {
      const cs = escapCurrentStatus({
        baseline: baseline.value,
        latest: latest.value,
        target: target.value,
        direction,
      })
      if (cs.ok) result.currentStatus = cs.value
    }
    describeGrowth(result, baseline, latest, chosen)
  }

  // 4. What the latest value proves (before any data requirement: a met target needs no trend).
  if (chosen?.outcome === 'achieved') {
    result.status = 'achieved'
    return result
  }
  if (!baseline) {
    return insufficient(explain('no_data_since_base_year', { baseYear: baseYear ?? '' }))
  }
  if (target && judge(latest.interval, target) === 'undecided') {
    return insufficient(
      explain('target_undecided', {
        period: latest.period,
        value: describeInterval(latest),
        target: `${target.comparator} ${toDecimalString(target.value)}`,
      }),
    )
  }

  // 5. Enough data?
  if (window.length < 2) {
    return insufficient(
      points.length < 2
        ? explain('single_observation', { period: latest.period })
        : explain('baseline_is_latest', { period: latest.period }),
    )
  }
  const elapsed = latest.time.minus(baseline.time)
  if (elapsed.lt(1)) {
    return insufficient(
      explain('less_than_a_year', {
        from: baseline.period,
        to: latest.period,
        years: toDecimalString(elapsed),
      }),
    )
  }
  const used = method === 'cagr' ? [baseline, latest] : window
  const fitPoints: FitPoint[] = []
  for (const point of used) {
    if (point.value === null) {
      return insufficient(
        explain('range_without_value', { period: point.period, value: describeInterval(point) }),
      )
    }
    if (point.qualifier && BOUND_QUALIFIERS.has(point.qualifier)) {
      notes.push(
        note('bound_used_as_value', {
          period: point.period,
          qualifier: point.qualifier,
          value: toDecimalString(point.value),
        }),
      )
    }
    fitPoints.push({ period: point.period, time: point.time, value: point.value })
  }

  // 6. Fit and classify.
  if (method === 'logit' && target) {
    const refusal = logitTargetRefusal(target.value, bounds)
    if (refusal) return insufficient(refusal, true)
  }
  const fitted = fitMethod(method, fitPoints, { bounds, boundOffset, weight: extras.weight })
  if (!fitted.ok) return insufficient(fitted.explanation, true)
  notes.push(...fitted.notes)
  const model = fitted.model
  result.trend = model.trend
  const y0 = fitPoints[0]!.value
  const yt = fitPoints.at(-1)!.value
  const negative = method === 'cagr' && (model as CagrModel).negative
  // Open SDG: for an all-negative series the growth of the magnitude is measured, so the
  // desired direction flips.
  const dg = negative ? -d : d

  if (!chosen || !target) {
    const growth =
      method === 'cagr'
        ? (model as CagrModel).rate.times(dg)
        : relativeTrendGrowth(model, baseline, latest, fitPoints).times(d)
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
    if (!growth.ok) return insufficient(growth.explanation, true)
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
        period: latest.period,
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
  noteBeyondBounds(notes, projected, method, input.bounds === undefined ? null : bounds, bounds)
  const uncertainty = model.uncertainty(chosen.time, target, level)
  if (uncertainty) {
    result.probability = uncertainty.probability
    result.interval = { level, low: uncertainty.low, high: uncertainty.high }
  }
  result.attainmentYear = attainmentYear(model, target, series, latest)
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
