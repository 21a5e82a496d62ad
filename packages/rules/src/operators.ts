import type { Decimal } from 'decimal.js'
import { readDecimal } from './decimal'
import { compareDecimals } from './fast/compare-decimals'

/**
 * What the `value` of a condition must be for an operator, checked when a pack is loaded:
 * a decimal (or a fact), a `[low, high]` pair of decimals, a list, or anything.
 */
export type OperatorValueKind = 'decimal' | 'decimal_pair' | 'list' | 'any'

/** An operator a pack may name in a condition. */
export interface OperatorDefinition {
  /** The name conditions use: `decimalGte`. */
  readonly name: string
  /** What the condition's `value` must be. */
  readonly value: OperatorValueKind
  /** Whether the fact's value must read as a decimal (facts of text are refused at load time). */
  readonly decimalFact: boolean
  /** Compares a fact's value with the condition's value; never throws. */
  readonly evaluate: (factValue: unknown, compareTo: unknown) => boolean
}

/** Decimals of the texts conditions compare against, parsed once (they repeat every scope). */
const literals = new Map<string, Decimal | undefined>()
const MAX_LITERALS = 10_000

function readLiteral(value: unknown): Decimal | undefined {
  if (typeof value !== 'string') return readDecimal(value)
  let decimal = literals.get(value)
  if (decimal === undefined && !literals.has(value)) {
    decimal = readDecimal(value)
    if (literals.size < MAX_LITERALS) literals.set(value, decimal)
  }
  return decimal
}

function compare(name: string, test: (order: number) => boolean): OperatorDefinition {
  const evaluate = (factValue: unknown, compareTo: unknown): boolean => {
    const left = readDecimal(factValue)
    const right = readLiteral(compareTo)
    // A missing or unreadable value never satisfies a comparison, not even "not equal".
    if (left === undefined || right === undefined) return false
    return test(compareDecimals(left, right))
  }
  return { name, value: 'decimal', decimalFact: true, evaluate }
}

function between(factValue: unknown, compareTo: unknown): boolean {
  if (!Array.isArray(compareTo) || compareTo.length !== 2) return false
  const value = readDecimal(factValue)
  const low = readLiteral(compareTo[0])
  const high = readLiteral(compareTo[1])
  if (value === undefined || low === undefined || high === undefined) return false
  // As `gte` and `lte` (`cmp(y) >= 0`, `cmp(y) <= 0`), without their copies of `low`, `high`.
  return compareDecimals(value, low) >= 0 && compareDecimals(value, high) <= 0
}

/**
 * Exact comparisons of decimals (decimal.js), for facts and values given as `Decimal`s,
 * decimal strings or numbers: `0.1 + 0.2` equals `0.3` here, unlike with json-rules-engine's
 * `greaterThan` and friends, which compare JavaScript numbers. A missing or unreadable value
 * makes every one of them false. `decimalBetween` takes `[low, high]`, both inclusive.
 *
 * @example
 * for (const op of decimalOperators) engine.addOperator(op.name, op.evaluate)
 */
export const decimalOperators: readonly OperatorDefinition[] = [
  compare('decimalEq', (order) => order === 0),
  compare('decimalNeq', (order) => order !== 0),
  compare('decimalGt', (order) => order > 0),
  compare('decimalGte', (order) => order >= 0),
  compare('decimalLt', (order) => order < 0),
  compare('decimalLte', (order) => order <= 0),
  { name: 'decimalBetween', value: 'decimal_pair', decimalFact: true, evaluate: between },
]

const present = (value: unknown) => value !== undefined && value !== null

/**
 * json-rules-engine's own operators that are safe on Tiendo's facts, re-registered so that a
 * missing value never satisfies them (its `notEqual` is true for a missing fact) and a value
 * that is not a list never throws.
 */
export const safeBuiltInOperators: readonly OperatorDefinition[] = [
  {
    name: 'equal',
    value: 'any',
    decimalFact: false,
    evaluate: (a, b) => present(a) && a === b,
  },
  {
    name: 'notEqual',
    value: 'any',
    decimalFact: false,
    evaluate: (a, b) => present(a) && a !== b,
  },
  {
    name: 'in',
    value: 'list',
    decimalFact: false,
    evaluate: (a, b) => present(a) && Array.isArray(b) && b.includes(a),
  },
  {
    name: 'notIn',
    value: 'list',
    decimalFact: false,
    evaluate: (a, b) => present(a) && Array.isArray(b) && !b.includes(a),
  },
  {
    name: 'contains',
    value: 'any',
    decimalFact: false,
    evaluate: (a, b) => Array.isArray(a) && a.includes(b),
  },
  {
    name: 'doesNotContain',
    value: 'any',
    decimalFact: false,
    evaluate: (a, b) => Array.isArray(a) && !a.includes(b),
  },
]

/**
 * json-rules-engine's numeric operators compare JavaScript numbers (and strings by their
 * characters: `"10" < "9"`), so a pack naming one is refused with the exact one to use.
 */
export const UNSAFE_OPERATORS: ReadonlyMap<string, string> = new Map([
  ['lessThan', 'decimalLt'],
  ['lessThanInclusive', 'decimalLte'],
  ['greaterThan', 'decimalGt'],
  ['greaterThanInclusive', 'decimalGte'],
])

/** Every operator a pack may name, by name. @internal */
export const OPERATORS: ReadonlyMap<string, OperatorDefinition> = new Map(
  [...decimalOperators, ...safeBuiltInOperators].map((op) => [op.name, op]),
)
