import { toDecimalString, toExact } from '@tiendo/core'
import type { AssessmentJson } from '@tiendo/forecast'
import { serializeAssessment } from '@tiendo/forecast'
import { assessmentJsonText } from '@tiendo/forecast/internal'
import type { Target, Unit } from '@tiendo/schema'
import type { PlannedAssessment } from './assessment-plan'
import type { ReportedPoint, TargetReport } from './target-report'

/** A target as JSON carries it: its value as a decimal string. */
export interface TargetJson {
  readonly id: string
  readonly comparator: Target['comparator']
  readonly value: string
  readonly by: string
  readonly baseYear?: string | undefined
  /** Its legal source, as the pack wrote it: one text, or `{ vi, en }`. */
  readonly source?: Target['source']
}

/** A {@link TargetReport} as JSON carries it: every decimal a string. */
export interface TargetReportJson {
  readonly indicator: string
  readonly unit: string
  readonly unitName: Unit['name']
  /** The id of the target assessed against; null for a trend. */
  readonly target: string | null
  readonly targets: readonly TargetJson[]
  readonly series: readonly ReportedPoint[]
  readonly assessment: AssessmentJson
}

function targetJson(target: Target): TargetJson {
  return {
    id: target.id,
    comparator: target.comparator,
    value: toDecimalString(toExact(target.value)),
    by: target.by,
    ...(target.baseYear === undefined ? {} : { baseYear: target.baseYear }),
    ...(target.source === undefined ? {} : { source: target.source }),
  }
}

/**
 * Each target's JSON made once, for the texts below only (they never hand it out): a pack's
 * targets recur in every series they apply to.
 */
const targetJsons = new WeakMap<Target, TargetJson>()

function sharedTargetJson(target: Target): TargetJson {
  let json = targetJsons.get(target)
  if (json === undefined) {
    json = targetJson(target)
    targetJsons.set(target, json)
  }
  return json
}

/**
 * The JSON form of a target report (what `tiendo assess --format json` prints per series):
 * decimals as plain strings, never exponent notation; absent fields left out.
 */
export function serializeTargetReport(report: TargetReport): TargetReportJson {
  return {
    indicator: report.indicatorId,
    unit: report.unit,
    unitName: report.unitName,
    target: report.target?.id ?? null,
    targets: report.targets.map(targetJson),
    series: report.series,
    assessment: serializeAssessment(report.assessment),
  }
}

/**
 * `JSON.stringify(serializeTargetReport(toTargetReport(planned, assessment)))`, given the
 * assessment already as its JSON text (`JSON.stringify(serializeAssessment(assessment))`) and
 * the id of the target it was assessed against: what a thread that did not assess the series
 * writes of it, byte for byte. @internal
 */
export function targetReportJsonText(
  planned: PlannedAssessment,
  assessedTarget: string | null,
  assessmentText: string,
): string {
  const { report } = planned
  const target = report.targets.find((target) => target.id === assessedTarget)?.id ?? null
  return reportText(report, target, assessmentText)
}

/**
 * `JSON.stringify(serializeTargetReport(report))`, the assessment written without its JSON
 * form's copy: what a report writes of a series assessed on this thread. @internal
 */
export function targetReportText(report: TargetReport): string {
  return reportText(report, report.target?.id ?? null, assessmentJsonText(report.assessment))
}

/**
 * The JSON text of a series' report from its plan's report, the id of the target assessed
 * against and the assessment's JSON text, which comes last.
 */
function reportText(
  report: PlannedAssessment['report'],
  target: string | null,
  assessment: string,
): string {
  const head: Omit<TargetReportJson, 'assessment'> = {
    indicator: report.indicatorId,
    unit: report.unit,
    unitName: report.unitName,
    target,
    targets: report.targets.map(sharedTargetJson),
    series: report.series,
  }
  const text = JSON.stringify(head)
  return `${text.slice(0, -1)},"assessment":${assessment}}`
}
