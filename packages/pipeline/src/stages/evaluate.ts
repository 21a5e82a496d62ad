/**
 * The evaluate stage: the pack's rules that judge completeness, quotas and progress (the
 * data-quality rules ran in validation), over the figures submitted and derived. @internal
 */

import type { Dataset, UnitRegistry } from '@tiendo/core'
import type { CompiledPack, Evaluation } from '@tiendo/rules'
import { datasetFactSource, evaluate, isDataQualityRule } from '@tiendo/rules'
import type { EvaluateStageOptions } from '../run/options'
import { PipelineError } from '../run/pipeline-error'

/** The ids of the rules `evaluate` runs: every rule that is not about data quality. @internal */
export function evaluatedRuleIds(compiled: CompiledPack): string[] {
  return compiled.rules.filter((rule) => !isDataQualityRule(rule)).map((rule) => rule.id)
}

/** @internal */
export async function evaluateStage(
  compiled: CompiledPack,
  dataset: Dataset,
  units: UnitRegistry,
  options: EvaluateStageOptions,
): Promise<Evaluation> {
  try {
    return await evaluate(compiled, datasetFactSource(dataset, units), {
      rules: evaluatedRuleIds(compiled),
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
