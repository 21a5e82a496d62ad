import type { CompiledComparison } from '../compile/compiled'
import type { ConditionExplanation, JsonValue } from './outcome'

/** How many distinct values a comparison shares explanations for, per evaluation. */
const MAX_SHARED = 1024

/** A JSON value that is not an array or object: what explanations are shared for. */
type Scalar = string | number | boolean | null

const isScalar = (value: JsonValue): value is Scalar => value === null || typeof value !== 'object'

/** An explanation being filled in: its properties exist, in order, from its template. */
export type Draft = { -readonly [K in keyof ConditionExplanation]: ConditionExplanation[K] }

/** A comparison's explanation: a copy of its template (which keeps its shape), filled in. */
function explanation(
  template: Draft,
  actual: JsonValue,
  expected: JsonValue,
  result: boolean | null,
  missing: boolean,
): ConditionExplanation {
  const filled: Draft = { ...template }
  filled.actual = actual
  filled.expected = expected
  filled.result = result
  filled.missing = missing
  return filled
}

/** Per found value, per expected value, the explanation for each verdict × missing. */
type Table = Map<Scalar, Map<Scalar, (readonly ConditionExplanation[] | undefined)[]>>

interface Slot {
  table: Table | undefined
  size: number
}

/**
 * The explanations of an evaluation that repeat, made once and shared: a national evaluation
 * explains the same comparison with the same values (a count of 0, a status) over and over,
 * and millions of identical objects would be most of its memory. Each shared explanation is
 * frozen (results are read-only: one changed would change them all); it is equal to the one
 * it stands for, property by property and in the same order. Only explanations of scalar
 * values are shared, at most {@link MAX_SHARED} values per comparison. One instance per
 * evaluation, so evaluations share nothing.
 * @internal
 */
export class SharedExplanations {
  private readonly slots = new Map<CompiledComparison, Slot>()

  /**
   * A comparison's explanation from its template and these values — the shared one when it
   * exists — wrapped in a one-element array (a rule with one comparison uses it as is).
   */
  get(
    comparison: CompiledComparison,
    template: Draft,
    actual: JsonValue,
    expected: JsonValue,
    result: boolean | null,
    missing: boolean,
  ): readonly ConditionExplanation[] {
    const variants = this.variantsOf(comparison, actual, expected)
    if (variants === undefined) return [explanation(template, actual, expected, result, missing)]
    const at = (result === true ? 0 : result === false ? 1 : 2) + (missing ? 3 : 0)
    let shared = variants[at]
    if (shared === undefined) {
      shared = Object.freeze([
        Object.freeze(explanation(template, actual, expected, result, missing)),
      ])
      variants[at] = shared
    }
    return shared
  }

  /** Where the shared explanations of these values go, when they are shared. */
  private variantsOf(
    comparison: CompiledComparison,
    actual: JsonValue,
    expected: JsonValue,
  ): (readonly ConditionExplanation[] | undefined)[] | undefined {
    // Map keys hold 0 and -0 the same; explanations must not.
    if (!isScalar(actual) || !isScalar(expected) || actual === 0 || expected === 0) return
    let slot = this.slots.get(comparison)
    if (slot === undefined) {
      slot = { table: new Map(), size: 0 }
      this.slots.set(comparison, slot)
    }
    const table = slot.table
    if (table === undefined) return
    let byExpected = table.get(actual)
    let variants = byExpected?.get(expected)
    if (variants !== undefined) return variants
    if (slot.size >= MAX_SHARED) {
      // Too many distinct values to be worth sharing: stop looking them up.
      slot.table = undefined
      return
    }
    slot.size++
    if (byExpected === undefined) {
      byExpected = new Map()
      table.set(actual, byExpected)
    }
    variants = []
    byExpected.set(expected, variants)
    return variants
  }
}
