import type { Condition, TopLevelCondition } from '@tiendo/schema'
import type { CompiledComparison } from '../compile/compiled'
import { OPERATORS } from '../operators'
import type { ScopeFacts } from '../scope-facts'

/**
 * What a run of a rule's conditions found, per comparison in reading order: the fact's value,
 * the value it was compared against, and the verdict — `undefined` when the comparison was
 * not evaluated (json-rules-engine stopped before it). The same buffer serves rule after
 * rule: `result` is cleared before each run, the others are read only where it is set.
 * @internal
 */
export interface LeafResults {
  readonly actual: unknown[]
  readonly expected: unknown[]
  readonly result: unknown[]
}

/**
 * A compiled condition: evaluates over a scope's facts and records each comparison it
 * evaluates. Returns what json-rules-engine's own evaluation would resolve to.
 * @internal
 */
export type ConditionCheck = (facts: ScopeFacts, out: LeafResults) => unknown

/** A condition's place in json-rules-engine's order: higher runs sooner, 1 by default. */
function priorityOf(condition: Condition): number {
  // As json-rules-engine reads it: `parseInt(priority) || fact priority` (ours are all 1).
  const written = (condition as { priority?: unknown }).priority
  return Number.parseInt(String(written), 10) || 1
}

const always = () => true

/** A comparison: reads its fact (and the fact it is compared with), applies the operator. */
function compileComparison(comparison: CompiledComparison, index: number): ConditionCheck {
  const operator = OPERATORS.get(comparison.operator)
  if (operator === undefined) throw new Error(`Unknown operator: ${comparison.operator}`)
  const evaluate = operator.evaluate
  const { left, right } = comparison
  if (right === undefined) {
    const literal = comparison.value
    return (facts, out) => {
      const actual = facts.read(left)
      const result = evaluate(actual, literal)
      out.actual[index] = actual
      out.expected[index] = literal
      out.result[index] = result
      return result
    }
  }
  return (facts, out) => {
    const actual = facts.read(left)
    const expected = facts.read(right)
    const result = evaluate(actual, expected)
    out.actual[index] = actual
    out.expected[index] = expected
    out.result[index] = result
    return result
  }
}

/**
 * `all`/`any` as json-rules-engine runs them (`prioritizeAndRun`): none is true, one is that
 * one's own result, several are grouped by priority, highest first; every condition of a
 * group is evaluated, and the next group only if the verdict is still open.
 */
function compileGroup(checks: ConditionCheck[], priorities: number[], any: boolean) {
  if (checks.length === 0) return always
  if (checks.length === 1) return checks[0]!
  const levels = [...new Set(priorities)].sort((a, b) => b - a)
  const sets = levels.map((level) => checks.filter((_, i) => priorities[i] === level))
  if (sets.length === 1) {
    const set = sets[0]!
    return any
      ? (facts: ScopeFacts, out: LeafResults) => {
          let some = false
          for (let i = 0; i < set.length; i++) if (set[i]!(facts, out) === true) some = true
          return some
        }
      : (facts: ScopeFacts, out: LeafResults) => {
          let every = true
          for (let i = 0; i < set.length; i++) if (set[i]!(facts, out) !== true) every = false
          return every
        }
  }
  return (facts: ScopeFacts, out: LeafResults) => {
    for (const set of sets) {
      let decided = false
      for (let i = 0; i < set.length; i++) {
        if ((set[i]!(facts, out) === true) === any) decided = true
      }
      if (decided) return any
    }
    return !any
  }
}

/**
 * Compiles a rule's conditions into one function with json-rules-engine's semantics exactly:
 * the same operators, the same order and short-circuits (see {@link compileGroup}), `not`
 * negating, and nested `all`/`any`/`not` holding only a result that is `true`. Comparisons
 * are numbered in reading order, as the rule's compiled comparisons are.
 * @internal
 */
export function compileConditions(
  conditions: TopLevelCondition,
  comparisons: readonly CompiledComparison[],
): ConditionCheck {
  let next = 0
  // `nested`: json-rules-engine records `=== true` for a nested all/any/not; the root's
  // verdict is returned as it came.
  const walk = (node: Condition, nested: boolean): ConditionCheck => {
    let check: ConditionCheck
    if (Object.hasOwn(node, 'all') || Object.hasOwn(node, 'any')) {
      const any = Object.hasOwn(node, 'any')
      const children = any ? (node as { any: Condition[] }).any : (node as { all: Condition[] }).all
      // Compiled in reading order, so comparison numbers follow it whatever the priorities.
      const checks = children.map((child) => walk(child, true))
      check = compileGroup(checks, children.map(priorityOf), any)
    } else if (Object.hasOwn(node, 'not')) {
      const inner = walk((node as { not: Condition }).not, true)
      check = (facts, out) => !inner(facts, out)
    } else {
      const index = next++
      const comparison = comparisons[index]
      if (comparison === undefined) throw new Error('compileConditions: comparisons out of step')
      return compileComparison(comparison, index)
    }
    if (!nested) return check
    const inner = check
    return (facts, out) => inner(facts, out) === true
  }
  const check = walk(conditions as Condition, false)
  if (next !== comparisons.length) throw new Error('compileConditions: comparisons out of step')
  return check
}
