import { extname } from 'node:path'
import {
  type ProgressReport,
  progressReportToHtml,
  progressReportToMarkdown,
  progressReportToPretty,
} from '@tiendo/io'
import { serializeTargetReport } from '@tiendo/rules'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { progressInput, toProgressReport } from '../assessment/progress-input'
import { anyFailing } from '../assessment/target-issues'
import type { Command, CommandContext } from '../command'
import { ExitCode } from '../exit-codes'
import { colorFor } from '../formats/issues-format'
import { readOptions } from '../input/read-options'
import { packOption, stringOption } from '../options'
import { emit } from '../output'

const REPORT_FORMATS = ['html', 'markdown', 'pretty', 'json'] as const
type ReportFormat = (typeof REPORT_FORMATS)[number]

/**
 * `tiendo report <files…> --pack <id|path>`: validation, rule results and progress to every
 * target in one report: HTML with charts (one self-contained file), Markdown, or text.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: {
    vi: 'Báo cáo đầy đủ: kiểm tra dữ liệu, kết quả quy tắc, tiến độ đến mục tiêu (HTML có biểu đồ, Markdown)',
    en: 'The whole report: validation, rule results, progress to targets (HTML with charts, Markdown)',
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
    ...readOptions,
  ],
  async run(context) {
    const input = await progressInput(context, 'report', { evaluate: true })
    const report = toProgressReport(input)
    await emit(context, render(report, input.targets, context))
    const failOn = stringOption(context.options['fail-on'])
    const failing = failOn === undefined ? undefined : FAIL_ON[failOn]
    if (input.submission.cannotRead) return ExitCode.cannotRun
    if (input.submission.issues.errors > 0 || anyFailing(input.targets, failing)) {
      return ExitCode.failed
    }
    return ExitCode.ok
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

function render(
  report: ProgressReport,
  targets: readonly Parameters<typeof serializeTargetReport>[0][],
  context: CommandContext,
): string {
  const { lang } = context
  switch (formatFor(context)) {
    case 'html':
      return progressReportToHtml(report, { lang })
    case 'markdown':
      return progressReportToMarkdown(report, { lang })
    case 'json':
      return `${JSON.stringify(
        {
          pack: report.pack,
          validation: { valid: report.validation?.valid, stats: report.validation?.stats },
          evaluation: report.evaluation?.summary,
          targets: targets.map(serializeTargetReport),
        },
        null,
        2,
      )}\n`
    case 'pretty':
      return progressReportToPretty(report, { lang, color: colorFor(context) })
  }
}
