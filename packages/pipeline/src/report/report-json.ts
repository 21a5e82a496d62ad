/**
 * The report as JSON (`tiendo report --format json`): decimals as strings, messages in one
 * language, the shape that `json-schema/report.schema.json` documents.
 */

import type { DataPoint, FigureValue, Provenance, WithheldFigure } from '@tiendo/core'
import { toDecimalString } from '@tiendo/core'
import { flattenIssue } from '@tiendo/io/parse'
import type { RuleOutcome } from '@tiendo/rules'
import { serializeTargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { indicatorProgressJson, indicatorProgressOf } from './indicator-progress'
import { JsonList, jsonIndent, listsAsArrays, propertyChunks } from './json-chunks'
import type { PipelineReport, ReportSoFar } from './report'

/** Options of {@link reportToJson}. */
export interface ReportJsonOptions {
  /** The language of messages and hints. Defaults to `vi`. */
  readonly lang?: Language | undefined
  /** Indent the JSON. Defaults to `2`; `0` writes one line. */
  readonly indent?: number | undefined
}

const text = (value: FigureValue['value']) =>
  value === undefined ? undefined : toDecimalString(value)

function figureJson(figure: Pick<FigureValue, 'value' | 'qualifier' | 'low' | 'high'>) {
  return {
    ...(figure.value === undefined ? {} : { value: text(figure.value) }),
    ...(figure.qualifier === 'exact' ? {} : { qualifier: figure.qualifier }),
    ...(figure.low === undefined ? {} : { low: text(figure.low) }),
    ...(figure.high === undefined ? {} : { high: text(figure.high) }),
  }
}

function provenanceJson(provenance: Provenance) {
  return {
    method: provenance.method,
    rule: provenance.rule,
    ...(provenance.date === undefined ? {} : { date: provenance.date }),
    ...(provenance.coverage === undefined
      ? {}
      : {
          coverage: {
            expected: provenance.coverage.expected,
            reported: provenance.coverage.reported,
            share: toDecimalString(provenance.coverage.share),
            missing: provenance.coverage.missing,
          },
        }),
    inputs: provenance.inputs.map((input) => ({
      indicator: input.indicator,
      unit: input.unit,
      period: input.period,
      role: input.role,
      ...(input.figure === undefined ? {} : figureJson(input.figure)),
      ...(input.share === undefined ? {} : { share: toDecimalString(input.share) }),
      derived: input.derived,
      ...(input.location?.file === undefined ? {} : { file: input.location.file }),
      ...(input.location?.row === undefined ? {} : { row: input.location.row }),
      ...(input.location?.path === undefined ? {} : { path: input.location.path }),
    })),
  }
}

/** A derived figure as JSON. @internal */
export function derivedJson(point: DataPoint) {
  return {
    indicator: point.indicator,
    unit: point.unit,
    period: point.period,
    ...figureJson(point),
    derived: provenanceJson(point.derived!),
  }
}

function withheldJson(figure: WithheldFigure, lang: Language) {
  return {
    indicator: figure.indicator,
    unit: figure.unit,
    period: figure.period,
    method: figure.method,
    rule: figure.rule,
    reason: { code: figure.reason.code, message: figure.reason.message[lang] },
    ...(figure.coverage === undefined
      ? {}
      : {
          coverage: {
            expected: figure.coverage.expected,
            reported: figure.coverage.reported,
            share: toDecimalString(figure.coverage.share),
            missing: figure.coverage.missing,
          },
        }),
  }
}

/** A rule result as the JSON report (and `tiendo evaluate --format json`) writes it: decimals in its explanation are strings already. */
export function ruleResultJson(result: RuleOutcome, lang: Language) {
  return {
    rule: result.ruleId,
    unit: result.unit,
    period: result.period,
    outcome: result.outcome,
    severity: result.severity,
    ...(result.message ? { message: result.message[lang] } : {}),
    ...(result.skipReason ? { skipped: result.skipReason.code } : {}),
    conditions: result.conditions,
  }
}

/**
 * The report's JSON value with its long lists (issues, derived and withheld figures, failed
 * results, series) as {@link JsonList}s, each element made JSON only when it is written.
 * What is known before assessment comes first, so that it can be written while the targets
 * are assessed; the summary, which counts the assessments, comes last.
 */
function reportJsonParts(report: PipelineReport, lang: Language) {
  return { ...headJsonParts(report, lang), ...restJsonParts(report) }
}

/** The sections known once the rules are evaluated. */
function headJsonParts(report: ReportSoFar, lang: Language) {
  return {
    pack: report.pack,
    ...(report.generatedAt === undefined ? {} : { generatedAt: report.generatedAt }),
    valid: report.valid,
    cannotRead: report.cannotRead,
    validation: {
      valid: report.validation.valid,
      stats: report.validation.stats,
      issues: new JsonList(report.validation.issues, (issue) => flattenIssue(issue, lang)),
    },
    derived: {
      figures: new JsonList(report.derived.figures, derivedJson),
      withheld: new JsonList(report.derived.withheld, (figure) => withheldJson(figure, lang)),
    },
    rules: {
      ...report.rules,
      failed: new JsonList(failedResults(report), (result) => ruleResultJson(result, lang)),
    },
  }
}

/** The sections that need the assessments. */
function restJsonParts(report: PipelineReport) {
  return {
    targets: new JsonList(report.targets, serializeTargetReport),
    indicatorProgress: new JsonList(indicatorProgressOf(report.targets), indicatorProgressJson),
    datasets: report.datasets,
    summary: report.summary,
  }
}

/** The report as a JSON value (what {@link reportToJson} writes). */
export function reportJsonValue(report: PipelineReport, lang: Language = 'vi') {
  return listsAsArrays(reportJsonParts(report, lang))
}

function* failedResults(report: ReportSoFar): Generator<RuleOutcome> {
  for (const result of report.evaluation?.results ?? []) {
    if (result.outcome === 'failed') yield result
  }
}

/**
 * The report as JSON text: validity (data errors only), the data's issues in the flat form
 * of `validate --format json`, every derived figure with its provenance and every figure
 * withheld with its reason, the rules' summary and failures, every series assessed. Every
 * decimal is a string.
 */
export function reportToJson(report: PipelineReport, options: ReportJsonOptions = {}): string {
  return [...reportJsonChunks(report, options)].join('')
}

/**
 * The text of {@link reportToJson} in pieces (the sections' elements one by one), to write a
 * national report to a file or a stream without holding it whole as one string.
 */
export function* reportJsonChunks(
  report: PipelineReport,
  options: ReportJsonOptions = {},
): Generator<string> {
  yield* reportJsonHeadChunks(report, options)
  yield* reportJsonRestChunks(report, options)
}

/**
 * The first pieces of {@link reportJsonChunks}: every section known before assessment
 * (validation, derived figures, rules), from the report so far that the pipeline's
 * `whileAssessing` is given — so they are written while the targets are being assessed.
 * {@link reportJsonRestChunks} of the finished report writes the rest.
 *
 * @example
 * const file = createWriteStream('report.json')
 * const write = (pieces: Iterable<string>) => {
 *   for (const piece of pieces) file.write(piece)
 * }
 * const report = await runPipeline({
 *   pack: 'ninh-thuan',
 *   sources: [{ path: 'so-lieu.csv' }],
 *   whileAssessing: (soFar) => write(reportJsonHeadChunks(soFar)),
 * })
 * write(reportJsonRestChunks(report))
 * file.end()
 */
export function* reportJsonHeadChunks(
  report: ReportSoFar,
  options: ReportJsonOptions = {},
): Generator<string> {
  const indent = jsonIndent(options.indent ?? 2)
  yield* propertyChunks(headJsonParts(report, options.lang ?? 'vi'), indent, 0, HEAD)
}

/** The pieces of {@link reportJsonChunks} after {@link reportJsonHeadChunks}'s: the targets, the summary. */
export function* reportJsonRestChunks(
  report: PipelineReport,
  options: ReportJsonOptions = {},
): Generator<string> {
  yield* propertyChunks(restJsonParts(report), jsonIndent(options.indent ?? 2), 0, REST)
  yield '\n'
}

const HEAD = { opens: true, closes: false } as const
const REST = { opens: false, closes: true } as const
