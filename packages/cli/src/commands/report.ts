import { extname, resolve } from 'node:path'
import {
  type PipelineReport,
  reportJsonChunks,
  reportToDocx,
  reportToHtml,
  reportToMarkdown,
  reportToPretty,
  reportToXlsx,
  runPipeline,
} from '@tiendo/pipeline'
import { FAIL_ON, failOnOption } from '../assessment/fail-on'
import { methodologyOf, methodologyOption } from '../assessment/methodology-option'
import { CliError } from '../cli-error'
import type { Command, CommandContext } from '../command'
import { colorFor, widthFor } from '../formats/issues-format'
import { readOptions } from '../input/read-options'
import { withPipelineInput } from '../input/store-input'
import { packOption, stringOption } from '../options'
import { emit, writeOutputFile } from '../output'
import { exitCodeOf } from './exit-code-of'
import { readReportConfig } from './report-config'

const REPORT_FORMATS = ['html', 'markdown', 'pretty', 'json', 'docx', 'xlsx'] as const
type ReportFormat = (typeof REPORT_FORMATS)[number]

/** The formats written as files of bytes (a Word document, an Excel workbook), never to a terminal. */
const BINARY: ReadonlySet<ReportFormat> = new Set(['docx', 'xlsx'])

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.json': 'json',
  '.docx': 'docx',
  '.xlsx': 'xlsx',
}

/**
 * `tiendo report <files…> --pack <id|path>`: validation, derived figures, rule results and
 * progress to every target in one report: HTML with charts (one self-contained file),
 * Markdown, text, JSON (documented by `tiendo schema report`), a Word báo cáo in the form of
 * Decree 30/2020/NĐ-CP, or the tables as an Excel workbook.
 */
export const reportCommand: Command = {
  name: 'report',
  summary: {
    vi: 'Báo cáo đầy đủ: kiểm tra dữ liệu, số liệu tính ra, kết quả quy tắc, tiến độ đến mục tiêu (HTML có biểu đồ, Markdown, JSON, Word, Excel)',
    en: 'The whole report: validation, derived figures, rule results, progress to targets (HTML with charts, Markdown, JSON, Word, Excel)',
  },
  synopsis: `<files…> --pack <id|path> [--output report.html] [--format ${REPORT_FORMATS.join('|')}]`,
  examples: [
    'tiendo report ninh-thuan.csv --records san-pham-cds.csv --pack ninh-thuan --output bao-cao.html',
    'tiendo report ninh-thuan.csv --pack ninh-thuan --output bao-cao.docx --report-config bao-cao.json',
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
        vi: 'Định dạng báo cáo. Mặc định theo đuôi của `--output` (.html, .md, .json, .docx, .xlsx), nếu không thì `pretty`. `docx` và `xlsx` cần `--output`.',
        en: 'The report format. Defaults to what the `--output` extension says (.html, .md, .json, .docx, .xlsx), else `pretty`. `docx` and `xlsx` need `--output`.',
      },
    },
    {
      name: 'report-config',
      type: 'string',
      valueName: 'FILE',
      description: {
        vi: 'Tệp JSON cho báo cáo Word: cơ quan ban hành, ký hiệu, địa danh, người ký, nơi nhận. Mặc định: để trống các ô cần điền.',
        en: 'A JSON file for the Word report: issuing body, symbol, place, signer, recipients. Defaults to fields left to fill in.',
      },
    },
    failOnOption,
    methodologyOption,
    ...readOptions,
  ],
  async run(context) {
    const format = formatFor(context)
    const output = stringOption(context.options.output)
    if (BINARY.has(format) && output === undefined) {
      throw new CliError(
        {
          vi: `Báo cáo dạng ${format} là tệp nhị phân: cần \`--output TỆP.${format}\`.`,
          en: `A ${format} report is a binary file: it needs \`--output FILE.${format}\`.`,
        },
        {
          vi: `Ví dụ: \`tiendo report … --output bao-cao.${format}\`.`,
          en: `For example \`tiendo report … --output report.${format}\`.`,
        },
      )
    }
    const configFile = stringOption(context.options['report-config'])
    const config =
      configFile === undefined ? undefined : await readReportConfig(context.cwd, configFile)
    return withPipelineInput(context, 'report', async (input) => {
      const report = await runPipeline({ ...input, methodology: methodologyOf(context) })
      if (format === 'docx' || format === 'xlsx') {
        const { lang } = context
        const bytes =
          format === 'docx'
            ? await reportToDocx(report, { lang, config })
            : await reportToXlsx(report, { lang })
        await writeOutputFile(resolve(context.cwd, output!), bytes)
      } else {
        await emit(context, render(report, format, context))
      }
      const failOn = stringOption(context.options['fail-on'])
      return exitCodeOf(report, failOn === undefined ? undefined : FAIL_ON[failOn])
    })
  },
}

function formatFor(context: CommandContext): ReportFormat {
  const format = stringOption(context.options.format)
  if (format !== undefined) return format as ReportFormat
  const extension = extname(stringOption(context.options.output) ?? '').toLowerCase()
  return EXTENSIONS[extension] ?? 'pretty'
}

function render(
  report: PipelineReport,
  format: Exclude<ReportFormat, 'docx' | 'xlsx'>,
  context: CommandContext,
): string | Iterable<string> {
  const { lang } = context
  switch (format) {
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
