import type { LocalizedText, Severity, TiendoIssue } from '@tiendo/schema'
import type { FactReference } from '../fact-ref'
import type { FactParams } from '../facts/definition'

/** A value in a result: JSON, with decimals as strings. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue }

/** How one comparison of a rule came out in one scope. */
export interface ConditionExplanation {
  /** Where it sits in the rule's (expanded) conditions, a JSON Pointer: `/all/0`. */
  readonly at: string
  /** The condition's `name`, when it has one. */
  readonly name?: string | undefined
  readonly fact: string
  readonly params: FactParams
  readonly path?: string | undefined
  readonly operator: string
  /** The fact's value (at its `path`); `null` when missing. Decimals are strings. */
  readonly actual: JsonValue
  /** The value compared against: the condition's literal, or the value of the fact it names. */
  readonly expected: JsonValue
  /** The fact the condition compares against, when its `value` names one. */
  readonly expectedFact?: FactReference | undefined
  /**
   * Whether the comparison held; `null` when it was not evaluated (the rule was skipped, or
   * the engine stopped early) or could not be decided because an input was missing.
   */
  readonly result: boolean | null
  /** Whether the fact or the value it is compared against was missing. */
  readonly missing: boolean
}

/** What happened to a rule in one scope. */
export type Outcome = 'passed' | 'failed' | 'skipped'

/** Why a rule was not evaluated in a scope. */
export type SkipCode =
  | 'missing_input'
  | 'all_inputs_missing'
  | 'unit_not_found'
  | 'partial_year_waived'

/** Why a rule was skipped, in both languages. */
export interface SkipReason {
  readonly code: SkipCode
  readonly message: LocalizedText
}

/** A rule's result in one scope (a unit and a period). */
export interface RuleOutcome {
  readonly ruleId: string
  /** The unit, by the reference naming exactly it (`56@2025-07-01`, or the code). */
  readonly unit: string
  readonly period: string
  readonly outcome: Outcome
  readonly skipReason?: SkipReason | undefined
  readonly severity: Severity
  /** The rule's message, filled in for this scope: present when the rule failed. */
  readonly message?: LocalizedText | undefined
  /**
   * Each comparison, in reading order. Empty for a passed result when the evaluation explained
   * failures only (`evaluate(…, { explain: 'failures' })`).
   */
  readonly conditions: readonly ConditionExplanation[]
  /** The inputs that were missing (empty when none). */
  readonly missing: readonly FactReference[]
}

/** Counts over an evaluation. */
export interface EvaluationSummary {
  /** Distinct unit × period scopes evaluated. */
  readonly scopes: number
  readonly passed: number
  readonly failed: number
  readonly skipped: number
  /** Failures by the severity of the rule that failed. */
  readonly failedBySeverity: Readonly<Record<Severity, number>>
}

/** The result of evaluating a pack's rules over data. */
export interface Evaluation {
  readonly pack: { readonly id: string; readonly version: string }
  /** Per rule (in pack order), then per scope (periods in order, units in source order). */
  readonly results: readonly RuleOutcome[]
  readonly summary: EvaluationSummary
  /** Rules that could not be evaluated at all (a rule with no periods…). */
  readonly issues: readonly TiendoIssue[]
}
