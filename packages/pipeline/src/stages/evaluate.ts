/**
 * The evaluate stage: the pack's rules that judge completeness, quotas and progress (the
 * data-quality rules ran in validation), over the figures submitted and derived. @internal
 */

import type { DataOutside, Dataset, UnitRegistry, UnitScope } from '@tiendo/core'
import type { CompiledPack, Evaluation, EvaluationSummary, RuleOutcome } from '@tiendo/rules'
import { datasetFactSource, evaluate } from '@tiendo/rules'
import { isDataQualityRule } from '@tiendo/rules/internal'
import type { EvaluateStageOptions } from '../run/options'
import { PipelineError } from '../run/pipeline-error'
import { insideOf } from './scope-stages'

/** The ids of the rules `evaluate` runs: every rule that is not about data quality. @internal */
export function evaluatedRuleIds(compiled: CompiledPack): string[] {
  return compiled.rules.filter((rule) => !isDataQualityRule(rule)).map((rule) => rule.id)
}

/** The ids of the data-quality rules, which validation runs. @internal */
export function dataQualityRuleIds(compiled: CompiledPack): string[] {
  return compiled.rules.filter((rule) => isDataQualityRule(rule)).map((rule) => rule.id)
}

/**
 * One evaluation of every rule of the pack: the data-quality rules' results from validation
 * (over everything submitted: `from` and `to` are the other rules') beside the other rules',
 * in pack order. Their issues are validation's already, so only the other rules' issues are
 * kept. @internal
 */
export function withDataQuality(
  compiled: CompiledPack,
  evaluation: Evaluation,
  dataQuality: Evaluation | undefined,
): Evaluation {
  if (dataQuality === undefined || dataQuality.results.length === 0) return evaluation
  const results = inPackOrder(compiled, [dataQuality.results, evaluation.results])
  const tally = new ResultTally()
  for (const result of results) tally.add(result)
  return { ...evaluation, results, summary: tally.summary() }
}

/**
 * What a run that writes its failed results keeps of the data-quality results until the
 * other rules are evaluated: the failed ones, and every one counted. @internal
 */
export interface CountedResults {
  readonly failed: readonly RuleOutcome[]
  readonly tally: ResultTally
}

/** The data-quality results reduced to what a written report needs of them. @internal */
export function countedResults(results: readonly RuleOutcome[]): CountedResults {
  const tally = new ResultTally()
  const failed: RuleOutcome[] = []
  for (const result of results) {
    tally.add(result)
    if (result.outcome === 'failed') failed.push(result)
  }
  return { failed, tally }
}

/**
 * {@link withDataQuality} for a run that writes its failed results: each failed result of
 * either list is handed to `write` in the order the joined evaluation would list it, and the
 * evaluation kept has no results, only their summary. @internal
 */
export function failedWrittenWithDataQuality(
  compiled: CompiledPack,
  evaluation: Evaluation,
  dataQuality: CountedResults | undefined,
  write: (result: RuleOutcome) => void,
): Evaluation {
  const failed = (list: readonly RuleOutcome[]) => list.filter((r) => r.outcome === 'failed')
  if (dataQuality === undefined || dataQuality.tally.count === 0) {
    for (const result of failed(evaluation.results)) write(result)
    return { ...evaluation, results: [] }
  }
  const tally = dataQuality.tally
  for (const result of evaluation.results) tally.add(result)
  for (const result of inPackOrder(compiled, [dataQuality.failed, failed(evaluation.results)])) {
    write(result)
  }
  return { ...evaluation, results: [], summary: tally.summary() }
}

/**
 * Results of several lists in pack order, each rule's in the order they came: a stable sort
 * by rule, made as buckets (a national run has hundreds of thousands of results).
 */
function inPackOrder(
  compiled: CompiledPack,
  lists: readonly (readonly RuleOutcome[])[],
): RuleOutcome[] {
  const order = new Map(compiled.rules.map((rule, i) => [rule.id, i]))
  const buckets: RuleOutcome[][] = compiled.rules.map(() => [])
  for (const list of lists) {
    for (const result of list) buckets[order.get(result.ruleId) ?? 0]!.push(result)
  }
  return buckets.flat()
}

/** Rule results counted as a report's summary counts them: by outcome, severity and scope. @internal */
export class ResultTally {
  private counted = 0
  private passed = 0
  private skipped = 0
  private readonly failedBySeverity = { error: 0, warning: 0, info: 0 }
  // Periods by unit: no text made per result.
  private readonly scopes = new Map<string, Set<string>>()
  private scopeCount = 0

  /** The results counted. */
  get count(): number {
    return this.counted
  }

  add(result: RuleOutcome): void {
    this.counted++
    let periods = this.scopes.get(result.unit)
    if (periods === undefined) {
      periods = new Set()
      this.scopes.set(result.unit, periods)
    }
    if (!periods.has(result.period)) {
      periods.add(result.period)
      this.scopeCount++
    }
    if (result.outcome === 'passed') this.passed++
    else if (result.outcome === 'skipped') this.skipped++
    else this.failedBySeverity[result.severity]++
  }

  summary(): EvaluationSummary {
    const { error, warning, info } = this.failedBySeverity
    return {
      scopes: this.scopeCount,
      passed: this.passed,
      failed: error + warning + info,
      skipped: this.skipped,
      failedBySeverity: { ...this.failedBySeverity },
    }
  }
}

/** @internal */
export async function evaluateStage(
  compiled: CompiledPack,
  dataset: Dataset,
  units: UnitRegistry,
  options: EvaluateStageOptions,
  scope?: UnitScope,
  outside?: DataOutside,
): Promise<Evaluation> {
  try {
    return await evaluate(compiled, datasetFactSource(dataset, units, { outside }), {
      rules: evaluatedRuleIds(compiled),
      units: insideOf(scope),
      from: options.from,
      to: options.to,
      // No report shows a passed result's conditions: explaining them would only cost memory.
      explain: options.explain ?? 'failures',
    })
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new PipelineError(
      'invalid_option',
      { vi: `\`from\`/\`to\` không phải là kỳ: ${error.message}`, en: error.message },
      {
        vi: 'Ghi kỳ như `2024`, `2024-Q3` hoặc `2024-09`.',
        en: 'Write a period such as `2024`, `2024-Q3` or `2024-09`.',
      },
    )
  }
}
