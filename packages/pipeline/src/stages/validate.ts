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
  LocatedObservation,
  LocatedRecord,
  UnitRegistry,
  UnitScope,
} from '@tiendo/core'
import { datasetWithPoints } from '@tiendo/core'
import type { CompiledPack, Evaluation, ExplainMode } from '@tiendo/rules'
import { checkDataQualityRules, ruleIssue } from '@tiendo/rules/internal'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import type { IssueList } from '../read/issue-list'
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
    /** Rows their own checks refused: their units are still checked, to name every problem. */
    readonly refused: readonly (LocatedObservation | LocatedRecord)[]
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
  for (const row of input.refused) {
    for (const issue of unitIssues(row, input.units)) issues.add(issue)
  }
  let duplicates = 0
  for (const issue of built.issues) {
    if (issue.code === 'duplicate_observation' || issue.code === 'duplicate_record') duplicates++
    issues.add(issue)
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

/** The problems with the unit a refused row names (it is used by nothing either way). */
function unitIssues(row: LocatedObservation | LocatedRecord, units: UnitRegistry): TiendoIssue[] {
  if ('observation' in row) {
    const { observation, location } = row
    return [
      ...units.resolve(observation.unit, observation.period, {
        location,
        indicator: observation.indicator,
      }).issues,
    ]
  }
  const { record, location } = row
  if (units.at(record.unit, record.date) !== undefined) return []
  // Resolved over the record's month only to word the error, as the dataset does.
  return units
    .resolve(record.unit, record.date.slice(0, 7), { location })
    .issues.filter((issue) => issue.severity === 'error')
}
