/**
 * `runPipelineToJson` in Node: a run whose series are written to the system's temporary
 * folder as they are assessed, and its JSON report read back from there.
 */

import { serializeTargetReport, type TargetReport } from '@tiendo/rules'
import { readsIndicatorProgress } from '../report/indicator-progress'
import type { PipelineReport, ReportSummary, RulesSummary } from '../report/report'
import { type ReportJsonOptions, writtenReportJsonChunks } from '../report/report-json'
import { runPipelineWith, type SeriesWriter } from '../run/run-pipeline'
import { fileSpool } from './file-spool'
import { type NodePipelineOptions, nodeHost } from './run-pipeline-node'

/** What {@link runPipelineToJson} takes: what `runPipeline` takes, and where series wait. */
export interface ToJsonOptions extends NodePipelineOptions {
  /**
   * The folder the series wait in until the report is written (a folder of its own is made
   * there and removed by `close`). Defaults to the system's temporary folder.
   */
  readonly spoolFolder?: string | undefined
}

/** A run's JSON report, written on demand: its answers, and its text. */
export interface ReportToJson {
  /** No data error. */
  readonly valid: boolean
  /** A source could not be read, or not to its end. */
  readonly cannotRead: boolean
  /** The report's counts: data issues, rule results, series by status, derived figures. */
  readonly summary: ReportSummary
  /** The rule results, counted (the report's `rules`). */
  readonly rules: RulesSummary
  /**
   * The text `reportJsonChunks` writes of the run's report (messages in the run's `lang`),
   * in pieces, its series read back from disk as they are written.
   */
  jsonChunks(options?: Pick<ReportJsonOptions, 'indent' | 'lines'>): Generator<string>
  /** Removes the series written to disk. */
  close(): Promise<void>
}

/**
 * Runs the whole job, as `runPipeline` does, for its JSON report: each series is written to
 * disk as soon as it is assessed and let go, so a national run never holds all its series
 * (with their plan, the largest part of what a run holds at its end). The text is the one
 * `reportJsonChunks` writes of `runPipeline`'s report, byte for byte. Call `close` when it
 * is written.
 *
 * @example
 * const report = await runPipelineToJson({ pack: 'vn-national', sources })
 * try {
 *   await pipeline(Readable.from(report.jsonChunks()), createWriteStream('bao-cao.json'))
 * } finally {
 *   await report.close()
 * }
 */
export async function runPipelineToJson(options: ToJsonOptions): Promise<ReportToJson> {
  const spool = fileSpool(options.spoolFolder, 'series')
  try {
    const lines = spool.writer('targets')
    const openSdg: TargetReport[] = []
    const writer: SeriesWriter = {
      write(series) {
        if (readsIndicatorProgress(series)) openSdg.push(series)
        lines.write(JSON.stringify(serializeTargetReport(series)))
      },
    }
    let report: PipelineReport
    try {
      report = await runPipelineWith(nodeHost(options), options, undefined, writer)
    } finally {
      lines.close()
    }
    const written = { texts: () => spool.texts('targets'), openSdg }
    return {
      valid: report.valid,
      cannotRead: report.cannotRead,
      summary: report.summary,
      rules: report.rules,
      jsonChunks: (json = {}) =>
        writtenReportJsonChunks(report, { ...json, lang: options.lang }, written),
      close: () => spool.close(),
    }
  } catch (error) {
    await spool.close()
    throw error
  }
}
