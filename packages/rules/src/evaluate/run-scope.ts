import type { Unit } from '@tiendo/schema'
import type { CompiledRule } from '../compile/compiled'
import type { EngineSlot } from '../engine/engine-slot'
import type { CompiledFactRef, FactReference } from '../fact-ref'
import { describeUnit } from '../facts/unit-facts'
import { fillMessage } from '../placeholders'
import type { ScopeFacts } from '../scope-facts'
import { unitKey } from '../unit-validity'
import type { ResultNode } from './engine-result'
import { leavesOf, verdict } from './engine-result'
import { comparisonMissing, explain } from './explain'
import type { Group } from './group-scopes'
import type { ConditionExplanation, RuleOutcome } from './outcome'
import { missingInputs, skipReason } from './skip'

const NONE: readonly FactReference[] = Object.freeze([])

function references(missing: readonly CompiledFactRef[]): readonly FactReference[] {
  if (missing.length === 0) return NONE
  return missing.map((ref) =>
    ref.path === undefined
      ? { fact: ref.fact, params: ref.params }
      : { fact: ref.fact, params: ref.params, path: ref.path },
  )
}

function label(explanation: ConditionExplanation): string {
  if (explanation.name !== undefined) return explanation.name
  const subject = explanation.params.indicator ?? explanation.params.kind
  return subject === undefined ? explanation.fact : String(subject)
}

function failureMessage(
  rule: CompiledRule,
  unit: Unit,
  period: string,
  conditions: readonly ConditionExplanation[],
) {
  const described = describeUnit(unit)
  return fillMessage(rule.message, {
    unit: described.ref,
    unitName: described.name,
    unitKind: described.kind,
    period,
    rule: rule.id,
    failed: conditions.filter((c) => c.result === false || c.missing).map(label),
    comparison: (fact) => conditions.find((c) => c.fact === fact),
  })
}

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
 * Evaluates the rules of one scope: decides, per rule, whether missing inputs skip it, then
 * runs every rule left with one run of the engine, and explains each result.
 * @internal
 */
export async function runScope(
  slot: EngineSlot,
  rules: readonly CompiledRule[],
  group: Group,
  facts: ScopeFacts,
  results: RuleOutcome[][],
): Promise<void> {
  const { unit, period } = group
  const ref = unitKey(unit)
  const pending: number[] = []
  const pendingMissing: CompiledFactRef[][] = []
  const active: string[] = []
  for (let index = 0; index < group.entries.length; index++) {
    const entry = group.entries[index]!
    const rule = rules[entry.rule]!
    const missing = missingInputs(rule, facts)
    const skip = skipReason(rule.missing, rule.inputs.length, missing)
    if (skip === undefined) {
      pending.push(index)
      pendingMissing.push(missing)
      active.push(rule.id)
      continue
    }
    results[entry.rule]![entry.position] = {
      ruleId: rule.id,
      unit: ref,
      period,
      outcome: 'skipped',
      skipReason: skip,
      severity: rule.severity,
      conditions: explain(rule.comparisons, facts, undefined, missing),
      missing: references(missing),
    }
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
    const entry = group.entries[pending[i]!]!
    const rule = rules[entry.rule]!
    const missing = pendingMissing[i]!
    const result = found.get(rule.id)!
    const root = result.conditions as ResultNode
    const passed =
      missing.length === 0
        ? result.result === true
        : verdict(root, (leaf) => comparisonMissing(rule.comparisons[leaf]!, missing)) === true
    const conditions = explain(rule.comparisons, facts, leavesOf(root), missing)
    results[entry.rule]![entry.position] = passed
      ? {
          ruleId: rule.id,
          unit: ref,
          period,
          outcome: 'passed',
          severity: rule.severity,
          conditions,
          missing: references(missing),
        }
      : {
          ruleId: rule.id,
          unit: ref,
          period,
          outcome: 'failed',
          severity: rule.severity,
          message: failureMessage(rule, unit, period, conditions),
          conditions,
          missing: references(missing),
        }
  }
}
