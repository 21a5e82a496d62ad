import type {
  LocalizedText,
  MissingValueStrategy,
  PlainRule,
  RuleScope,
  RuleTemplateName,
  Severity,
} from '@tiendo/schema'
import type { EnginePool } from '../engine/engine-pool'
import type { CompiledFactRef, FactReference } from '../fact-ref'
import type { PackIndex } from '../params'
import type { CompiledMessage } from '../placeholders'

/** One comparison of a compiled rule, in reading order. @internal */
export interface CompiledComparison {
  /** Where it sits in the rule's conditions, as a JSON Pointer: `/all/0`, `/any/1/not`. */
  readonly at: string
  readonly name: string | undefined
  readonly left: CompiledFactRef
  readonly operator: string
  /** The value as written: a literal, or a reference to another fact. */
  readonly value: unknown
  /** The fact the value names, when it names one. */
  readonly right: CompiledFactRef | undefined
}

/** A rule ready to evaluate: templates expanded, everything checked. */
export interface CompiledRule {
  readonly id: string
  readonly severity: Severity
  /** The missing-value strategy; `skip_if_any_missing` when the rule names none. */
  readonly missing: MissingValueStrategy
  readonly scope: RuleScope | undefined
  /** The template it was written with, if any. */
  readonly template: RuleTemplateName | undefined
  /** The plain json-rules-engine rule it is (a template's expansion). */
  readonly rule: PlainRule
  /**
   * The facts its conditions read (fact, parameters, path), each once: what missing-value
   * strategies look at.
   */
  readonly inputs: readonly FactReference[]
}

/**
 * A compiled rule as evaluation reads it: its inputs numbered, its message parsed, its
 * comparisons in reading order. Every {@link CompiledRule} is one. @internal
 */
export interface CompiledRuleInternal extends CompiledRule {
  readonly inputs: readonly CompiledFactRef[]
  readonly message: CompiledMessage
  readonly comparisons: readonly CompiledComparison[]
}

/**
 * A pack ready to evaluate: its rules compiled, and the engines that run them. Only
 * `compilePack` makes one; `evaluate` reads parts of it this type does not show.
 */
export interface CompiledPack {
  readonly id: string
  readonly version: string
  readonly title: LocalizedText
  readonly rules: readonly CompiledRule[]
}

/**
 * A compiled pack as evaluation reads it: every {@link CompiledPack} is one, since only
 * `compilePack` makes them. @internal
 */
export interface CompiledPackInternal extends CompiledPack {
  readonly rules: readonly CompiledRuleInternal[]
  readonly index: PackIndex
  /** Every distinct fact reference of the pack, by number. */
  readonly inputs: readonly CompiledFactRef[]
  readonly engines: EnginePool
}
