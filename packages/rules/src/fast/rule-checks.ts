import type { CompiledRuleInternal } from '../compile/compiled'
import type { ConditionCheck } from './compile-conditions'
import { compileConditions } from './compile-conditions'

/** Each rule's conditions compiled once, on first evaluation; never changed after. */
const compiled = new WeakMap<CompiledRuleInternal, ConditionCheck>()

/**
 * The compiled conditions of a rule (see {@link compileConditions}), built the first time a
 * rule is evaluated and shared by every evaluation after: a check holds no state of its own,
 * so concurrent evaluations may share it.
 * @internal
 */
export function ruleCheck(rule: CompiledRuleInternal): ConditionCheck {
  let check = compiled.get(rule)
  if (check === undefined) {
    check = compileConditions(rule.rule.conditions, rule.comparisons)
    compiled.set(rule, check)
  }
  return check
}
