import type { Severity, Unit } from '@tiendo/schema'
import type { CompiledPack, CompiledPackInternal } from '../compile/compiled'
import type { FactSource } from '../fact-source'
import type { Assess } from '../facts/assess'
import type { LeafResults } from '../fast/compile-conditions'
import { ruleCheck } from '../fast/rule-checks'
import { runScopeCompiled } from '../fast/run-scope-compiled'
import { readPeriod } from '../period'
import { ScopeFacts } from '../scope-facts'
import { defaultAssess } from './default-assess'
import { groupScopes } from './group-scopes'
import type { Evaluation } from './outcome'
import { runScopeWithEngine } from './run-scope'
import { SharedExplanations } from './shared-explanations'

/** Options of {@link evaluate}. */
export interface EvaluateOptions {
  /**
   * The first period for rules whose scope names none. Defaults to the first period of the
   * source's data (`periodRange`).
   */
  readonly from?: string | undefined
  /** The last period for rules whose scope names none. Defaults to the source's last. */
  readonly to?: string | undefined
  /** Only these rules, by id. Defaults to every rule of the pack. */
  readonly rules?: readonly string[] | undefined
  /**
   * Only the scopes of the units this accepts (a province's part of a national pack, say:
   * `(unit) => scope.has(unit)` with core's `unitScope`). A reference a rule names that
   * names no unit is then left out too, and a rule whose every scope lies outside is not
   * warned about. Defaults to every unit.
   */
  readonly units?: ((unit: Unit) => boolean) | undefined
  /**
   * How progress facts (`status`, `cagr`, `projected`…) assess a series. Defaults to
   * `assessProgress` of `@tiendo/forecast`.
   */
  readonly assess?: Assess | undefined
  /**
   * How conditions are evaluated. `'compiled'`: each rule's conditions compiled once into
   * plain functions with json-rules-engine's semantics (same operators, order, short-circuits
   * and recorded values), run synchronously scope after scope — several times faster.
   * `'engine'`: the pack's json-rules-engine `Engine` itself, the reference the compiled path
   * is tested against (identical results and explanations). Defaults to `'compiled'`.
   */
  readonly mode?: EvaluationMode | undefined
  /**
   * Which results explain their conditions. `'all'`: every result. `'failures'`: failed and
   * skipped results only; a passed result has `conditions: []` and is otherwise identical —
   * for large batch runs that keep only what went wrong (the explanations of passed results
   * are most of an evaluation's memory). Defaults to `'all'`.
   */
  readonly explain?: ExplainMode | undefined
}

/** How {@link evaluate} evaluates conditions: see {@link EvaluateOptions.mode}. */
export type EvaluationMode = 'compiled' | 'engine'

/** Which results `evaluate` explains: see its option `explain`. */
export type ExplainMode = 'all' | 'failures'

/**
 * Evaluates a compiled pack's rules over data: every rule in every scope it names (unit ×
 * period), each scope's facts computed once and cached, and each rule's conditions run with
 * json-rules-engine's semantics — compiled into plain functions by default, or by the pack's
 * json-rules-engine `Engine` itself (`mode: 'engine'`). Each result says passed, failed or
 * skipped (and why), with the rule's severity, its message filled in both languages when it
 * failed, and an explanation of each comparison.
 *
 * Safe to call concurrently: each evaluation has its own fact cache; compiled conditions hold
 * no state, and in `engine` mode each evaluation borrows an engine of the pack that no other
 * run shares. Results are read-only: explanations that repeat (the same comparison over the
 * same values) are one frozen object shared between results. Rejects only when the source
 * throws (a {@link FactError} names the fact and scope), or `from`/`to` is not a period or
 * `mode` or `explain` not one of its values (a `RangeError`); problems with the pack or data are results or `issues`.
 *
 * Missing values follow the rule's strategy. When a rule is evaluated although inputs are
 * missing (`skip_if_all_missing` with some present, or `never_skip`), comparisons over
 * missing values are undecided and the rule passes only if it holds whatever they are:
 * otherwise it fails, and `missing` lists the inputs.
 */
export async function evaluate(
  pack: CompiledPack,
  source: FactSource,
  options: EvaluateOptions = {},
): Promise<Evaluation> {
  for (const key of ['from', 'to'] as const) {
    const period = options[key]
    if (period !== undefined && readPeriod(period) === undefined) {
      throw new RangeError(
        `evaluate(): \`${key}\` is not a period: ${JSON.stringify(period)}. Write one such as \`2024\`, \`2024-Q3\` or \`2024-09\`.`,
      )
    }
  }
  const mode = options.mode ?? 'compiled'
  if (mode !== 'compiled' && mode !== 'engine') {
    throw new RangeError(
      `evaluate(): \`mode\` is ${JSON.stringify(mode)}; use \`'compiled'\` or \`'engine'\`.`,
    )
  }
  const explainMode = options.explain ?? 'all'
  if (explainMode !== 'all' && explainMode !== 'failures') {
    throw new RangeError(
      `evaluate(): \`explain\` is ${JSON.stringify(explainMode)}; use \`'all'\` or \`'failures'\`.`,
    )
  }
  const explainPassed = explainMode === 'all'
  const assess = options.assess ?? defaultAssess
  const wanted = options.rules === undefined ? undefined : new Set(options.rules)
  const compiled = compiledByCompilePack(pack)
  const rules = compiled.rules.filter((rule) => wanted === undefined || wanted.has(rule.id))
  const plan = groupScopes(rules, source, options)
  const scopes = plan.units.length
  if (scopes > 0) {
    // One cache of facts for the whole evaluation, moved from scope to scope.
    const facts = new ScopeFacts(source, plan.units[0]!, plan.periods[0]!, compiled.index, assess)
    const shared = new SharedExplanations()
    if (mode === 'compiled') {
      const checks = rules.map(ruleCheck)
      const leaves: LeafResults = { actual: [], expected: [], result: [] }
      for (let group = 0; group < scopes; group++) {
        facts.moveTo(plan.units[group]!, plan.periods[group]!)
        runScopeCompiled(rules, checks, plan, group, facts, leaves, shared, explainPassed)
      }
    } else {
      await compiled.engines.use(async (slot) => {
        for (let group = 0; group < scopes; group++) {
          facts.moveTo(plan.units[group]!, plan.periods[group]!)
          await runScopeWithEngine(slot, rules, plan, group, facts, shared, explainPassed)
        }
      })
    }
  }

  const results = plan.results
  const failedBySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  let passed = 0
  let skipped = 0
  for (const result of results) {
    if (result.outcome === 'passed') passed++
    else if (result.outcome === 'skipped') skipped++
    else failedBySeverity[result.severity]++
  }
  const failed = failedBySeverity.error + failedBySeverity.warning + failedBySeverity.info
  return {
    pack: { id: pack.id, version: pack.version },
    results,
    summary: { scopes, passed, failed, skipped, failedBySeverity },
    issues: plan.issues,
  }
}

/**
 * The pack with the parts evaluation reads, which only `compilePack` makes: a pack built by
 * hand to the public type is refused with a message, not a crash deep in evaluation.
 */
function compiledByCompilePack(pack: CompiledPack): CompiledPackInternal {
  const parts = pack as Partial<CompiledPackInternal>
  if (parts.index === undefined || parts.engines === undefined || parts.inputs === undefined) {
    throw new TypeError(
      'evaluate(): the pack was not compiled by `compilePack` (or `loadPack`); compile it first: `evaluate(compilePack(pack), source)`.',
    )
  }
  return pack as CompiledPackInternal
}
