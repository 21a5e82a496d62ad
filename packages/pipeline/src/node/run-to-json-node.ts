/**
 * `runPipelineToJson` in Node: a run whose long lists (derived figures, failed results,
 * series) are written to the system's temporary folder as they are made, and its JSON report
 * read back from there.
 */

import { type TargetReport, toTargetReport } from '@tiendo/rules'
import { targetReportJsonText, targetReportText } from '@tiendo/rules/internal'
import type { SpoolWriter } from '../parts/report-spool'
import { readsIndicatorProgress } from '../report/indicator-progress'
import { piecesAsText } from '../report/json-chunks'
import type { PipelineReport, ReportSummary, RulesSummary } from '../report/report'
import {
  derivedJsonText,
  type ReportJsonOptions,
  ruleResultJson,
  type WrittenLists,
  writtenReportJsonPieces,
} from '../report/report-json'
import type { ReportWriter } from '../run/report-writer'
import { runPipelineWith } from '../run/run-pipeline'
import { assessmentFrom } from '../stages/assessed-elsewhere'
import { fileSpool } from './file-spool'
import { fullCollection } from './full-collection'
import { type NodePipelineOptions, nodeHost } from './run-pipeline-node'

/** What {@link runPipelineToJson} takes: what `runPipeline` takes, and where its lists wait. */
export interface ToJsonOptions extends NodePipelineOptions {
  /**
   * The folder the long lists wait in until the report is written (a folder of its own is made
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
   * in pieces, its long lists read back from disk as they are written.
   */
  jsonChunks(options?: Pick<ReportJsonOptions, 'indent' | 'lines'>): Generator<string>
  /**
   * {@link ReportToJson.jsonChunks} with the long lists' lines as the UTF-8 bytes they were
   * written in. A piece of bytes is valid only until the next piece is asked for (its memory
   * is read into again): write each before asking for the next, as `writeSync` does. A
   * stream that buffers what it is given (`Readable.from`) needs {@link ReportToJson.jsonChunks}.
   * @internal
   */
  jsonPieces(options?: Pick<ReportJsonOptions, 'indent' | 'lines'>): Generator<string | Uint8Array>
  /** Removes what was written to disk. */
  close(): Promise<void>
}

/**
 * Runs the whole job, as `runPipeline` does, for its JSON report, writing its long lists to
 * disk as it goes: each derived figure as soon as it is derived (the run keeps it without
 * its inputs), the failed rule results once evaluated (the run keeps none), each series as
 * soon as it is assessed (let go with its plan). A national run so never holds its figures'
 * provenance, its rule results or its series at once. The text is the one
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
  const spool = fileSpool(options.spoolFolder, 'report')
  try {
    const lang = options.lang ?? 'vi'
    const figures = spool.writer('figures')
    const failed = spool.writer('failed')
    const targets = spool.writer('targets')
    const openSdg: TargetReport[] = []
    const writeSeries = (series: TargetReport) => {
      if (readsIndicatorProgress(series)) openSdg.push(series)
      targets.write(targetReportText(series))
    }
    const writer: ReportWriter = {
      figure(point) {
        figures.write(derivedJsonText(point))
      },
      failed(result) {
        failed.write(JSON.stringify(ruleResultJson(result, lang)))
      },
      series: writeSeries,
      seriesElsewhere(planned, assessed) {
        // The indicators' progress reads the assessment itself.
        if (assessed.profile === 'opensdg')
          writeSeries(toTargetReport(planned, assessmentFrom(assessed)))
        else targets.write(targetReportJsonText(planned, assessed.target, assessed.json))
      },
    }
    let report: PipelineReport
    try {
      const host = { ...nodeHost(options), collect: fullCollection }
      report = await runPipelineWith(host, options, undefined, writer)
    } finally {
      closeAll([figures, failed, targets])
    }
    const written: WrittenLists = {
      figures: spool.lines('figures'),
      failed: spool.lines('failed'),
      targets: spool.lines('targets'),
      openSdg,
    }
    const pieces = (json: Pick<ReportJsonOptions, 'indent' | 'lines'> = {}) =>
      writtenReportJsonPieces(report, { ...json, lang }, written)
    return {
      valid: report.valid,
      cannotRead: report.cannotRead,
      summary: report.summary,
      rules: report.rules,
      jsonChunks: (json) => piecesAsText(pieces(json)),
      jsonPieces: pieces,
      close: () => spool.close(),
    }
  } catch (error) {
    await spool.close()
    throw error
  }
}

/** Closes every writer, even when one fails to (the first failure is thrown). */
function closeAll(writers: readonly SpoolWriter[]): void {
  let failure: unknown
  for (const writer of writers) {
    try {
      writer.close()
    } catch (error) {
      failure ??= error
    }
  }
  if (failure !== undefined) throw failure
}
