/**
 * The evaluate stage: the pack's rules that judge completeness, quotas and progress (the
 * data-quality rules ran in validation), over the figures submitted and derived. @internal
 */

import type { DataOutside, Dataset, UnitRegistry, UnitScope } from '@tiendo/core'
import type { CompiledPack, Evaluation, RuleOutcome } from '@tiendo/rules'
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
  // In pack order, each rule's results in the order they came (a stable sort by rule,
  // made as buckets: a national run has hundreds of thousands of results).
  const order = new Map(compiled.rules.map((rule, i) => [rule.id, i]))
  const buckets: RuleOutcome[][] = compiled.rules.map(() => [])
  for (const list of [dataQuality.results, evaluation.results]) {
    for (const result of list) buckets[order.get(result.ruleId) ?? 0]!.push(result)
  }
  const results = buckets.flat()
  const failedBySeverity = { error: 0, warning: 0, info: 0 }
  let passed = 0
  let failed = 0
  let skipped = 0
  // Periods by unit: no text made per result.
  const scopes = new Map<string, Set<string>>()
  let scopeCount = 0
  for (const result of results) {
    let periods = scopes.get(result.unit)
    if (periods === undefined) {
      periods = new Set()
      scopes.set(result.unit, periods)
    }
    if (!periods.has(result.period)) {
      periods.add(result.period)
      scopeCount++
    }
    if (result.outcome === 'passed') passed++
    else if (result.outcome === 'skipped') skipped++
    else {
      failed++
      failedBySeverity[result.severity]++
    }
  }
  return {
    ...evaluation,
    results,
    summary: { scopes: scopeCount, passed, failed, skipped, failedBySeverity },
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
