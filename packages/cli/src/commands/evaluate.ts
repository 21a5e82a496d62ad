import { datasetFactSource, evaluate, ruleIssue } from '@tiendo/rules'
import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { type EvaluationReport, renderEvaluation } from '../formats/evaluation-format'
import { ISSUE_FORMATS } from '../formats/issues-format'
import { loadInput } from '../input/load-input'
import { readOptions } from '../input/read-options'
import { explainMode, explainOption, formatOption, packOption, stringOption } from '../options'
import { emit } from '../output'

/** `tiendo evaluate <files…> --pack <id|path>`: run every rule of the pack per unit and period. */
export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: {
    vi: 'Đánh giá mọi quy tắc của bộ quy tắc theo từng đơn vị và kỳ (kể cả tính đầy đủ, chỉ tiêu năm)',
    en: 'Evaluate every rule of the pack per unit and period (completeness and annual quotas included)',
  },
  synopsis:
    '<files…> --pack <id|path> [--records FILE] [--from PERIOD] [--to PERIOD] [--explain failures|all] [--format …]',
  examples: [
    'tiendo evaluate ninh-thuan.csv --records san-pham-cds.csv --pack ninh-thuan',
    'tiendo evaluate data.csv --pack ./tinh.pack.json --from 2023 --to 2024 --format junit --output rules.xml',
  ],
  options: [
    packOption,
    formatOption(ISSUE_FORMATS),
    {
      name: 'from',
      type: 'string',
      valueName: 'PERIOD',
      description: {
        vi: 'Kỳ đầu tiên cho quy tắc không tự nêu kỳ. Mặc định kỳ đầu của dữ liệu.',
        en: 'The first period for rules whose scope names none. Defaults to the data’s first.',
      },
    },
    {
      name: 'to',
      type: 'string',
      valueName: 'PERIOD',
      description: {
        vi: 'Kỳ cuối cùng cho quy tắc không tự nêu kỳ. Mặc định kỳ cuối của dữ liệu.',
        en: 'The last period for rules whose scope names none. Defaults to the data’s last.',
      },
    },
    explainOption,
    ...readOptions,
  ],
  async run(context) {
    const { input, compiled, submission } = await loadInput(context, 'evaluate')
    const from = stringOption(context.options.from)
    const to = stringOption(context.options.to)
    let evaluation: Awaited<ReturnType<typeof evaluate>>
    try {
      evaluation = await evaluate(
        compiled,
        datasetFactSource(submission.dataset, submission.registry),
        { from, to, explain: explainMode(context.options.explain) },
      )
    } catch (error) {
      if (!(error instanceof RangeError)) throw error
      throw new CliError(
        { vi: `\`--from\`/\`--to\` không phải là kỳ: ${error.message}`, en: error.message },
        {
          vi: 'Ghi kỳ như `2024`, `2024-Q3` hoặc `2024-09`.',
          en: 'Write a period such as `2024`, `2024-Q3` or `2024-09`.',
        },
      )
    }
    const { issues } = submission
    for (const issue of evaluation.issues) issues.add(issue)
    for (const result of evaluation.results) {
      if (result.outcome === 'failed') issues.add(ruleIssue(result, submission.dataset))
    }
    const report: EvaluationReport = {
      valid: issues.errors === 0,
      stats: { ...submission.stats, errors: issues.errors, warnings: issues.warnings },
      evaluation,
      issues: issues.kept,
    }
    await emit(context, renderEvaluation(report, [...input.files, ...input.records], context))
    if (submission.cannotRead) return ExitCode.cannotRun
    return report.valid ? ExitCode.ok : ExitCode.failed
  },
}
