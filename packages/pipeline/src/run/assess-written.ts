/**
 * Assessing for a run that writes its series: each series written and let go as soon as it
 * is assessed, in the report's order, counted for the summary. @internal
 */

import type { Assessment } from '@tiendo/forecast'
import type { PlannedAssessment, TargetReport } from '@tiendo/rules'
import { toTargetReport } from '@tiendo/rules'
import { SeriesTally } from '../report/series-tally'
import { type AssessmentRun, assessEachHere } from '../stages/assess'

/** What {@link assessWritten} assesses, and where it writes. @internal */
export interface WrittenAssessment {
  /**
   * The plan made whole, which `assessing` works on (empty with `each`): each entry is let go
   * (set to `undefined`) once its series is written.
   */
  readonly plan: (PlannedAssessment | undefined)[]
  /** The series planned one at a time, assessed on this thread instead of by `assessing`. */
  readonly each: Iterable<PlannedAssessment> | undefined
  readonly assessing: AssessmentRun
  /** Given each series as it is assessed. */
  readonly write: (series: TargetReport) => void
  /** Called once, before the first series is assessed. */
  readonly onStart: () => void
  readonly signal?: AbortSignal | undefined
}

/** Assesses every series, writes each as it comes, and gives them counted. @internal */
export async function assessWritten(input: WrittenAssessment): Promise<SeriesTally> {
  const { write } = input
  const tally = new SeriesTally()
  const take = (planned: PlannedAssessment, assessment: Assessment) => {
    const series = toTargetReport(planned, assessment)
    tally.add(series)
    write(series)
  }
  if (input.each !== undefined) {
    await assessEachHere(input.each, take, { signal: input.signal, onFirst: input.onStart })
    return tally
  }
  if (input.plan.length > 0) input.onStart()
  // A series written is let go, its plan too (the assessor is past it).
  const planned = input.plan
  await input.assessing.finish((assessment, i) => {
    take(planned[i]!, assessment)
    planned[i] = undefined
  })
  return tally
}
