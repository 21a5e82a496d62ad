/**
 * Where a run writes its long lists as it goes, in the report's order: its report then keeps
 * none of its derived figures, rule results and series (those lists are empty; its summary
 * counts them all). @internal
 */

import type { DataPoint } from '@tiendo/core'
import type { PlannedAssessment, RuleOutcome, TargetReport } from '@tiendo/rules'
import type { AssessedElsewhere } from '../stages/assessed-elsewhere'

/** @internal */
export interface ReportWriter {
  /** Each derived figure as it is derived, whole with its provenance. */
  figure(point: DataPoint): void
  /** Each failed rule result, once the rules are evaluated. */
  failed(result: RuleOutcome): void
  /** Each series as it is assessed. */
  series(series: TargetReport): void
  /**
   * Each series assessed on another thread, its assessment still JSON text: a writer of JSON
   * writes it as it is. Without it, the assessment is made again for `series`.
   */
  seriesElsewhere?(planned: PlannedAssessment, assessed: AssessedElsewhere): void
}
