/**
 * The plan of `assessTargets`: every series to assess, with the input `assessProgress` takes
 * and everything of its report but the assessment. The input is plain data (decimals as
 * strings), so the assessments can be computed elsewhere — a worker thread — and joined
 * back with {@link toTargetReport}.
 */

import type { Dataset } from '@tiendo/core'
import { createUnitRegistry } from '@tiendo/core'
import { seriesTextsOf } from '@tiendo/core/internal'
import type {
  Assessment,
  AssessProgressInput,
  ObservationInput,
  TargetInput,
} from '@tiendo/forecast'
import type { Pack, Target } from '@tiendo/schema'
import type { AssessTargetsOptions } from './assess-options'
import { type AssessableComparator, collectSeries, type SeriesToAssess } from './assess-series'
import type { ReportedPoint, TargetReport } from './target-report'

/** One series to assess: the input of `assessProgress`, and its report but the assessment. */
export interface PlannedAssessment {
  /** What `assessProgress` (or `assessSeries`) takes for this series: plain, cloneable data. */
  readonly input: AssessProgressInput
  /** The series' report without its assessment (and so without the target chosen). */
  readonly report: Omit<TargetReport, 'assessment' | 'target'>
}

/**
 * A target as `assessProgress` takes it. A Goldilocks indicator's target names the value to
 * reach (`eq`): on the distance from the ideal, the distance must fall to that value's.
 */
function targetInput(target: Target, goldilocks: boolean): TargetInput {
  return {
    id: target.id,
    value: target.value,
    by: target.by,
    comparator: goldilocks ? 'lte' : (target.comparator as AssessableComparator),
    ...(target.baseYear === undefined ? {} : { baseYear: target.baseYear }),
    ...(target.methodology === undefined ? {} : { methodology: target.methodology }),
  }
}

/**
 * Plans the assessment of every target of a resolved pack over a dataset: the series
 * {@link assessTargets} assesses, in the same order, each with its `assessProgress` input.
 */
export function planAssessments(
  pack: Pack,
  dataset: Dataset,
  options: AssessTargetsOptions = {},
): PlannedAssessment[] {
  return [...planEachAssessment(pack, dataset, options)]
}

/**
 * {@link planAssessments} one series at a time, each planned when it is asked for: a caller
 * that assesses each series and lets it go never holds the whole plan (at national scale,
 * hundreds of megabytes).
 */
export function* planEachAssessment(
  pack: Pack,
  dataset: Dataset,
  options: AssessTargetsOptions = {},
): Generator<PlannedAssessment> {
  yield* planSeries(pack, dataset, options)
}

/**
 * A plan of assessments read one series at a time, which knows before the first how many
 * series it considers. @internal
 */
export interface SeriesPlan extends Iterable<PlannedAssessment> {
  /**
   * The series considered: those planned, and the trends of record counts left out
   * (`withoutRecordCountTrends`), which are known only as each is reached.
   */
  readonly considered: number
}

/**
 * `planEachAssessment` with the size of the plan known at once: the series are chosen
 * now, and each is planned when it is asked for. @internal
 */
export function planSeries(
  pack: Pack,
  dataset: Dataset,
  options: AssessTargetsOptions = {},
): SeriesPlan {
  const registry = options.registry ?? dataset.units ?? createUnitRegistry(pack.units ?? [])
  const toSet = (list: readonly string[] | undefined) =>
    list === undefined ? undefined : new Set(list)
  const all = collectSeries(pack, dataset, registry, {
    targetIds: toSet(options.targets),
    indicatorIds: toSet(options.indicators),
    withoutTargets: options.withoutTargets ?? true,
    units: options.units,
  })
  return {
    considered: all.length,
    *[Symbol.iterator]() {
      for (const series of all) {
        const planned = planOne(pack, dataset, series, options)
        if (planned !== undefined) yield planned
      }
    },
  }
}

/** The plan of one series, or `undefined` for a trend of record counts left out. */
function planOne(
  pack: Pack,
  dataset: Dataset,
  series: SeriesToAssess,
  options: AssessTargetsOptions,
): PlannedAssessment | undefined {
  const points: readonly ReportedPoint[] = seriesTextsOf(dataset, series.indicator.id, series.key)
  if (options.withoutRecordCountTrends === true && onlyRecordCounts(series, points)) return
  const { indicator } = series
  const profile = indicator.methodology ?? pack.methodology
  // The bounds are the raw values'; a Goldilocks series is assessed on a distance instead.
  const bounds =
    indicator.bounds?.min !== undefined &&
    indicator.bounds.max !== undefined &&
    indicator.goldilocks === undefined
      ? ([indicator.bounds.min, indicator.bounds.max] as const)
      : undefined
  // A Goldilocks indicator is assessed on its distance from the ideal, which should fall.
  const { goldilocks, limit } = indicator
  const input: AssessProgressInput = {
    observations: points as readonly ObservationInput[],
    direction:
      indicator.direction === 'decrease' || goldilocks !== undefined ? 'decrease' : 'increase',
    ...(series.targets.length === 0
      ? {}
      : { targets: series.targets.map((t) => targetInput(t, goldilocks !== undefined)) }),
    ...(options.method === undefined ? {} : { method: options.method }),
    ...(profile === undefined ? {} : { profile }),
    ...(bounds === undefined ? {} : { bounds }),
    ...(limit === undefined ? {} : { limit }),
    ...(goldilocks === undefined ? {} : { goldilocks }),
    lang: options.lang ?? 'en',
  }
  return {
    input,
    report: {
      targets: series.targets,
      indicatorId: indicator.id,
      indicator,
      unit: series.key,
      unitName: series.unit.name,
      series: points,
    },
  }
}

/** A trend (no target) made only of the unit's own counts of records. */
function onlyRecordCounts(series: SeriesToAssess, points: readonly ReportedPoint[]): boolean {
  return (
    series.targets.length === 0 &&
    points.length > 0 &&
    points.every((point) => point.derived === 'record_count')
  )
}

/** The report of a planned series, given its assessment. */
export function toTargetReport(planned: PlannedAssessment, assessment: Assessment): TargetReport {
  const { report } = planned
  const chosen = assessment.target?.id
  return {
    target: report.targets.find((t) => t.id === chosen),
    targets: report.targets,
    indicatorId: report.indicatorId,
    indicator: report.indicator,
    unit: report.unit,
    unitName: report.unitName,
    series: report.series,
    assessment,
  }
}
