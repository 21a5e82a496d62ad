/**
 * The validate stage after reading: what indexing the rows kept found (units resolved in
 * their periods, duplicates and conflicts refused), then the pack's data-quality rules over
 * what was submitted. Everything refused is quarantined: counted, named by its issue, used by nothing.
 * @internal
 */

import type {
  DataOutside,
  DataPoint,
  Dataset,
  DatasetResult,
  UnitRegistry,
  UnitScope,
} from '@tiendo/core'
import { datasetWithPoints } from '@tiendo/core'
import type { CompiledPack, Evaluation, ExplainMode } from '@tiendo/rules'
import { checkDataQualityRules, ruleIssue } from '@tiendo/rules/internal'
import type { Pack } from '@tiendo/schema'
import type { IssueList } from '../read/issue-list'
import type { RefusedRows } from '../read/refused-rows'
import { insideOf } from './scope-stages'

/** What the validate stage keeps. @internal */
export interface Validated {
  readonly dataset: Dataset
  /** Observations and records the dataset refused (units, conflicts). */
  readonly refused: number
  /** The data-quality rules' results (their failures are among the issues already). */
  readonly dataQuality: Evaluation | undefined
}

/** @internal */
export async function validateStage(
  input: {
    readonly pack: Pack
    readonly compiled: CompiledPack
    readonly units: UnitRegistry
    /** The rows kept, indexed as they were read. */
    readonly built: DatasetResult
    /** How many rows were kept (added to the dataset). */
    readonly kept: number
    /** Rows their own checks refused, their units checked as they were (to name every problem). */
    readonly refused: RefusedRows
    /** Whether every source was read whole: rules judge nothing read in part. */
    readonly complete: boolean
    /** Which data-quality results carry their conditions (as the evaluate stage's). */
    readonly explain: ExplainMode
    /** The part of the unit tree the run is limited to. */
    readonly scope?: UnitScope | undefined
    /** What the data outside the part say (with `scope`). */
    readonly outside?: DataOutside | undefined
    /**
     * Figures submitted for units outside the part, kept by their own part's run: the top of
     * a national run in parts reads its provinces' figures (see `GivenFigures`).
     */
    readonly given?: readonly DataPoint[] | undefined
  },
  issues: IssueList,
): Promise<Validated> {
  const { built } = input
  issues.addFound(input.refused.issues.list, input.refused.issues.leftOut())
  issues.addFound(built.issues, built.issuesLeftOut)
  const left = built.issuesLeftOut?.byCode
  let duplicates = (left?.duplicate_observation ?? 0) + (left?.duplicate_record ?? 0)
  for (const { code } of built.issues) {
    if (code === 'duplicate_observation' || code === 'duplicate_record') duplicates++
  }
  const indexed = built.dataset.size + built.dataset.countRecords()
  const refused = input.kept - indexed - duplicates
  const dataset = datasetWithPoints(built.dataset, input.given ?? [], input.units).dataset
  let dataQuality: Evaluation | undefined
  if (input.complete) {
    const rules = await checkDataQualityRules(input.compiled, input.pack, dataset, input.units, {
      explain: input.explain,
      units: insideOf(input.scope),
      outside: input.outside,
    })
    for (const issue of rules.issues) issues.add(issue)
    const { indicators } = input.pack
    for (const result of rules.failed) {
      issues.addLazily(result.severity, () => ruleIssue(result, dataset, indicators))
    }
    dataQuality = rules.evaluation
  }
  return { dataset, refused: Math.max(0, refused), dataQuality }
}
