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
 * 6. fit the method (a refusal is `insufficient_data` with the reason) and classify;
 * 7. a named profile adds its institution's verdict (`profileVerdict`, Eurostat's horizons).
 */

import { escapCurrentStatus, gapToTarget, toDecimalString, toExact } from '@tiendo/core'
import { parsePeriod } from '@tiendo/schema'
import { fitAndClassify } from './classify'
import { AssessmentInputError } from './errors'
import {
  assessed,
  BOUND_QUALIFIERS,
  describeGrowth,
  describeInterval,
  periodValue,
} from './figures'
import { applyGoldilocks, checkGoldilocks } from './goldilocks'
import { capCurrentStatus } from './institutions/escap'
import { finishProfile } from './institutions/finish'
import { OPENSDG_ZERO_SUBSTITUTE } from './institutions/opensdg'
import { assessOpenSdgSeries } from './institutions/opensdg-series'
import type { FitPoint } from './methods/model'
import type { TimeWeight } from './methods/weighted-linear'
import {
  checkBaseYear,
  checkBoundOffset,
  checkBounds,
  checkDirection,
  checkKnownKeys,
  checkLang,
  checkLevel,
  checkMethod,
  checkProfileName,
  checkWindow,
} from './options'
import { DEFAULT_PROFILE, getProfile } from './profiles'
import { explain, note } from './reasons'
import { checkValue, startsOnOrAfter, toSeries, yearSpan } from './series'
import { checkThresholds } from './status'
import { type CheckedTarget, checkTargets, chooseTarget, judge, judgeTargets } from './targets'
import type {
  Assessment,
  AssessmentExplanation,
  AssessmentNote,
  AssessProgressInput,
} from './types'
import { unassessed } from './unassessed'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** Options of `assessProgress` that only the TypeScript API offers. */
/** The keys of {@link AssessProgressInput}: the compiler keeps the list whole. */
const INPUT_KEYS = Object.keys({
  observations: true,
  direction: true,
  target: true,
  targets: true,
  baseYear: true,
  method: true,
  profile: true,
  thresholds: true,
  bounds: true,
  logitBoundOffset: true,
  level: true,
  windowYears: true,
  limit: true,
  goldilocks: true,
  lang: true,
} satisfies Record<keyof AssessProgressInput, true>)

const EXTRAS_KEYS = Object.keys({ weight: true } satisfies Record<keyof AssessProgressExtras, true>)

export interface AssessProgressExtras {
  /** The weight of the `weighted-linear` method. Defaults to `1 + years after the first point`. */
  readonly weight?: TimeWeight | undefined
}

