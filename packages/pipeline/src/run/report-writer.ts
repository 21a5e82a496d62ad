/**
 * Where a run writes its long lists as it goes, in the report's order: its report then keeps
 * none of its derived figures, rule results and series (those lists are empty; its summary
 * counts them all). @internal
 */

import type { DataPoint } from '@tiendo/core'
import type { RuleOutcome, TargetReport } from '@tiendo/rules'

/** @internal */
export interface ReportWriter {
  /** Each derived figure as it is derived, whole with its provenance. */
  figure(point: DataPoint): void
  /** Each failed rule result, once the rules are evaluated. */
  failed(result: RuleOutcome): void
  /** Each series as it is assessed. */
  series(series: TargetReport): void
}
