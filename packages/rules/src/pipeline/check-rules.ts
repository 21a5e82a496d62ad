import type { DataOutside, Dataset, UnitRegistry } from '@tiendo/core'
import type { Indicator, Language, Pack, SourceLocation, TiendoIssue, Unit } from '@tiendo/schema'
import { renderIssueText } from '@tiendo/schema'
import type { CompiledPack, CompiledRule } from '../compile/compiled'
import { datasetFactSource } from '../dataset-source'
import { type ExplainMode, evaluate } from '../evaluate/evaluate'
import type { Evaluation, RuleOutcome } from '../evaluate/outcome'
import { en } from '../locales/en'
import { vi } from '../locales/vi'
import { shiftPeriod } from '../period'
import type { RuleFailedIssue } from '../rule-failed'
import { restatesBounds } from './check-rows'
import { conditionInWords } from './condition-words'

/** The templates that judge the quality of the values submitted: `validate`'s work. */
const DATA_QUALITY_TEMPLATES: ReadonlySet<string> = new Set([
  'bounds',
  'outlier',
  'no_regression',
  'consistency',
])

/**
 * Facts that ask whether something was submitted (`reported`, `coverage`, `record_count`) or
 * how far a target is (`target`, `status`, `progress`…): a partial submission cannot answer them.
 */
const COMPLETENESS_FACTS: ReadonlySet<string> = new Set([
  'reported',
  'coverage',
  'record_count',
  'target',
  'assessment',
  'status',
  'progress',
  'gap',
  'cagr',
  'required_cagr',
  'projected',
])

/**
 * Whether `validate` runs a rule: only the templates about the quality of the values
 * submitted (`bounds`, `outlier`, `no_regression`, `consistency`), whose failures are data
 * issues. Every other rule is `evaluate`'s, its outcome a rule result beside validity, never
 * a data error: a plain rule (a threshold such as "fibre ≥ 95%" is a judgement of the unit,
 * not of the file), a `completeness`, `annual_quota` or `target` template. A file holding
 * only some indicators is a valid submission, so a data-quality template is left to
 * `evaluate` too when it judges completeness: when its missing-value strategy is
 * `never_skip` (it fails on absent data), or it reads a fact about what was submitted or
 * about targets (`reported`, `coverage`, `record_count`, `target`, `status`, `progress`,
 * `gap`, `cagr`, `required_cagr`, `projected`, `assessment`).
 */
export function isDataQualityRule(rule: CompiledRule): boolean {
  if (rule.template === undefined || !DATA_QUALITY_TEMPLATES.has(rule.template)) return false
  if (rule.missing === 'never_skip') return false
  return !rule.inputs.some((input) => COMPLETENESS_FACTS.has(input.fact))
}

/**
 * Whether a rule is a `bounds` rule restating its indicator's own bounds, which `validate`
 * checks on every row instead (pointing at the cell), so it is not run again.
 */
export function isCoveredBoundsRule(rule: CompiledRule, pack: Pack): boolean {
  if (rule.template !== 'bounds') return false
  const written = (pack.rules ?? []).find((candidate) => candidate.id === rule.id)
  const params = written && 'template' in written ? written.params : undefined
  const indicator = (pack.indicators ?? []).find((item) => item.id === params?.indicator)
  return written !== undefined && indicator !== undefined && restatesBounds(written, indicator)
}

/** The ids of the rules `validate` runs: data-quality rules not covered by the row checks. */
export function validationRuleIds(compiled: CompiledPack, pack: Pack): string[] {
  return compiled.rules
    .filter((rule) => isDataQualityRule(rule) && !isCoveredBoundsRule(rule, pack))
    .map((rule) => rule.id)
}

/**
 * Runs the pack's data-quality rules over a dataset: `issues` are the evaluation's own
 * (a rule that could not run), `failed` the results that failed, in order, each of which
 * {@link ruleIssue} makes a `rule_failed` issue of, naming the rule, with the rule's
 * severity and message, the failed conditions as the hint, and the location of the
 * observations the rule read (the scope's own first). They are left to the caller to make,
 * which may keep only some. `explain` is `evaluate`'s: which results carry their
 * conditions. Defaults to `'all'`.
 */
