import type { LocalizedText, Unit } from '@tiendo/schema'
import { Decimal } from 'decimal.js'
import type { CompiledRuleInternal } from '../compile/compiled'
import type { CompiledFactRef, FactReference } from '../fact-ref'
import { describeUnit } from '../facts/unit-facts'
import type { LeafResults } from '../fast/compile-conditions'
import type { PackIndex } from '../params'
import type { MessageContext } from '../placeholders'
import { fillMessage } from '../placeholders'
import type { ScopeFacts } from '../scope-facts'
import type { ConditionNode } from './engine-result'
import { verdict } from './engine-result'
import { comparisonMissing, explain } from './explain'
import type { ConditionExplanation, JsonValue, RuleOutcome, SkipReason } from './outcome'
import type { SharedExplanations } from './shared-explanations'

const NONE: readonly FactReference[] = Object.freeze([])

/** The conditions of a passed result left unexplained (`explain: 'failures'`); shared. */
const UNEXPLAINED: readonly ConditionExplanation[] = Object.freeze([])

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

/**
 * A failed condition as `{failed}` lists it: by its label, and one labelled by its indicator
 * (as `completeness` labels each) with the indicator's name first, so a clerk reads what is
 * missing and the id to write: “Tỷ lệ hộ gia đình có cáp quang” (`household_fibre_rate`), as
 * other messages name an indicator.
 */
function failedLabel(
  explanation: ConditionExplanation,
  indicators: PackIndex['indicators'],
): string | LocalizedText {
  const text = label(explanation)
  const indicator = text === explanation.params.indicator ? indicators.get(text) : undefined
  if (indicator === undefined) return text
  const { name } = indicator
  return { vi: `“${name.vi}” (\`${text}\`)`, en: `“${name.en}” (\`${text}\`)` }
}

/**
 * A value a message shows: the fact's own decimal when it is a finite one whose text the
 * message would read back as a decimal (shown the same, without parsing it again), else the
 * explanation's JSON.
 */
function shown(raw: unknown, json: JsonValue): unknown {
  const same = raw instanceof Decimal && typeof json === 'string' && json.length <= 100
  return same && raw.isFinite() ? raw : json
}

/** What a failure message of a rule in a scope is filled from (one object, no closures). */
class FailureContext implements MessageContext {
  readonly unit: string
  readonly unitName: LocalizedText
  readonly unitKind: string

  constructor(
    private readonly compiled: CompiledRuleInternal,
    unit: Unit,
    readonly period: string,
    private readonly conditions: readonly ConditionExplanation[],
    private readonly facts: ScopeFacts,
    private readonly leaves: LeafResults,
  ) {
    const described = describeUnit(unit)
    this.unit = described.ref
    this.unitName = described.name
    this.unitKind = described.kind
  }

  get rule(): string {
    return this.compiled.id
  }

  /** Read only by messages that name `{failed}`. */
  get failed(): readonly (string | LocalizedText)[] {
    const { indicators } = this.facts.pack
    return this.conditions
      .filter((c) => c.result === false || c.missing)
      .map((c) => failedLabel(c, indicators))
  }

  comparison(fact: string): { actual: unknown; expected: unknown } | undefined {
    const index = this.conditions.findIndex((c) => c.fact === fact)
    if (index === -1) return undefined
    const condition = this.conditions[index]!
    const comparison = this.compiled.comparisons[index]!
    const { leaves, facts } = this
    // As `explain` read them: what the run found, else the scope's facts.
    const evaluated = leaves.result[index] !== undefined
    const actual = evaluated ? leaves.actual[index] : facts.read(comparison.left)
    const expected = evaluated
      ? leaves.expected[index]
      : comparison.right === undefined
        ? comparison.value
        : facts.read(comparison.right)
    return {
      actual: shown(actual, condition.actual),
      expected: shown(expected, condition.expected),
    }
  }
}

/**
 * The result of a rule its missing inputs skip in a scope, explained from the scope's facts.
 * @internal
 */
export function skippedOutcome(
  rule: CompiledRuleInternal,
  ref: string,
  period: string,
  facts: ScopeFacts,
  missing: readonly CompiledFactRef[],
  skip: SkipReason,
  shared: SharedExplanations,
): RuleOutcome {
  return {
    ruleId: rule.id,
    unit: ref,
    period,
    outcome: 'skipped',
    skipReason: skip,
    severity: rule.severity,
    conditions: explain(rule.comparisons, facts, undefined, missing, shared),
    missing: references(missing),
  }
}

/**
 * The result of a rule run in a scope, from its verdict (`top`: what the conditions'
 * evaluation resolved to) and what it found per comparison (`leaves`): passed or failed,
 * each comparison explained, the message filled in when it failed. With inputs missing, the
 * rule passes only if it holds whatever they are (see `verdict`). Unless `explainPassed`, a
 * passed result carries no explanations (`conditions: []`): nothing is built for it.
 * @internal
 */
export function judgedOutcome(
  rule: CompiledRuleInternal,
  unit: Unit,
  ref: string,
  period: string,
  facts: ScopeFacts,
  top: unknown,
  leaves: LeafResults,
  missing: readonly CompiledFactRef[],
  shared: SharedExplanations,
  explainPassed: boolean,
): RuleOutcome {
  const passed =
    missing.length === 0
      ? top === true
      : verdict(rule.rule.conditions as ConditionNode, leaves.result, (leaf) =>
          comparisonMissing(rule.comparisons[leaf]!, missing),
        ) === true
  if (passed && !explainPassed) {
    return {
      ruleId: rule.id,
      unit: ref,
      period,
      outcome: 'passed',
      severity: rule.severity,
      conditions: UNEXPLAINED,
      missing: references(missing),
    }
  }
  const conditions = explain(rule.comparisons, facts, leaves, missing, shared)
  return passed
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
        message: fillMessage(
          rule.message,
          new FailureContext(rule, unit, period, conditions, facts, leaves),
        ),
        conditions,
        missing: references(missing),
      }
}
