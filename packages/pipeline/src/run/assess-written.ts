/**
 * Assessing for a run that writes its series: each series written and let go as soon as it
 * is assessed, in the report's order, counted for the summary. @internal
 */

import type { Assessment } from '@tiendo/forecast'
import type { PlannedAssessment, TargetReport } from '@tiendo/rules'
import { toTargetReport } from '@tiendo/rules'
import { SeriesTally } from '../report/series-tally'
import {
  type AssessEach,
  type AssessmentRun,
  assessEachHere,
  type PlanToAssess,
} from '../stages/assess'
import { type AssessedElsewhere, assessmentFrom } from '../stages/assessed-elsewhere'

/** What {@link assessWritten} assesses, and where it writes. @internal */
export interface WrittenAssessment {
  /**
   * The plan made whole, which `assessing` works on (empty with `each`): each entry is let go
   * (set to `undefined`) once its series is written.
   */
  readonly plan: (PlannedAssessment | undefined)[]
  /** The series planned one at a time, assessed by `assessEach` instead of by `assessing`. */
  readonly each: PlanToAssess | undefined
  readonly assessing: AssessmentRun
  /** Assesses `each`. Defaults to one series after another on this thread. */
  readonly assessEach?: AssessEach | undefined
  /** Given each series as it is assessed. */
  readonly write: (series: TargetReport) => void
  /**
   * Given each series assessed on another thread instead of `write`, its assessment left as
   * JSON text. Without it, the assessment is made again for `write`.
   */
  readonly writeElsewhere?:
    | ((planned: PlannedAssessment, assessed: AssessedElsewhere) => void)
    | undefined
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
    const options = { signal: input.signal, onFirst: input.onStart }
    const { writeElsewhere } = input
    const assessEach = input.assessEach ?? assessEachHere
    await assessEach(
      input.each,
      (planned, assessed) => {
        if (!isElsewhere(assessed)) take(planned, assessed)
        else if (writeElsewhere === undefined) take(planned, assessmentFrom(assessed))
        else {
          const { report } = planned
          const withTarget = report.targets.some((target) => target.id === assessed.target)
          tally.addStatus(assessed.status, withTarget, report.series.length > 0)
          writeElsewhere(planned, assessed)
        }
      },
      options,
    )
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

function isElsewhere(assessed: Assessment | AssessedElsewhere): assessed is AssessedElsewhere {
  return typeof (assessed as Partial<AssessedElsewhere>).json === 'string'
}