export async function checkDataQualityRules(
  compiled: CompiledPack,
  pack: Pack,
  dataset: Dataset,
  registry: UnitRegistry,
  options: {
    readonly explain?: ExplainMode | undefined
    readonly units?: ((unit: Unit) => boolean) | undefined
    /** What the data outside the dataset's part of the unit tree say (see `datasetFactSource`). */
    readonly outside?: DataOutside | undefined
  } = {},
): Promise<{
  issues: readonly TiendoIssue[]
  failed: readonly RuleOutcome[]
  evaluation: Evaluation
}> {
  const rules = validationRuleIds(compiled, pack)
  const source = datasetFactSource(dataset, registry, { outside: options.outside })
  const evaluation =
    rules.length === 0 || dataset.size === 0
      ? emptyEvaluation(compiled)
      : await evaluate(compiled, source, { rules, explain: options.explain, units: options.units })
  const failed = evaluation.results.filter((result) => result.outcome === 'failed')
  return { issues: evaluation.issues, failed, evaluation }
}

/**
 * A failed rule as a `rule_failed` issue: `rule` is its id; the message is the rule's own,
 * or says which rule failed.
 */
export function ruleIssue(
  result: RuleOutcome,
  dataset: Dataset,
  indicators: readonly Indicator[] = [],
): RuleFailedIssue {
  const places = locationsOf(result, dataset)
  const failed = result.conditions.filter((condition) => condition.result !== true)
  const message =
    result.message ?? renderIssueText({ vi, en }, 'rule_failed', { rule: result.ruleId }).message
  const issue: RuleFailedIssue = {
    code: 'rule_failed',
    rule: result.ruleId,
    severity: result.severity,
    message,
    unit: result.unit,
    period: result.period,
  }
  if (failed.length > 0) {
    const words = (lang: Language) =>
      failed.map((condition) => conditionInWords(condition, lang, indicators)).join('; ')
    issue.hint = { vi: `Yêu cầu: ${words('vi')}.`, en: `Required: ${words('en')}.` }
  }
  const indicator = result.conditions.find((c) => typeof c.params.indicator === 'string')
  if (indicator) issue.indicator = String(indicator.params.indicator)
  if (places[0] !== undefined) issue.location = places[0]
  if (places.length > 1) issue.related = places.slice(1)
  return issue
}

/** Where the observations a rule read in its scope were: the scope's own period first. */
function locationsOf(result: RuleOutcome, dataset: Dataset): SourceLocation[] {
  const found: { location: SourceLocation; own: boolean }[] = []
  const seen = new Set<string>()
  for (const condition of result.conditions) {
    for (const params of [condition.params, condition.expectedFact?.params]) {
      if (params === undefined || typeof params.indicator !== 'string') continue
      const unit = typeof params.unit === 'string' ? params.unit : result.unit
      const base = typeof params.period === 'string' ? params.period : result.period
      const offset = typeof params.offset === 'number' ? params.offset : 0
      const period = shiftPeriod(base, offset)
      if (period === undefined) continue
      const point = dataset.get(params.indicator, unit, period)
      if (point?.location === undefined) continue
      const key = JSON.stringify(point.location)
      if (seen.has(key)) continue
      seen.add(key)
      found.push({
        location: point.location,
        own: unit === result.unit && period === result.period,
      })
    }
  }
  return [...found.filter((place) => place.own), ...found.filter((place) => !place.own)].map(
    (place) => place.location,
  )
}

function emptyEvaluation(compiled: CompiledPack): Evaluation {
  return {
    pack: { id: compiled.id, version: compiled.version },
    results: [],
    summary: {
      scopes: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      failedBySeverity: { error: 0, warning: 0, info: 0 },
    },
    issues: [],
  }
}
