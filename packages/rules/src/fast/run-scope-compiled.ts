import type { CompiledRuleInternal } from '../compile/compiled'
import type { ScopePlan } from '../evaluate/group-scopes'
import { judgedOutcome, skippedOutcome } from '../evaluate/rule-outcome'
import type { SharedExplanations } from '../evaluate/shared-explanations'
import { missingInputs, skipReason } from '../evaluate/skip'
import type { ScopeFacts } from '../scope-facts'
import { unitKey } from '../unit-validity'
import type { ConditionCheck, LeafResults } from './compile-conditions'

/**
 * Evaluates the rules of one scope with their compiled conditions, synchronously: per rule,
 * decides whether missing inputs skip it, else runs its conditions and explains the result —
 * the same steps, in the same order, as the engine path, so facts are computed (and a
 * failing one reported) alike. `leaves` is a buffer reused rule after rule. Passed results
 * explain their conditions only when `explainPassed`.
 * @internal
 */
export function runScopeCompiled(
  rules: readonly CompiledRuleInternal[],
  checks: readonly ConditionCheck[],
  plan: ScopePlan,
  group: number,
  facts: ScopeFacts,
  leaves: LeafResults,
  shared: SharedExplanations,
  explainPassed: boolean,
): void {
  const unit = plan.units[group]!
  const period = plan.periods[group]!
  const ref = unitKey(unit)
  const { entryRules, entryResults, results } = plan
  for (let entry = plan.starts[group]!; entry < plan.starts[group + 1]!; entry++) {
    const ruleIndex = entryRules[entry]!
    const rule = rules[ruleIndex]!
    const missing = missingInputs(rule, facts)
    const skip = skipReason(rule.missing, rule.inputs.length, missing)
    if (skip !== undefined) {
      results[entryResults[entry]!] = skippedOutcome(
        rule,
        ref,
        period,
        facts,
        missing,
        skip,
        shared,
      )
      continue
    }
    const result = leaves.result
    for (let leaf = 0; leaf < rule.comparisons.length; leaf++) result[leaf] = undefined
    const top = checks[ruleIndex]!(facts, leaves)
    results[entryResults[entry]!] = judgedOutcome(
      rule,
      unit,
      ref,
      period,
      facts,
      top,
      leaves,
      missing,
      shared,
      explainPassed,
    )
  }
}
