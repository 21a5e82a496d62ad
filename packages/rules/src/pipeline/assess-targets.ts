/**
 * `assessTargets`: progress to every target of a pack, over a dataset — the `assess` step of
 * the pipeline, as `tiendo assess` and `tiendo report` run it.
 */

import type { Dataset } from '@tiendo/core'
import type { Pack } from '@tiendo/schema'
import type { AssessTargetsOptions } from './assess-options'
import { planAssessments, toTargetReport } from './assessment-plan'
import { assessSeries } from './series-assessment'
import type { TargetReport } from './target-report'

/**
 * Assesses progress to every target of a resolved pack (see `resolvePack`) over a dataset:
 * one report per series an assessable target applies to (an indicator for a unit, with all
 * its targets — 20% by 2025 and 30% by 2030 together, assessed against the next one still
 * ahead as Destatis does), and, unless turned off, one per other series on its trend alone.
 *
 * A target names its unit by a reference resolved in the target's period through the
 * registry (`58` by 2025 is Ninh Thuận; `56@2025-07-01` the merged Khánh Hòa); a target set
 * by a unit that has since ceased stays that unit's. A `unitKind` target applies to every
 * unit of the kind that reports the indicator or exists in the target's period. Of two
 * targets of one series due together, the unit's own wins over its kind's.
 *
 * Left out: targets with `eq` or `between` and indicators kept in a band (`target_band`),
 * which rules check; series of indicators the pack does not define. The methodology profile
 * is the target's, else the indicator's, else the pack's; the indicator's bounds go to the
 * assessment (they bound `logit` and flag projections beyond them).
 *
 * Deterministic: series in pack order of indicators, then registry order of units. Never
 * throws on data or pack content (refused input is `insufficient_data` with the reason).
 * Use {@link serializeTargetReport} for JSON.
 */
export function assessTargets(
  pack: Pack,
  dataset: Dataset,
  options: AssessTargetsOptions = {},
): TargetReport[] {
  return planAssessments(pack, dataset, options).map((planned) =>
    toTargetReport(planned, assessSeries(planned.input)),
  )
}
