/**
 * `tiendo assess` in the formats that show no series whole (JSON, and the CI formats):
 * each series is written to disk (JSON only) and made an issue when it is off track as soon
 * as it is assessed, then let go. A national run so never holds its series: at eight times
 * national, holding them took 1.6 GB.
 */

import { flattenIssue, sortIssues } from '@tiendo/io'
import {
  type AssessStageOptions,
  indicatorProgressJson,
  indicatorProgressOf,
  type NodePipelineOptions,
  type PipelineReport,
  readsIndicatorProgress,
  runPipeline,
} from '@tiendo/pipeline'
// One bundle: its `jsonPieces` knows its own `JsonList` and the spool's `JsonLines` only.
import { fileSpool, JsonList, jsonPieces } from '@tiendo/pipeline/internal'
import type { TargetReport } from '@tiendo/rules'
import { targetReportText } from '@tiendo/rules/internal'
import type { Language, TiendoIssue } from '@tiendo/schema'
import { FIGURES_NOT_SHOWN } from '../input/figures-not-shown'
import { locateTargetIssues, targetIssue } from './target-issues'

/** A run assessed with its series written as they came. */
export interface WrittenAssessment {
  /** The run's report: its `targets` is empty, its summary counts every series. */
  readonly report: PipelineReport
  /** The data's issues and the targets' (off track, or failing `--fail-on`), in order. */
  readonly issues: readonly TiendoIssue[]
  /**
   * The JSON of `tiendo assess --format json`, in pieces, its series the bytes written to
   * disk.
   */
  jsonPieces(lang: Language): Iterable<string | Uint8Array>
  /** Removes what was written to disk. */
  close(): Promise<void>
}

/**
 * Assesses every target (or the series `assessed` names) without evaluating the rules, as
 * `tiendo assess` does; with `json`, each series is written to the system's temporary folder
 * for {@link WrittenAssessment.jsonPieces}, else only its issue is kept.
 */
export async function assessWritten(
  input: NodePipelineOptions,
  assessed: Pick<AssessStageOptions, 'indicators' | 'targets'>,
  failing: ReadonlySet<string> | undefined,
  json: boolean,
): Promise<WrittenAssessment> {
  const spool = json ? fileSpool(undefined, 'assess') : undefined
  const targets = spool?.writer('targets')
  const openSdg: TargetReport[] = []
  const targetIssues: TiendoIssue[] = []
  let report: PipelineReport
  try {
    try {
      report = await runPipeline({
        ...input,
        evaluate: false,
        // What the series read: all of it unless `assessed` names some.
        derive: { ...FIGURES_NOT_SHOWN, checkedOnly: true },
        assess: {
          ...assessed,
          onSeries(series) {
            targets?.write(targetReportText(series))
            if (json && readsIndicatorProgress(series)) openSdg.push(series)
            const issue = targetIssue(series, failing)
            if (issue !== undefined) targetIssues.push(issue)
          },
        },
      })
    } finally {
      targets?.close()
    }
  } catch (error) {
    await spool?.close()
    throw error
  }
  locateTargetIssues(targetIssues, report.dataset)
  const issues = sortIssues([...report.validation.issues, ...targetIssues])
  return {
    report,
    issues,
    *jsonPieces(lang) {
      // One series a line, as the run wrote it; nothing else of the report is long.
      const body = {
        valid: report.valid,
        pack: { id: report.pack.id, version: report.pack.version },
        stats: report.validation.stats,
        targets: spool?.lines('targets') ?? [],
        indicatorProgress: new JsonList(indicatorProgressOf(openSdg), indicatorProgressJson),
        issues: new JsonList(issues, (issue) => flattenIssue(issue, lang)),
      }
      yield* jsonPieces(body, 2, { lines: true })
      yield '\n'
    },
    close: async () => spool?.close(),
  }
}
