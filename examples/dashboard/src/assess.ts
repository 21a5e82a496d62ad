import type { Exact, ProgressFigure } from '@tiendo/core'
import { shareCovered } from '@tiendo/core'
import type {
  Assessment,
  AssessmentExplanation,
  ObservationInput,
  TargetComparator,
  TargetInput,
} from '@tiendo/forecast'
import { AssessmentInputError, assessProgress } from '@tiendo/forecast'
import type { Target } from '@tiendo/schema'
import { parsePeriod } from '@tiendo/schema'
import type { SeriesModel } from './data'

/** The projection of one year: the linear trend's value and its prediction interval. */
export interface BandPoint {
  /** The year, as a period string: `2027`. */
  readonly period: string
  readonly projected: Exact
  readonly low: Exact
  readonly high: Exact
}

/** A linear-trend projection to the target period, with its prediction interval each year. */
export interface ProjectionBand {
  /** The level of the interval: `0.95`. */
  readonly level: Exact
  readonly points: readonly BandPoint[]
}

/** How far a series has come towards one of its targets. */
export interface TargetProgress {
  readonly target: Target
  /** The assessment's outcome for this target, when `assessProgress` can judge its comparator. */
  readonly outcome: 'achieved' | 'missed' | 'pending' | 'undecided' | 'not_assessed'
  /** The share of the way from the baseline to the target covered by the latest value. */
  readonly share: ProgressFigure | null
}

/** A series with everything the dashboard shows about it. */
export interface SeriesAssessment {
  readonly series: SeriesModel
  /** `null` when the indicator cannot be assessed (a `target_band` direction). */
  readonly assessment: Assessment | null
  /** Why there is no assessment, in both languages. */
  readonly refusal?: AssessmentExplanation | undefined
  readonly progress: readonly TargetProgress[]
  /** `null` when there is no pending target or too few values for an interval. */
  readonly band: ProjectionBand | null
}

const COMPARATORS: ReadonlySet<string> = new Set<TargetComparator>(['gt', 'gte', 'lt', 'lte'])

function observationsOf(series: SeriesModel): ObservationInput[] {
  return series.points.map((point) => ({
    period: point.period,
    value: point.value,
    qualifier: point.qualifier,
    low: point.low,
    high: point.high,
  }))
}

function targetInput(target: Target): TargetInput | undefined {
  if (!COMPARATORS.has(target.comparator)) return undefined
  return {
    id: target.id,
    value: target.value,
    by: target.by,
    comparator: target.comparator as TargetComparator,
    baseYear: target.baseYear,
    methodology: target.methodology,
  }
}

/**
 * The linear trend's projection and prediction interval for each year after the latest
 * value up to the target's year: `assessProgress` gives both at its target period, so it is
 * asked once per year with the same target value, due that year.
 */
function projectionBand(
  series: SeriesModel,
  observations: readonly ObservationInput[],
  target: TargetInput,
  latestPeriod: string,
): ProjectionBand | null {
  const latest = parsePeriod(latestPeriod)
  const due = parsePeriod(target.by)
  if (!latest.ok || !due.ok) return null
  const { end } = latest.period
  const first = end.month === 12 ? end.year + 1 : end.year
  const points: BandPoint[] = []
  let level: Exact | undefined
  for (let year = first; year <= due.period.end.year; year++) {
    const yearly = assessProgress({
      observations,
      direction: series.indicator.direction === 'decrease' ? 'decrease' : 'increase',
      target: { ...target, by: String(year), baseYear: undefined, methodology: undefined },
      method: 'linear',
    })
    if (yearly.projected === null || yearly.interval === null) continue
    level = yearly.interval.level
    points.push({
      period: String(year),
      projected: yearly.projected,
      low: yearly.interval.low,
      high: yearly.interval.high,
    })
  }
  return level === undefined ? null : { level, points }
}

/**
 * Assesses a series against its pack's targets with `assessProgress` (the default
 * methodology, `eurostat`: compound growth), the share of the way covered to each target,
 * and, for a target still ahead, the linear projection with its 95% prediction interval.
 */
export function assessSeries(series: SeriesModel): SeriesAssessment {
  const direction = series.indicator.direction
  if (direction === 'target_band') {
    return {
      series,
      assessment: null,
      refusal: {
        code: 'target_band',
        message: {
          vi: 'Chỉ tiêu có hướng “trong khoảng”: chưa đánh giá tiến độ.',
          en: 'The indicator’s direction is a target band: progress is not assessed.',
        },
      },
      progress: [],
      band: null,
    }
  }
  const observations = observationsOf(series)
  const inputs = series.targets.map(targetInput)
  const targets = inputs.filter((t): t is TargetInput => t !== undefined)
  let assessment: Assessment
  try {
    assessment = assessProgress({ observations, direction, targets })
  } catch (error) {
    if (!(error instanceof AssessmentInputError)) throw error
    return {
      series,
      assessment: null,
      refusal: { code: error.code, message: error.text },
      progress: [],
      band: null,
    }
  }
  const baseline = assessment.baseline?.value ?? null
  const latest = assessment.latest?.value ?? null
  const progress = series.targets.map((target, index): TargetProgress => {
    const judged = assessment.targets.find((t) => t.id === target.id)
    const share =
      inputs[index] === undefined || baseline === null || latest === null
        ? null
        : shareCovered({ baseline, latest, target: target.value, direction })
    return { target, outcome: judged?.outcome ?? 'not_assessed', share }
  })
  const chosen = assessment.target
  const chosenInput = targets.find((t) => t.id === chosen?.id)
  const band =
    chosen?.outcome === 'pending' && chosenInput && assessment.latest
      ? projectionBand(series, observations, chosenInput, assessment.latest.period)
      : null
  return { series, assessment, progress, band }
}
