import { runPipeline } from '@tiendo/pipeline'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { formatOf, ISSUE_FORMATS, renderValidation } from '../formats/issues-format'
import { scopeAbove } from '../formats/scope-above'
import { FIGURES_NOT_SHOWN } from '../input/figures-not-shown'
import { readOptions } from '../input/read-options'
import { withPipelineInput } from '../input/store-input'
import { formatOption, packOption } from '../options'
import { emit } from '../output'

/** `tiendo validate <files…> --pack <id|path>`: check submitted data files. */
export const validateCommand: Command = {
  name: 'validate',
  summary: {
    vi: 'Kiểm tra tệp số liệu: cấu trúc, chỉ tiêu và đơn vị có trong bộ quy tắc, giới hạn, trùng lặp, quy tắc chất lượng dữ liệu',
    en: "Check data files: structure, the pack's indicators and units, bounds, duplicates, data-quality rules",
  },
  synopsis: '<files…> --pack <id|path> [--records FILE] [--format …] [--output FILE]',
  examples: [
    'tiendo validate quy-3.csv --pack ninh-thuan',
    'tiendo validate so-lieu.xlsx --sheet "Số liệu" --number-locale vi --pack ./tinh.pack.json',
    'tiendo validate xa.csv so.csv --number-locale xa.csv=vi --pack ninh-thuan',
    'tiendo validate data.ndjson --records san-pham.csv --pack ninh-thuan --format github',
    'tiendo validate data.json --pack vn-national --format json --output report.json',
  ],
  options: [packOption, formatOption(ISSUE_FORMATS), ...readOptions],
  async run(context) {
    return withPipelineInput(context, 'validate', async (input, files) => {
      // Derived figures are checked against submitted ones (only those a check can reach
      // are derived); rules and targets are not judged.
      const report = await runPipeline({
        ...input,
        derive: { ...FIGURES_NOT_SHOWN, checkedOnly: true },
        evaluate: false,
        assess: false,
      })
      const text = renderValidation(report.validation, files, context, report)
      const format = formatOf(context)
      await emit(
        context,
        format === 'pretty' || format === 'markdown'
          ? scopeAbove(text, report, format, context)
          : text,
      )
      if (report.cannotRead) return ExitCode.cannotRun
      return report.valid ? ExitCode.ok : ExitCode.failed
    })
  },
}
