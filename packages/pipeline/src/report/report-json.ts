/**
 * The report as JSON (`tiendo report --format json`): decimals as strings, messages in one
 * language, the shape that `json-schema/report.schema.json` documents.
 */

import type {
  DataPoint,
  DerivationMethod,
  FigureValue,
  Provenance,
  ProvenanceInput,
  ProvenanceRole,
  WithheldFigure,
} from '@tiendo/core'
import { toDecimalString } from '@tiendo/core'
import { flattenIssue } from '@tiendo/io/parse'
import type { RuleOutcome, TargetReport } from '@tiendo/rules'
import { serializeTargetReport } from '@tiendo/rules'
import type { Language, Qualifier } from '@tiendo/schema'
import { indicatorProgressJson, indicatorProgressOf } from './indicator-progress'
import { JsonList, jsonChunks, jsonPieces, listsAsArrays } from './json-chunks'
import type { JsonLines } from './json-lines'
import type { PipelineReport } from './report'

/** Options of {@link reportToJson}. */
export interface ReportJsonOptions {
  /** The language of messages and hints. Defaults to `vi`. */
  readonly lang?: Language | undefined
  /** Indent the JSON. Defaults to `2`; `0` writes one line. */
  readonly indent?: number | undefined
  /**
   * Each element of a list (an issue, a derived figure, a failed result, a series) on one
   * line of its own, without spaces: the outer objects stay indented, and a national report
   * is about half the size. Defaults to `true`; `false` indents inside the elements too
   * (exactly `JSON.stringify(value, null, indent)`).
   */
  readonly lines?: boolean | undefined
}

const text = (value: FigureValue['value']) =>
  value === undefined ? undefined : toDecimalString(value)

// Derived figures are the longest list of a national report (a count of records names each
// record): their JSON is built by assignment, field after field in the documented order,
// since spreading into an object literal is a slow path in V8.

/** The JSON of a figure's value, qualifier and ends. */
interface FigureFields {
  value?: string | undefined
  qualifier?: Exclude<Qualifier, 'exact'> | undefined
  low?: string | undefined
  high?: string | undefined
}

/** A figure's value, qualifier and ends, written onto `json`. */
function writeFigure(
  json: FigureFields,
  figure: Pick<FigureValue, 'value' | 'qualifier' | 'low' | 'high'>,
): void {
  if (figure.value !== undefined) json.value = text(figure.value)
  if (figure.qualifier !== 'exact') json.qualifier = figure.qualifier
  if (figure.low !== undefined) json.low = text(figure.low)
  if (figure.high !== undefined) json.high = text(figure.high)
}

type DerivedJson = ReturnType<typeof derivedJson>

function provenanceJson(provenance: Provenance): DerivedJson['derived'] {
  const json = provenanceHead(provenance)
  json.inputs = provenance.inputs.map(inputJson)
  return json as DerivedJson['derived']
}

/** A provenance's fields but its inputs, which come last. */
function provenanceHead(provenance: Provenance): Partial<DerivedJson['derived']> {
  // Built in the documented order of its fields, the required ones among them.
  const json: Partial<DerivedJson['derived']> = { method: provenance.method, rule: provenance.rule }
  if (provenance.date !== undefined) json.date = provenance.date
  if (provenance.coverage !== undefined) {
    json.coverage = {
      expected: provenance.coverage.expected,
      reported: provenance.coverage.reported,
      share: toDecimalString(provenance.coverage.share),
      missing: provenance.coverage.missing,
    }
  }
  return json
}

function inputJson(input: ProvenanceInput): DerivedJson['derived']['inputs'][number] {
  const json: Partial<DerivedJson['derived']['inputs'][number]> = {
    indicator: input.indicator,
    unit: input.unit,
    period: input.period,
    role: input.role,
  }
  if (input.figure !== undefined) writeFigure(json, input.figure)
  if (input.share !== undefined) json.share = toDecimalString(input.share)
  json.derived = input.derived
  const location = input.location
  if (location?.file !== undefined) json.file = location.file
  if (location?.row !== undefined) json.row = location.row
  if (location?.path !== undefined) json.path = location.path
  return json as DerivedJson['derived']['inputs'][number]
}

/** A derived figure as JSON. @internal */
export function derivedJson(point: DataPoint): {
  indicator: string
  unit: string
  period: string
  value?: string | undefined
  qualifier?: Exclude<Qualifier, 'exact'> | undefined
  low?: string | undefined
  high?: string | undefined
  derived: {
    method: DerivationMethod
    rule: string
    date?: string | undefined
    coverage?:
      | { expected: number; reported: number; share: string; missing: readonly string[] }
      | undefined
    inputs: {
      indicator: string
      unit: string
      period: string
      role: ProvenanceRole
      value?: string | undefined
      qualifier?: Exclude<Qualifier, 'exact'> | undefined
      low?: string | undefined
      high?: string | undefined
      share?: string | undefined
      derived: boolean
      file?: string | undefined
      row?: number | undefined
      path?: string | undefined
    }[]
  }
} {
  const json = figureHead(point)
  json.derived = provenanceJson(point.derived!)
  return json as DerivedJson
}

/** A derived figure's fields but its provenance, which comes last. */
function figureHead(point: DataPoint): Partial<DerivedJson> {
  const json: Partial<DerivedJson> = {
    indicator: point.indicator,
    unit: point.unit,
    period: point.period,
  }
  writeFigure(json, point)
  return json
}

/** A provenance that writes its own inputs' JSON text: a count of records'. */
interface InputsAsText {
  inputsJsonText(): string
}

