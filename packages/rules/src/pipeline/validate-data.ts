import type { Dataset, LocatedObservation, LocatedRecord, UnitRegistry } from '@tiendo/core'
import { createDataset, createUnitRegistry } from '@tiendo/core'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import type { CompiledPack } from '../compile/compiled'
import type { Evaluation } from '../evaluate/outcome'
import { createRowChecker } from './check-rows'
import { checkDataQualityRules } from './check-rules'

/** What {@link validateData} checks. */
export interface ValidateDataInput {
  /** The resolved pack (its `extends` merged, see `resolvePack`). */
  readonly pack: Pack
  /** The same pack compiled (see `compilePack`), to run its data-quality rules. Defaults to none: no rules run. */
  readonly compiled?: CompiledPack | undefined
  readonly observations: readonly LocatedObservation[]
  /** Defaults to none. */
  readonly records?: readonly LocatedRecord[] | undefined
  /** The day nothing may lie after (`YYYY-MM-DD`). Defaults to today's local date. */
  readonly today?: string | undefined
}

/** What {@link validateData} found. */
export interface ValidateDataResult {
  /** `true` when no issue has severity `error`. */
  readonly valid: boolean
  /** Row checks first (in input order), then dataset issues, then failed rules. */
  readonly issues: TiendoIssue[]
  /** The observations and records that name something in the pack, indexed. */
  readonly dataset: Dataset
  readonly registry: UnitRegistry
  /** The data-quality rules' results, when `compiled` was given. */
  readonly evaluation?: Evaluation | undefined
}

/**
 * Validates a submission (observations and records with their source locations) against a
 * resolved pack. Browser-safe and file-free: reading is `@tiendo/io`'s.
 *
 * It reports: indicators the pack does not have (with the closest id as a hint); units
 * unknown or not valid in the period, duplicates and conflicts (by `createDataset`); values
 * outside the indicator's bounds; observations and records in the future; and the failures
 * of the pack's data-quality rules (see `isDataQualityRule`: completeness and targets are
 * `evaluate`'s, since a file holding only some indicators is a valid submission). A failed
 * rule's issue has the rule's id as its code and the rule's severity.
 */
export async function validateData(input: ValidateDataInput): Promise<ValidateDataResult> {
  const today = input.today ?? localToday()
  const checker = createRowChecker(input.pack, { today })
  const issues: TiendoIssue[] = []
  const observations: LocatedObservation[] = []
  for (const item of input.observations) {
    const checked = checker.observation(item)
    issues.push(...checked.issues)
    if (checked.keep) observations.push(item)
  }
  const records: LocatedRecord[] = []
  for (const item of input.records ?? []) {
    const checked = checker.record(item)
    issues.push(...checked.issues)
    if (checked.keep) records.push(item)
  }
  const registry = createUnitRegistry(input.pack.units ?? [])
  const built = createDataset({ observations, records, units: registry })
  issues.push(...built.issues)
  let evaluation: Evaluation | undefined
  if (input.compiled !== undefined) {
    const checked = await checkDataQualityRules(input.compiled, input.pack, built.dataset, registry)
    issues.push(...checked.issues)
    evaluation = checked.evaluation
  }
  return {
    valid: !issues.some((issue) => issue.severity === 'error'),
    issues,
    dataset: built.dataset,
    registry,
    evaluation,
  }
}

/** Today's date where the program runs, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
