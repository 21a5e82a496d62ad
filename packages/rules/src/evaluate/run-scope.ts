import type { CompiledRuleInternal } from '../compile/compiled'
import type { EngineSlot } from '../engine/engine-slot'
import type { CompiledFactRef } from '../fact-ref'
import type { ScopeFacts } from '../scope-facts'
import { unitKey } from '../unit-validity'
import type { ConditionNode } from './engine-result'
import { leavesOf } from './engine-result'
import type { ScopePlan } from './group-scopes'
import { judgedOutcome, skippedOutcome } from './rule-outcome'
import type { SharedExplanations } from './shared-explanations'
import { missingInputs, skipReason } from './skip'

/** An engine result: the rule's name, verdict and conditions as the engine left them. */
interface EngineRuleResult {
  readonly name: string
  readonly result: unknown
  readonly conditions: unknown
}

/** The engine's results by rule id. */
function byRule(run: {
  results: EngineRuleResult[]
  failureResults: EngineRuleResult[]
}): Map<string, EngineRuleResult> {
  const found = new Map<string, EngineRuleResult>()
  for (const result of run.results) found.set(result.name, result)
  for (const result of run.failureResults) found.set(result.name, result)
  return found
}

/**
 * Evaluates the rules of one scope with json-rules-engine (the reference the compiled path
 * is tested against): decides, per rule, whether missing inputs skip it, then runs every
 * rule left with one run of the engine, and explains each result (passed ones only when
 * `explainPassed`).
 * @internal
 */
export async function runScopeWithEngine(
  slot: EngineSlot,
  rules: readonly CompiledRuleInternal[],
  plan: ScopePlan,
  group: number,
  facts: ScopeFacts,
  shared: SharedExplanations,
  explainPassed: boolean,
): Promise<void> {
  const unit = plan.units[group]!
  const period = plan.periods[group]!
  const ref = unitKey(unit)
  const { entryRules, entryResults, results } = plan
  const pending: number[] = []
  const pendingMissing: CompiledFactRef[][] = []
  const active: string[] = []
  for (let entry = plan.starts[group]!; entry < plan.starts[group + 1]!; entry++) {
    const rule = rules[entryRules[entry]!]!
    const missing = missingInputs(rule, facts)
    const skip = skipReason(rule.missing, rule.inputs.length, missing)
    if (skip === undefined) {
      pending.push(entry)
      pendingMissing.push(missing)
      active.push(rule.id)
      continue
    }
    results[entryResults[entry]!] = skippedOutcome(rule, ref, period, facts, missing, skip, shared)
  }
  if (pending.length === 0) return
  slot.scope = facts
  slot.activate(active)
  const run = (await slot.engine.run()) as unknown as {
    results: EngineRuleResult[]
    failureResults: EngineRuleResult[]
  }
  const found = byRule(run)
  for (let i = 0; i < pending.length; i++) {
    const entry = pending[i]!
    const rule = rules[entryRules[entry]!]!
    const result = found.get(rule.id)!
    const leaves = leavesOf(result.conditions as ConditionNode)
    results[entryResults[entry]!] = judgedOutcome(
      rule,
      unit,
      ref,
      period,
      facts,
      result.result,
      leaves,
      pendingMissing[i]!,
      shared,
      explainPassed,
    )
  }
}
