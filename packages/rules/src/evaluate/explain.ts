import { setOwnKey } from '@tiendo/schema/internal'
import { Decimal } from 'decimal.js'
import type { CompiledComparison } from '../compile/compiled'
import { decimalText } from '../decimal'
import type { CompiledFactRef } from '../fact-ref'
import type { LeafResults } from '../fast/compile-conditions'
import type { ScopeFacts } from '../scope-facts'
import type { ConditionExplanation, JsonValue } from './outcome'
import type { Draft, SharedExplanations } from './shared-explanations'

/**
 * The texts of the decimals last explained, by identity: decimals never change, and the same
 * one often comes back scope after scope (a count of 0 or 1), so its text is written once.
 */
const recentDecimals: (Decimal | undefined)[] = new Array(8).fill(undefined)
const recentTexts: string[] = new Array(8).fill('')
let recentNext = 0

function textOf(value: Decimal): string {
  for (let i = 0; i < recentDecimals.length; i++) {
    if (recentDecimals[i] === value) return recentTexts[i]!
  }
  const text = decimalText(value)
  recentDecimals[recentNext] = value
  recentTexts[recentNext] = text
  recentNext = (recentNext + 1) % recentDecimals.length
  return text
}

/** A value as results carry it: JSON, decimals as strings, missing as `null`. @internal */
export function toJson(value: unknown): JsonValue {
  if (value === undefined || value === null) return null
  if (value instanceof Decimal) return textOf(value)
  if (Decimal.isDecimal(value)) return decimalText(value as Decimal)
  if (typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (Array.isArray(value)) return value.map(toJson)
  if (typeof value === 'object') {
    const json: Record<string, JsonValue> = {}
    for (const [key, item] of Object.entries(value)) setOwnKey(json, key, toJson(item))
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

/** Per rule's comparisons, an explanation to copy per scope: what never changes, in order. */
const templates = new WeakMap<readonly CompiledComparison[], readonly Draft[]>()

function templatesOf(comparisons: readonly CompiledComparison[]): readonly Draft[] {
  let drafts = templates.get(comparisons)
  if (drafts !== undefined) return drafts
  drafts = comparisons.map((comparison) => {
    const { left, right } = comparison
    // In reading order (JSON output keeps it): where, what, found, expected, verdict.
    const draft: Partial<Draft> = { at: comparison.at }
    if (comparison.name !== undefined) draft.name = comparison.name
    draft.fact = left.fact
    draft.params = left.params
    if (left.path !== undefined) draft.path = left.path
    draft.operator = comparison.operator
    draft.actual = null
    draft.expected = null
    if (right !== undefined) {
      draft.expectedFact = Object.freeze(
        right.path === undefined
          ? { fact: right.fact, params: right.params }
          : { fact: right.fact, params: right.params, path: right.path },
      )
    }
    draft.result = null
    draft.missing = false
    return draft as Draft
  })
  templates.set(comparisons, drafts)
  return drafts
}

/**
 * Explains each comparison of a rule in a scope, from what its run found (`leaves`: each
 * comparison's fact value, compared value and verdict, by reading-order index), or, when the
 * rule was not run (`leaves` absent), from the scope's facts alone. Explanations that repeat
 * come from `shared`.
 * @internal
 */
export function explain(
  comparisons: readonly CompiledComparison[],
  facts: ScopeFacts,
  leaves: LeafResults | undefined,
  missingInputs: readonly CompiledFactRef[],
  shared: SharedExplanations,
): readonly ConditionExplanation[] {
  const drafts = templatesOf(comparisons)
  // Sized once: a growing array would take room for 17.
  const explanations: ConditionExplanation[] | undefined =
    comparisons.length === 1 ? undefined : new Array(comparisons.length)
  for (let index = 0; index < comparisons.length; index++) {
    const comparison = comparisons[index]!
    const { left, right } = comparison
    const result = leaves?.result[index]
    const missing = comparisonMissing(comparison, missingInputs)
    const evaluated = result !== undefined
    // Not evaluated (skipped, or the engine stopped early): the scope's cached facts say.
    const actual = evaluated ? leaves!.actual[index] : facts.read(left)
    const expected = evaluated
      ? leaves!.expected[index]
      : right === undefined
        ? comparison.value
        : facts.read(right)
    const one = shared.get(
      comparison,
      drafts[index]!,
      toJson(actual),
      toJson(expected),
      // A comparison over a missing value is undecided, whatever the operator returned.
      !evaluated || missing ? null : (result as boolean),
      missing,
    )
    if (explanations === undefined) return one
    explanations[index] = one[0]!
  }
  return explanations ?? []
}
