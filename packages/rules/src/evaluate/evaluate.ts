import type { Severity } from '@tiendo/schema'
import type { CompiledPack } from '../compile/compiled'
import type { FactSource } from '../fact-source'
import type { Assess } from '../facts/assess'
import { readPeriod } from '../period'
import { ScopeFacts } from '../scope-facts'
import { defaultAssess } from './default-assess'
import { groupScopes } from './group-scopes'
import type { Evaluation } from './outcome'
import { runScope } from './run-scope'

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
   * How progress facts (`status`, `cagr`, `projected`…) assess a series. Defaults to
   * `assessProgress` of `@tiendo/forecast`.
   */
  readonly assess?: Assess | undefined
}

/**
 * Evaluates a compiled pack's rules over data: every rule in every scope it names (unit ×
 * period), each scope's facts computed once and cached, all the rules of a scope in one
 * run of the pack's json-rules-engine `Engine`. Each result says passed, failed or
 * skipped (and why), with the rule's severity, its message filled in both languages when it
 * failed, and an explanation of each comparison.
 *
 * Safe to call concurrently: each evaluation borrows an engine of the pack and no two runs
 * ever share one. Rejects only when the source throws (a {@link FactError} names the fact
 * and scope) or `from`/`to` is not a period (a `RangeError`); problems with the pack or
 * data are results or `issues`.
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
  const assess = options.assess ?? defaultAssess
  const wanted = options.rules === undefined ? undefined : new Set(options.rules)
  const rules = pack.rules.filter((rule) => wanted === undefined || wanted.has(rule.id))
  const plan = groupScopes(rules, source, options)
  await pack.engines.use(async (slot) => {
    for (const group of plan.groups) {
      const facts = new ScopeFacts(source, group.unit, group.period, pack.index, assess)
      await runScope(slot, rules, group, facts, plan.results)
    }
  })

  const results = plan.results.flat()
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
    summary: { scopes: plan.groups.length, passed, failed, skipped, failedBySeverity },
    issues: plan.issues,
  }
}
