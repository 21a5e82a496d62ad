/**
 * The assess stage: every target of the pack (and every other series' trend) over the
 * figures submitted and derived, planned here and computed by the entry's assessor — on
 * this thread in a browser, on every core in Node. @internal
 */

import type { Dataset, UnitRegistry, UnitScope } from '@tiendo/core'
import type { Assessment } from '@tiendo/forecast'
import type { PlannedAssessment } from '@tiendo/rules'
import { assessSeries } from '@tiendo/rules'
import { planSeries, type SeriesPlan } from '@tiendo/rules/internal'
import type { Language, Pack } from '@tiendo/schema'
import { checkpoint } from '../run/checkpoint'
import type { AssessStageOptions } from '../run/options'
import type { AssessedElsewhere } from './assessed-elsewhere'
import { insideOf } from './scope-stages'

/**
 * Where assessments go one by one, in plan order, when a run does not keep them all: its
 * series are written as they are assessed. @internal
 */
export type TakeAssessment = (assessment: Assessment, index: number) => void

/** Assessments under way: their results in plan order, or a stop. @internal */
export interface AssessmentRun {
  /** Every assessment in plan order; with `take`, each handed to it instead (the list is then empty). */
  finish(take?: TakeAssessment): Promise<Assessment[]>
  cancel(): Promise<void>
}

/**
 * Starts assessing a plan; the run joins in when it calls `finish`, which rejects with the
 * signal's reason once it is aborted. @internal
 */
export type Assessor = (
  plan: readonly PlannedAssessment[],
  signal?: AbortSignal | undefined,
) => AssessmentRun

/**
 * Assesses series as they are planned, possibly on other threads, handing each over in plan
 * order: assessed here, or on another thread with its assessment left as JSON text. @internal
 */
export type AssessEach = (
  each: PlanToAssess,
  take: (planned: PlannedAssessment, assessed: Assessment | AssessedElsewhere) => void,
  options: { readonly signal?: AbortSignal | undefined; readonly onFirst?: () => void },
) => Promise<void>

/**
 * Series to assess one at a time, and how many the plan considers when that is known before
 * the first (a plan's size decides whether other threads are worth starting). @internal
 */
export type PlanToAssess = Iterable<PlannedAssessment> & Partial<Pick<SeriesPlan, 'considered'>>

/** Series assessed between two checkpoints on this thread: a few tens of milliseconds. */
const SERIES_PER_CHECKPOINT = 256

/** Assesses one series after another on this thread, hearing a stop between batches. @internal */
export const assessHere: Assessor = (plan, signal) => ({
  async finish(take) {
    const assessments: Assessment[] = []
    let index = 0
    const hand = (_: PlannedAssessment, assessment: Assessment) => {
      if (take === undefined) assessments.push(assessment)
      else take(assessment, index)
      index++
    }
    await assessEachHere(plan, hand, { signal })
    return assessments
  },
  cancel: async () => {},
})

/**
 * Plans, assesses and hands over one series after another on this thread, hearing a stop
 * between batches: neither the plan nor the assessments are ever held whole. @internal
 */
export async function assessEachHere(
  plan: Iterable<PlannedAssessment>,
  take: (planned: PlannedAssessment, assessment: Assessment) => void,
  options: { readonly signal?: AbortSignal | undefined; readonly onFirst?: () => void } = {},
): Promise<void> {
  let count = 0
  for (const planned of plan) {
    if (count === 0) options.onFirst?.()
    else if (count % SERIES_PER_CHECKPOINT === 0) await checkpoint(options.signal)
    take(planned, assessSeries(planned.input))
    count++
  }
}

/**
 * The series to assess (every target of the pack, and every other series' trend), planned
 * one at a time as they are asked for; how many are considered is known at once. @internal
 */
export function planStage(
  pack: Pack,
  dataset: Dataset,
  units: UnitRegistry,
  lang: Language,
  options: AssessStageOptions,
  scope?: UnitScope,
): SeriesPlan {
  return planSeries(pack, dataset, {
    registry: units,
    lang,
    targets: options.targets,
    indicators: options.indicators,
    withoutTargets: options.withoutTargets,
    method: options.method,
    // Each agency's products a year are among the derived figures, judged by quota rules:
    // at national scale their trends would be a quarter of all series.
    withoutRecordCountTrends: true,
    units: insideOf(scope),
  })
}
