import type { PipelineReport } from '@tiendo/pipeline'
import { ExitCode } from '../exit-codes'

/**
 * The exit code of a data command: 2 when a file could not be read whole, 1 when the data
 * has an error or a rule of severity `error` failed (or, with `failing`, a target's status
 * is one it names), else 0.
 */
export function exitCodeOf(report: PipelineReport, failing?: ReadonlySet<string>): number {
  if (report.cannotRead) return ExitCode.cannotRun
  if (!report.valid || report.rules.failedBySeverity.error > 0) return ExitCode.failed
  const offTrack =
    failing !== undefined &&
    report.targets.some(
      (series) => series.target !== undefined && failing.has(series.assessment.status),
    )
  return offTrack ? ExitCode.failed : ExitCode.ok
}