function writesInputs(provenance: Provenance): provenance is Provenance & InputsAsText {
  return typeof (provenance as Partial<InputsAsText>).inputsJsonText === 'function'
}

/**
 * `JSON.stringify(derivedJson(point))`; a count of records has its inputs' text written
 * from the dataset's columns, without an object made for each record it lists. @internal
 */
export function derivedJsonText(point: DataPoint): string {
  const provenance = point.derived!
  if (!writesInputs(provenance)) return JSON.stringify(derivedJson(point))
  const json = figureHead(point)
  json.derived = provenanceHead(provenance) as DerivedJson['derived']
  // The inputs come last in the provenance, and the provenance last in the figure.
  const text = JSON.stringify(json)
  return `${text.slice(0, -2)},"inputs":${provenance.inputsJsonText()}}}`
}

/** A withheld figure as JSON, its reason in one language. @internal */
export function withheldJson(figure: WithheldFigure, lang: Language) {
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

/** What a JSON report says besides its long lists. @internal */
export type ReportJsonHead = Pick<
  PipelineReport,
  'pack' | 'generatedAt' | 'valid' | 'cannotRead' | 'scope' | 'summary' | 'rules' | 'datasets'
> & { readonly validation: Pick<PipelineReport['validation'], 'valid' | 'stats'> }

/**
 * The long lists of a JSON report, each a {@link JsonList} (its elements made JSON when they
 * are written). @internal
 */
export type ReportJsonLists = Readonly<
  Record<'issues' | 'figures' | 'withheld' | 'failed' | 'targets' | 'indicatorProgress', object>
>

/** The JSON report's value, in the shape `json-schema/report.schema.json` documents. @internal */
export function reportJsonOf<L extends ReportJsonLists>(head: ReportJsonHead, lists: L) {
  return {
    pack: head.pack,
    ...(head.generatedAt === undefined ? {} : { generatedAt: head.generatedAt }),
    valid: head.valid,
    cannotRead: head.cannotRead,
    ...(head.scope === undefined ? {} : { scope: head.scope }),
    summary: head.summary,
    validation: {
      valid: head.validation.valid,
      stats: head.validation.stats,
      issues: lists.issues as L['issues'],
    },
    derived: { figures: lists.figures as L['figures'], withheld: lists.withheld as L['withheld'] },
    rules: { ...head.rules, failed: lists.failed as L['failed'] },
    targets: lists.targets as L['targets'],
    indicatorProgress: lists.indicatorProgress as L['indicatorProgress'],
    datasets: head.datasets,
  }
}

/**
 * A report's derived figures, failed rule results and series written as the run went (its
 * lists of them are then empty): each one's JSON text, in order, and the series its
 * indicators' Open SDG status reads. @internal
 */
export interface WrittenLists {
  /** The derived figures' texts. */
  readonly figures: JsonLines
  /** The failed rule results' texts (messages in the run's language). */
  readonly failed: JsonLines
  /** The series' texts. */
  readonly targets: JsonLines
  readonly openSdg: readonly TargetReport[]
}

/**
 * The report's JSON value with its long lists (issues, derived and withheld figures, failed
 * results, series) as {@link JsonList}s, each element made JSON only when it is written.
 */
function reportJsonParts(report: PipelineReport, lang: Language) {
  return reportJsonOf(report, reportLists(report, lang))
}

/** The long lists of {@link reportJsonParts}. */
function reportLists(report: PipelineReport, lang: Language) {
  // Made apart from the call, so each list's element type is its own, not the parameter's.
  const lists = {
    issues: new JsonList(report.validation.issues, (issue) => flattenIssue(issue, lang)),
    figures: new JsonList(report.derived.figures, derivedJson),
    withheld: new JsonList(report.derived.withheld, (figure) => withheldJson(figure, lang)),
    failed: new JsonList(failedResults(report), (result) => ruleResultJson(result, lang)),
    targets: new JsonList(report.targets, serializeTargetReport),
    indicatorProgress: new JsonList(indicatorProgressOf(report.targets), indicatorProgressJson),
  }
  return lists
}

/** {@link reportJsonParts} with the figures, failed results and series a run wrote as it went. */
function writtenReportJsonParts(report: PipelineReport, lang: Language, written: WrittenLists) {
  return reportJsonOf(report, {
    ...reportLists(report, lang),
    figures: written.figures,
    failed: written.failed,
    targets: written.targets,
    indicatorProgress: new JsonList(indicatorProgressOf(written.openSdg), indicatorProgressJson),
  })
}

/** The report as a JSON value (what {@link reportToJson} writes). */
export function reportJsonValue(report: PipelineReport, lang: Language = 'vi') {
  return listsAsArrays(reportJsonParts(report, lang))
}

/** The report's failed rule results. @internal */
export function* failedResults(report: PipelineReport): Generator<RuleOutcome> {
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
  yield* chunksOf(reportJsonParts(report, options.lang ?? 'vi'), options)
}

/**
 * {@link reportJsonChunks} of a report whose derived figures, failed results and series the
 * run wrote as it went (those lists are empty): the same text. @internal
 */
export function* writtenReportJsonPieces(
  report: PipelineReport,
  options: ReportJsonOptions,
  written: WrittenLists,
): Generator<string | Uint8Array> {
  const value = writtenReportJsonParts(report, options.lang ?? 'vi', written)
  yield* jsonPieces(value, options.indent ?? 2, { lines: options.lines ?? true })
  yield '\n'
}

function* chunksOf(value: unknown, options: ReportJsonOptions): Generator<string> {
  yield* jsonChunks(value, options.indent ?? 2, { lines: options.lines ?? true })
  yield '\n'
}