/**
 * Assesses a series against its target (or, without one, its trend). See
 * docs/methodology.md for every formula, threshold and status. Never throws on data that
 * is merely insufficient or unsuitable for a method (that is `insufficient_data` with a
 * `reason`); throws an `AssessmentInputError` on malformed input, an unknown option among
 * them (`code: 'invalid_option'`, its `path` the key).
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
  checkKnownKeys(input, INPUT_KEYS)
  checkKnownKeys(extras, EXTRAS_KEYS)
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
  const askedLimit = input.limit === undefined ? undefined : checkValue(input.limit, 'limit')
  const goldilocks = input.goldilocks === undefined ? null : checkGoldilocks(input.goldilocks)
  if (goldilocks && direction !== 'decrease') throw goldilocksDirection()
  const transformed = goldilocks
    ? applyGoldilocks(goldilocks, input.observations, input.target, input.targets)
    : null
  const source = transformed?.ok ? transformed : input

  // Open SDG replaces a target of zero by 0.001; only targets it assesses.
  const substituted = new Set<CheckedTarget>()
  const checked = checkTargets(source.target, source.targets, direction).map((t) => {
    if ((t.methodology ?? askedProfile) !== 'opensdg' || !t.value.isZero()) return t
    const moved = { ...t, value: OPENSDG_ZERO_SUBSTITUTE }
    substituted.add(moved)
    return moved
  })
  const readsStartYear =
    askedProfile === 'opensdg' || checked.some((t) => t.methodology === 'opensdg')
  const firstRead = toSeries(source.observations, readsStartYear ? 'start-year' : 'period')
  const firstVerdicts = judgeTargets(checked, firstRead.series)
  const firstChosen = chooseTarget(firstVerdicts)
  const named = firstChosen?.target.methodology ?? askedProfile
  const profile = named === undefined ? DEFAULT_PROFILE : getProfile(named)
  // Read again as Tiendo reads periods when the profile assessing is not Open SDG.
  const again = readsStartYear && !profile.readsStartYear
  const read = again ? toSeries(source.observations) : firstRead
  const verdicts = again ? judgeTargets(checked, read.series) : firstVerdicts
  const chosen = again ? chooseTarget(verdicts) : firstChosen
  const { series } = read
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
  if (read.mixedLengths) notes.push(note('mixed_period_lengths'))
  if (transformed?.ok) notes.push(transformed.note)

  const result: Mutable<Assessment> = unassessed({
    method,
    profile: profile.name,
    direction,
    target: chosen ? assessed(chosen) : null,
    targets: verdicts.map(assessed),
    notes,
  })
  let substitute: AssessmentExplanation | null =
    chosen && substituted.has(chosen.target)
      ? explain('opensdg_zero_substituted', {
          what: 'target',
          period: chosen.target.by,
          substitute: toDecimalString(OPENSDG_ZERO_SUBSTITUTE),
        })
      : null
  const explainWith = (explanation: AssessmentExplanation) => {
    result.explanation = explanation
    result.reason = explanation.message[lang]
  }
  const insufficient = (explanation: AssessmentExplanation, refused = false): Assessment => {
    result.status = 'insufficient_data'
    explainWith(explanation)
    if (refused) result.refused = { method, code: explanation.code }
    return result
  }
  // The base-year points (cut at a past target): Eurostat's horizons look back within them.
  let basePoints: typeof series.points = []
  // Every return goes through here: the named profile adds its own verdict.
  const complete = (assessment: Assessment): Assessment => {
    if (named !== undefined) {
      finishProfile({
        profile,
        result,
        chosen,
        d,
        points: basePoints,
        askedWindow: askedWindow !== undefined,
        thresholds: {
          ratio: askedThresholds ?? profile.ratioThresholds,
          growth: askedThresholds ?? profile.growthThresholds,
        },
      })
    }
    if (substitute && assessment.status !== 'insufficient_data') explainWith(substitute)
    return assessment
  }
  if (read.sameYear) {
    return complete(
      insufficient(explain('opensdg_same_year', { a: read.sameYear[0], b: read.sameYear[1] })),
    )
  }
  if (transformed && !transformed.ok) return complete(insufficient(transformed.explanation))

  // 3. The points that count: up to a past target's deciding observation, then the window.
  const past = chosen !== null && chosen.outcome !== 'pending'
  if (chosen?.outcome === 'undecided' && chosen.decidedAt === null && series.points.length > 0) {
    return complete(insufficient(explain('past_target_without_data', { by: chosen.target.by })))
  }
  const points =
    past && chosen.decidedAt !== null ? series.points.slice(0, chosen.decidedAt + 1) : series.points
  const latest = points.at(-1)
  if (!latest) return complete(insufficient(explain('no_observations')))
  const basePeriod = baseYear === undefined ? null : parsePeriod(baseYear)
  const cutoff = windowYears === undefined ? null : latest.time.minus(windowYears)
  const since = (start: ReturnType<typeof parsePeriod> | null) => (p: (typeof points)[number]) =>
    start === null || !start.ok || startsOnOrAfter(p.parsed, start.period)
  basePoints = points.filter(since(basePeriod))
  let window = basePoints.filter((p) => cutoff === null || p.time.gte(cutoff))
  if (askedWindow === undefined && profile.windowPoints !== undefined) {
    window = window.slice(-profile.windowPoints)
    if (window.length < profile.windowPoints) {
      notes.push(note('destatis_fewer_points', { points: String(window.length) }))
    }
  }
  // ESCAP fits its trend on data since 2000, its baseline staying the base year's.
  const fitFrom = profile.fitFrom === undefined ? null : parsePeriod(profile.fitFrom)
  const fitWindow =
    fitFrom?.ok && (!basePeriod?.ok || startsOnOrAfter(basePeriod.period, fitFrom.period))
      ? points.filter((p) => since(fitFrom)(p) && (cutoff === null || p.time.gte(cutoff)))
      : window
  result.latest = periodValue(latest)
  const target = chosen?.target ?? null
  if (chosen && target) {
    result.yearsRemaining = yearSpan(latest.time, chosen.time)
    if (latest.value) {
      result.gap = gapToTarget({ latest: latest.value, target: target.value, direction })
    }
  }
  const baseline = window[0]
  if (baseline) {
    result.baseline = periodValue(baseline)
    result.yearsElapsed = yearSpan(baseline.time, latest.time)
    if (target && baseline.value && latest.value) {
      const cs = escapCurrentStatus({
        baseline: baseline.value,
        latest: latest.value,
        target: target.value,
        direction,
      })
      if (cs.ok) {
        result.currentStatus =
          profile.name === 'escap' && named !== undefined
            ? capCurrentStatus(cs.value, chosen?.outcome === 'achieved')
            : cs.value
      }
    }
    describeGrowth(result, baseline, latest, chosen)
  }

  // 4. What the latest value proves (before any data requirement: a met target needs no trend).
  if (chosen?.outcome === 'achieved') {
    result.status = 'achieved'
    return complete(result)
  }
  if (!baseline) {
    return complete(insufficient(explain('no_data_since_base_year', { baseYear: baseYear ?? '' })))
  }
  if (target && judge(latest.interval, target) === 'undecided') {
    return complete(
      insufficient(
        explain('target_undecided', {
          period: latest.period,
          value: describeInterval(latest),
          target: `${target.comparator} ${toDecimalString(target.value)}`,
        }),
      ),
    )
  }

  // 5. Enough data?
  if (window.length < 2) {
    return complete(
      insufficient(
        points.length < 2
          ? explain('single_observation', { period: latest.period })
          : explain('baseline_is_latest', { period: latest.period }),
      ),
    )
  }
  const elapsed = latest.time.minus(baseline.time)
  if (elapsed.lt(1)) {
    return complete(
      insufficient(
        explain('less_than_a_year', {
          from: baseline.period,
          to: latest.period,
          years: toDecimalString(elapsed),
        }),
      ),
    )
  }
  if (askedWindow === undefined && profile.minimumYears && elapsed.lt(profile.minimumYears)) {
    return complete(
      insufficient(
        explain('eurostat_short_span', {
          years: String(profile.windowYears),
          minimum: String(profile.minimumYears),
          from: baseline.period,
          to: latest.period,
          span: toDecimalString(elapsed),
        }),
      ),
    )
  }
  const used = method === 'cagr' ? [baseline, latest] : fitWindow
  const fitPoints: FitPoint[] = []
  for (const point of used) {
    if (point.value === null) {
      return complete(
        insufficient(
          explain('range_without_value', { period: point.period, value: describeInterval(point) }),
        ),
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
  const context = {
    result,
    notes,
    method,
    thresholds,
    d,
    chosen,
    series,
    baseline,
    latest,
    fitPoints,
    bounds,
    givenBounds: input.bounds !== undefined,
    boundOffset,
    level,
    weight: extras.weight,
    insufficient,
  } as const
  if (named === 'opensdg' && method === 'cagr') {
    const limit =
      askedLimit ??
      (input.bounds === undefined ? null : direction === 'increase' ? bounds[1] : bounds[0])
    return complete(
      assessOpenSdgSeries({
        ...context,
        limit,
        onSubstitute: (explanation) => {
          substitute ??= explanation
        },
      }),
    )
  }
  return complete(fitAndClassify(context))
}

function goldilocksDirection(): AssessmentInputError {
  return new AssessmentInputError(
    'invalid_direction',
    'direction',
    {
      vi: 'Chỉ số Goldilocks được đánh giá theo khoảng cách tới giá trị lý tưởng, khoảng cách này cần giảm: hướng phải là "decrease".',
      en: 'A Goldilocks indicator is assessed on its distance from the ideal, which should fall: the direction must be "decrease".',
    },
    {
      vi: 'Đặt direction: "decrease" cùng với goldilocks.',
      en: 'Set direction: "decrease" together with goldilocks.',
    },
  )
}
