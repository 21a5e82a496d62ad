import { runPipeline } from '@tiendo/pipeline'
import type { Command } from '../command'
import { EVALUATION_FORMATS, renderEvaluation } from '../formats/evaluation-format'
import { FIGURES_NOT_SHOWN } from '../input/figures-not-shown'
import { readOptions } from '../input/read-options'
import { withPipelineInput } from '../input/store-input'
import { explainMode, explainOption, formatOption, packOption, stringOption } from '../options'
import { emit } from '../output'
import { exitCodeOf } from './exit-code-of'

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
    formatOption(EVALUATION_FORMATS),
    {
      name: 'from',
      type: 'string',
      valueName: 'PERIOD',
      description: {
        vi: 'Kỳ đầu tiên cho quy tắc không tự nêu kỳ. Mặc định kỳ đầu của dữ liệu (với quy tắc đếm bản ghi: năm đầu của bản ghi).',
        en: 'The first period for rules whose scope names none. Defaults to the data’s first (for rules counting records, the records’ first year).',
      },
    },
    {
      name: 'to',
      type: 'string',
      valueName: 'PERIOD',
      description: {
        vi: 'Kỳ cuối cùng cho quy tắc không tự nêu kỳ. Mặc định kỳ cuối của dữ liệu (với quy tắc đếm bản ghi: năm cuối của bản ghi).',
        en: 'The last period for rules whose scope names none. Defaults to the data’s last (for rules counting records, the records’ last year).',
      },
    },
    explainOption,
    ...readOptions,
  ],
  async run(context) {
    return withPipelineInput(context, 'evaluate', async (input, files) => {
      const report = await runPipeline({
        ...input,
        // What the rules read and the checks reach: the same results and issues, faster.
        derive: { ...FIGURES_NOT_SHOWN, checkedOnly: true },
        assess: false,
        evaluate: {
          from: stringOption(context.options.from),
          to: stringOption(context.options.to),
          explain: explainMode(context.options.explain),
        },
      })
      await emit(context, renderEvaluation(report, files, context))
      return exitCodeOf(report)
    })
  },
}
