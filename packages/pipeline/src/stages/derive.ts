/**
 * The derive stage: what the pack declares and nobody submitted, from what validation kept
 * (core's `deriveFigures`): counts of records, aggregates up the unit tree, composites,
 * series carried across reorganisations. @internal
 */

import type { Dataset, DeriveResult, DeriveSteps, UnitRegistry } from '@tiendo/core'
import { deriveFigures } from '@tiendo/core'
import type { Pack } from '@tiendo/schema'
import type { IssueList } from '../read/issue-list'

/** @internal */
export function deriveStage(
  input: {
    readonly pack: Pack
    readonly units: UnitRegistry
    readonly dataset: Dataset
    readonly steps: boolean | DeriveSteps | undefined
  },
  issues: IssueList,
): DeriveResult {
  if (input.steps === false) {
    return { dataset: input.dataset, derived: [], withheld: [], issues: [] }
  }
  const derived = deriveFigures({
    dataset: input.dataset,
    units: input.units,
    indicators: input.pack.indicators ?? [],
    composites: input.pack.composites,
    minCoverage: input.pack.derive?.minCoverage,
    steps: input.steps === true || input.steps === undefined ? undefined : input.steps,
  })
  for (const issue of derived.issues) issues.add(issue)
  return derived
}
