/**
 * The report's counts of series by status: those with a target (`summary.targets`) and the
 * trends of those without (`summary.trends`), counted one series at a time, so a run that
 * writes its series as they are assessed counts them without keeping them. @internal
 */

import type { TargetReport } from '@tiendo/rules'
import type { StatusCounts } from './report'

/** @internal */
export class SeriesTally {
  private readonly withTarget: Record<string, number> = {}
  private readonly withoutTarget: Record<string, number> = {}

  /** Counts one series: a trend only when it has figures (an empty series has none). */
  add(series: TargetReport): void {
    this.addStatus(series.assessment.status, series.target !== undefined, series.series.length > 0)
  }

  /** Counts one series by what {@link SeriesTally.add} reads of it. */
  addStatus(status: string, withTarget: boolean, withFigures: boolean): void {
    if (withTarget) count(this.withTarget, status)
    else if (withFigures) count(this.withoutTarget, status)
  }

  /** Series with a target, by status. */
  get targets(): StatusCounts {
    return { ...this.withTarget }
  }

  /** Series without a target (trends), by status. */
  get trends(): StatusCounts {
    return { ...this.withoutTarget }
  }
}

function count(counts: Record<string, number>, status: string): void {
  counts[status] = (counts[status] ?? 0) + 1
}
