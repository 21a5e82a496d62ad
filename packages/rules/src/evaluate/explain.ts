import { Decimal } from 'decimal.js'
import type { CompiledComparison } from '../compile/compiled'
import { decimalText } from '../decimal'
import type { CompiledFactRef } from '../fact-ref'
import type { ScopeFacts } from '../scope-facts'
import type { ConditionExplanation, JsonValue } from './outcome'

/** A value as results carry it: JSON, decimals as strings, missing as `null`. @internal */
export function toJson(value: unknown): JsonValue {
  if (value === undefined || value === null) return null
  if (value instanceof Decimal || Decimal.isDecimal(value)) return decimalText(value as Decimal)
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (Array.isArray(value)) return value.map(toJson)
  if (typeof value === 'object') {
    const json: Record<string, JsonValue> = {}
    for (const [key, item] of Object.entries(value)) json[key] = toJson(item)
    return json
  }
  return null
}

/**
 * Whether a comparison's fact, or the fact it compares against, is among a rule's missing
 * inputs in a scope.
 * @internal
 */
export function comparisonMissing(
  comparison: CompiledComparison,
  missing: readonly CompiledFactRef[],
): boolean {
  return (
    missing.length > 0 &&
    (missing.includes(comparison.left) ||
      (comparison.right !== undefined && missing.includes(comparison.right)))
  )
}

/** What the engine wrote onto one comparison of a rule result. */
export interface EngineLeaf {
  readonly factResult?: unknown
  readonly valueResult?: unknown
  readonly result?: boolean | undefined
}

/**
 * Explains each comparison of a rule in a scope, from what the engine wrote onto its
 * conditions (`factResult`, `valueResult`, `result`), or, when the rule was not run
 * (`leaves` absent), from the scope's facts alone.
 * @internal
 */
export function explain(
  comparisons: readonly CompiledComparison[],
  facts: ScopeFacts,
  leaves: readonly EngineLeaf[] | undefined,
  missingInputs: readonly CompiledFactRef[],
): ConditionExplanation[] {
  const explanations: ConditionExplanation[] = new Array(comparisons.length)
  for (let index = 0; index < comparisons.length; index++) {
    const comparison = comparisons[index]!
    const { left, right } = comparison
    const leaf = leaves?.[index]
    const missing = comparisonMissing(comparison, missingInputs)
    const evaluated = leaf !== undefined && leaf.result !== undefined
    // Not evaluated (skipped, or the engine stopped early): the scope's cached facts say.
    const actual = evaluated ? leaf.factResult : facts.read(left)
    const expected = evaluated
      ? leaf.valueResult
      : right === undefined
        ? comparison.value
        : facts.read(right)
    // Built in reading order (JSON output keeps it): where, what, found, expected, verdict.
    const explanation: Mutable<ConditionExplanation> = { at: comparison.at }
    if (comparison.name !== undefined) explanation.name = comparison.name
    explanation.fact = left.fact
    explanation.params = left.params
    if (left.path !== undefined) explanation.path = left.path
    explanation.operator = comparison.operator
    explanation.actual = toJson(actual)
    explanation.expected = toJson(expected)
    if (right !== undefined) {
      explanation.expectedFact =
        right.path === undefined
          ? { fact: right.fact, params: right.params }
          : { fact: right.fact, params: right.params, path: right.path }
    }
    // A comparison over a missing value is undecided, whatever the operator returned.
    explanation.result = !evaluated || missing ? null : leaf.result!
    explanation.missing = missing
    explanations[index] = explanation as ConditionExplanation
  }
  return explanations
}

/** An explanation being built, property by property. */
type Mutable<T> = { -readonly [K in keyof T]?: T[K] } & Pick<T, 'at' & keyof T>
