import { extname, resolve } from 'node:path'
import {
  type PipelineReport,
  reportToDocx,
  reportToHtml,
  reportToMarkdown,
  reportToPretty,
  reportToXlsx,
  runPipeline,
  runPipelineInParts,
  runPipelineToJson,
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
import { type ExitCodeInput, exitCodeOf } from './exit-code-of'
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
    {
      name: 'in-parts',
      type: 'boolean',
      description: {
        vi: 'Chạy cả nước theo từng tỉnh (mỗi đơn vị ngay dưới cấp cao nhất, cùng các đơn vị hợp nhất với nó), rồi cấp quốc gia từ số liệu của các tỉnh: bộ nhớ chỉ cần cho một tỉnh mỗi lúc. Chỉ ghi JSON (mặc định khi có tùy chọn này). Dành cho kho cả nước (`--store`): mỗi tỉnh chỉ đọc các dòng của mình. Không dùng cùng `--unit`.',
        en: 'Run the whole country province by province (each unit just under the top, with the units it merged with), then the country from the provinces\u2019 figures: memory for one province at a time. Writes JSON only (the default with this option). Meant for a national store (`--store`): each province reads only its rows. Not with `--unit`.',
      },
    },
    ...readOptions,
  ],
  async run(context) {
    const format = formatFor(context)
    if (context.options['in-parts'] === true) return reportInParts(context, format)
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
    if (format === 'json') return reportJson(context)
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
  return EXTENSIONS[extension] ?? (context.options['in-parts'] === true ? 'json' : 'pretty')
}

/** A JSON report: its long lists written to disk as they are made, never all held at once. */
async function reportJson(context: CommandContext): Promise<number> {
  return withPipelineInput(context, 'report', async (input) => {
    const report = await runPipelineToJson({ ...input, methodology: methodologyOf(context) })
    return emitSpooled(context, report)
  })
}

/** Writes a JSON report read back from its spool, removes the spool, and gives the exit code. */
async function emitSpooled(
  context: CommandContext,
  report: ExitCodeInput & {
    jsonPieces(): Iterable<string | Uint8Array>
    close(): Promise<void>
  },
): Promise<number> {
  try {
    await emit(context, report.jsonPieces())
  } finally {
    await report.close()
  }
  const failOn = stringOption(context.options['fail-on'])
  return exitCodeOf(report, failOn === undefined ? undefined : FAIL_ON[failOn])
}

/** `--in-parts`: the country province by province, one JSON report merged from them. */
async function reportInParts(context: CommandContext, format: ReportFormat): Promise<number> {
  if (format !== 'json') {
    throw new CliError(
      {
        vi: `\`--in-parts\` chỉ ghi báo cáo JSON, không ghi ${format}.`,
        en: `\`--in-parts\` writes a JSON report only, not ${format}.`,
      },
      {
        vi: 'Bỏ `--format` (hoặc dùng `--format json`, `--output bao-cao.json`); để có báo cáo khác, chạy cho từng tỉnh bằng `--unit`.',
        en: 'Leave `--format` out (or use `--format json`, `--output report.json`); for another format, run one province with `--unit`.',
      },
    )
  }
  if (context.options.unit !== undefined) {
    throw new CliError(
      {
        vi: '`--in-parts` chạy cho cả nước: không dùng cùng `--unit`.',
        en: '`--in-parts` runs the whole country: it does not take `--unit`.',
      },
      {
        vi: 'Bỏ `--unit` để chạy cả nước theo từng tỉnh, hoặc bỏ `--in-parts` để chạy cho một tỉnh.',
        en: 'Leave `--unit` out to run the whole country province by province, or `--in-parts` to run one province.',
      },
    )
  }
  return withPipelineInput(context, 'report', async ({ units: _, ...input }) => {
    // The progress line names the part being read: each reads the same sources.
    let part = ''
    const report = await runPipelineInParts({
      ...input,
      methodology: methodologyOf(context),
      onPart({ index, count }) {
        part = context.lang === 'vi' ? `phần ${index}/${count}` : `part ${index}/${count}`
      },
      onProgress: (event) =>
        input.onProgress?.(
          event.source === undefined ? event : { ...event, source: `${part} · ${event.source}` },
        ),
    })
    return emitSpooled(context, report)
  })
}

function render(
  report: PipelineReport,
  format: Exclude<ReportFormat, 'docx' | 'xlsx' | 'json'>,
  context: CommandContext,
): string | Iterable<string> {
  const { lang } = context
  switch (format) {
    case 'html':
      return reportToHtml(report, { lang })
    case 'markdown':
      return reportToMarkdown(report, { lang })
    case 'pretty':
      return reportToPretty(report, { lang, color: colorFor(context), width: widthFor(context) })
  }
}
