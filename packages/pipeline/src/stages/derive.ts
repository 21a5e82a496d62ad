/**
 * The derive stage: what the pack declares and nobody submitted, from what validation kept
 * (core's `deriveFigures`): counts of records, aggregates up the unit tree, composites,
 * series carried across reorganisations. @internal
 */

import type {
  DataOutside,
  DataPoint,
  Dataset,
  DeriveResult,
  DeriveSteps,
  UnitRegistry,
} from '@tiendo/core'
import { deriveFigures } from '@tiendo/core'
import type { CompiledPack } from '@tiendo/rules'
import { indicatorsRead } from '@tiendo/rules/internal'
import type { Pack } from '@tiendo/schema'
import type { IssueList } from '../read/issue-list'
import type { ScopeFilter } from '../read/scope-filter'
import type { AssessStageOptions } from '../run/options'

/** @internal */
export function deriveStage(
  input: {
    readonly pack: Pack
    readonly units: UnitRegistry
    readonly dataset: Dataset
    readonly steps: boolean | DeriveSteps | undefined
    /** The part of the unit tree the run is limited to: figures of other units are dropped. */
    readonly scope?: ScopeFilter | undefined
    /** What the data outside the part say (with `scope`). */
    readonly outside?: DataOutside | undefined
    /**
     * Given each figure of the part as it is derived, whole: the result's `derived` is then
     * empty, and its dataset keeps the figures without their inputs (see `deriveFigures`).
     */
    readonly write?: ((point: DataPoint) => void) | undefined
  },
  issues: IssueList,
): DeriveResult {
  if (input.steps === false) {
    return { dataset: input.dataset, derived: [], withheld: [], issues: [] }
  }
  const { scope, write } = input
  // Units above the part (the country over one province) were derived from it alone.
  const inside = (figure: { readonly unit: string }) =>
    scope === undefined || scope.scope.hasKey(figure.unit)
  const derived = deriveFigures({
    dataset: input.dataset,
    units: input.units,
    indicators: input.pack.indicators ?? [],
    composites: input.pack.composites,
    minCoverage: input.pack.derive?.minCoverage,
    steps: input.steps === true || input.steps === undefined ? undefined : input.steps,
    outside: input.outside,
    // Past the report's cap an issue is counted, never worded; a part's are filtered first.
    addIssue:
      scope === undefined ? (severity, make) => issues.addLazily(severity, make) : undefined,
    writeFigure:
      write === undefined
        ? undefined
        : (point) => {
            if (inside(point)) write(point)
          },
  })
  if (scope === undefined) {
    for (const issue of derived.issues) issues.add(issue)
    return derived
  }
  for (const issue of derived.issues) {
    if (scope.issue(issue)) issues.add(issue)
  }
  return {
    ...derived,
    derived: derived.derived.filter(inside),
    withheld: derived.withheld.filter(inside),
  }
}

/**
 * The steps a run derives. With `checkedOnly`, a run that evaluates its rules derives what
 * they read as well, and a run that assesses the series it assesses, so every result and
 * every assessment is the one deriving everything gives. The periods of a rule that names
 * none stay the data's: a derived figure only ever takes a period its inputs have, and a
 * count of records the years its records span, so leaving one out narrows nothing.
 * @internal
 */
export function stepsOfRun<Steps extends DeriveSteps>(
  steps: boolean | Steps | undefined,
  run: {
    /** The rules the run evaluates; `undefined` when it evaluates none. */
    readonly rules: CompiledPack | undefined
    /** The indicators the run assesses: `'all'`, or these (none when it assesses none). */
    readonly assessed: 'all' | readonly string[]
  },
): boolean | Steps | undefined {
  if (typeof steps !== 'object' || steps.checkedOnly !== true) return steps
  const read = run.rules === undefined ? [] : indicatorsRead(run.rules)
  if (run.assessed === 'all' || read === undefined) return { ...steps, checkedOnly: false }
  const also = [...read, ...run.assessed]
  return also.length === 0
    ? steps
    : { ...steps, alsoDerive: [...(steps.alsoDerive ?? []), ...also] }
}

/**
 * The indicators a run assesses: those of the targets it names (of the indicators it
 * names, if it names both), else the indicators it names, else all; none when it does not
 * assess. @internal
 */
export function assessedIndicators(
  pack: Pack,
  assess: boolean | Pick<AssessStageOptions, 'targets' | 'indicators'> | undefined,
): 'all' | readonly string[] {
  if (assess === false) return []
  if (assess === true || assess === undefined) return 'all'
  if (assess.targets !== undefined) {
    const named = new Set(assess.targets)
    const ofTargets = (pack.targets ?? [])
      .filter((target) => named.has(target.id))
      .map((target) => target.indicator)
    return assess.indicators === undefined
      ? ofTargets
      : ofTargets.filter((id) => assess.indicators!.includes(id))
  }
  return assess.indicators ?? 'all'
}
