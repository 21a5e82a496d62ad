import { extname } from 'node:path'
import {
  type PipelineReport,
  reportJsonChunks,
  reportToHtml,
  reportToMarkdown,
  reportToPretty,
  runPipeline,
} from '@tiendo/pipeline'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { methodologyOf, methodologyOption } from '../assessment/methodology-option'
import type { Command, CommandContext } from '../command'
import { colorFor, widthFor } from '../formats/issues-format'
import { readOptions } from '../input/read-options'
import { withPipelineInput } from '../input/store-input'
import { packOption, stringOption } from '../options'
import { emit } from '../output'
import { exitCodeOf } from './exit-code-of'

const REPORT_FORMATS = ['html', 'markdown', 'pretty', 'json'] as const
type ReportFormat = (typeof REPORT_FORMATS)[number]

/**
 * `tiendo report <files…> --pack <id|path>`: validation, derived figures, rule results and
 * progress to every target in one report: HTML with charts (one self-contained file),
 * Markdown, text, or JSON (documented by `tiendo schema report`).
 */
export const reportCommand: Command = {
  name: 'report',
  summary: {
    vi: 'Báo cáo đầy đủ: kiểm tra dữ liệu, số liệu tính ra, kết quả quy tắc, tiến độ đến mục tiêu (HTML có biểu đồ, Markdown, JSON)',
    en: 'The whole report: validation, derived figures, rule results, progress to targets (HTML with charts, Markdown, JSON)',
  },
  synopsis: '<files…> --pack <id|path> [--output report.html] [--format html|markdown|pretty|json]',
  examples: [
    'tiendo report ninh-thuan.csv --records san-pham-cds.csv --pack ninh-thuan --output bao-cao.html',
    'tiendo report data.csv --pack ./tinh.pack.json --format markdown --fail-on off-track',
  ],
  options: [
    packOption,
    {
      name: 'format',
      type: 'string',
      valueName: REPORT_FORMATS.join('|'),
      choices: REPORT_FORMATS,
      description: {
        vi: 'Định dạng báo cáo. Mặc định theo đuôi của `--output` (.html, .md, .json), nếu không thì `pretty`.',
        en: 'The report format. Defaults to what the `--output` extension says (.html, .md, .json), else `pretty`.',
      },
    },
    failOnOption,
    methodologyOption,
    ...readOptions,
  ],
  async run(context) {
    return withPipelineInput(context, 'report', async (input) => {
      const report = await runPipeline({ ...input, methodology: methodologyOf(context) })
      await emit(context, render(report, context))
      const failOn = stringOption(context.options['fail-on'])
      return exitCodeOf(report, failOn === undefined ? undefined : FAIL_ON[failOn])
    })
  },
}

function formatFor(context: CommandContext): ReportFormat {
  const format = stringOption(context.options.format)
  if (format !== undefined) return format as ReportFormat
  const extension = extname(stringOption(context.options.output) ?? '').toLowerCase()
  if (extension === '.html' || extension === '.htm') return 'html'
  if (extension === '.md') return 'markdown'
  if (extension === '.json') return 'json'
  return 'pretty'
}

function render(report: PipelineReport, context: CommandContext): string | Iterable<string> {
  const { lang } = context
  switch (formatFor(context)) {
    case 'html':
      return reportToHtml(report, { lang })
    case 'markdown':
      return reportToMarkdown(report, { lang })
    case 'json':
      return reportJsonChunks(report, { lang })
    case 'pretty':
      return reportToPretty(report, { lang, color: colorFor(context), width: widthFor(context) })
  }
}
