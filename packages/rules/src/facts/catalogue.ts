import type { FactDefinition } from './definition'
import {
  assessmentFact,
  cagrFact,
  gapFact,
  progressFact,
  projectedFact,
  requiredCagrFact,
  statusFact,
} from './progress-facts'
import { quotaMinimumFact, validityShareFact } from './quota-facts'
import { recordCountFact } from './record-facts'
import { targetFact } from './target-facts'
import { periodFact, unitFact } from './unit-facts'
import {
  changeFactorFact,
  childrenDifferenceFact,
  childrenSumFact,
  coverageFact,
  reportedFact,
  valueFact,
} from './value-facts'

/** Every fact a pack may name, by name. @internal */
export const FACTS: ReadonlyMap<string, FactDefinition> = new Map(
  [
    valueFact,
    reportedFact,
    changeFactorFact,
    coverageFact,
    childrenSumFact,
    childrenDifferenceFact,
    recordCountFact,
    validityShareFact,
    quotaMinimumFact,
    targetFact,
    assessmentFact,
    statusFact,
    progressFact,
    gapFact,
    cagrFact,
    requiredCagrFact,
    projectedFact,
    unitFact,
    periodFact,
  ].map((fact) => [fact.name, fact]),
)

/** The names of the facts a pack may use in conditions. */
export const FACT_NAMES: readonly string[] = [...FACTS.keys()]
