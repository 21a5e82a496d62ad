import type { PipelineReport } from '@tiendo/pipeline'
import { ExitCode } from '../exit-codes'

/** What a run's exit code rests on: a report, or a report made in parts. */
export type ExitCodeInput = Pick<PipelineReport, 'cannotRead' | 'valid' | 'rules' | 'summary'>

/**
 * The exit code of a data command: 2 when a file could not be read whole, 1 when the data
 * has an error or a rule of severity `error` failed (or, with `failing`, a target's status
 * is one it names), else 0.
 */
export function exitCodeOf(report: ExitCodeInput, failing?: ReadonlySet<string>): number {
  if (report.cannotRead) return ExitCode.cannotRun
  if (!report.valid || report.rules.failedBySeverity.error > 0) return ExitCode.failed
  // The series with a target, counted by status.
  const offTrack =
    failing !== undefined &&
    Object.entries(report.summary.targets).some(
      ([status, count]) => count > 0 && failing.has(status),
    )
  return offTrack ? ExitCode.failed : ExitCode.ok
}
