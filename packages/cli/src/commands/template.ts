import { resolve } from 'node:path'
import { submissionTemplate } from '@tiendo/pipeline'
import { parsePeriod } from '@tiendo/schema'
import { CliError } from '../cli-error'
import type { Command } from '../command'
import { ExitCode } from '../exit-codes'
import { refuseFiles } from '../input/refuse-files'
import { packOption, stringOption } from '../options'
import { writeOutputFile } from '../output'
import { cataloguePack } from './catalogue-pack'
import { defaultToNational } from './indicators'

/** Where the template goes when `--output` names no file. */
const DEFAULT_OUTPUT = 'mau-so-lieu.xlsx'

/** `tiendo template --pack <id|path> [--unit CODE] [--period P]`: an Excel workbook to fill in. */
export const templateCommand: Command = {
  name: 'template',
  summary: {
    vi: 'Tạo mẫu Excel (.xlsx) để cơ quan, đơn vị nhập số liệu: danh sách chọn chỉ tiêu, đơn vị, kỳ; kiểm tra giới hạn; hướng dẫn',
    en: 'Write an Excel (.xlsx) template for agencies to fill in: drop-down lists of indicators, units and periods, bounds checked, instructions',
  },
  synopsis: '[--pack <id|path>] [--unit CODE] [--period PERIOD] [--output FILE.xlsx]',
  examples: [
    'tiendo template --pack ninh-thuan --output mau-so-lieu.xlsx',
    'tiendo template --pack khanh-hoa --unit 56 --period 2025 --output khanh-hoa-2025.xlsx',
  ],
  options: [
    { ...packOption, description: defaultToNational(packOption.description) },
    {
      name: 'unit',
      type: 'string',
      valueName: 'CODE',
      description: {
        vi: 'Đơn vị nhập số liệu: danh sách đơn vị chỉ gồm đơn vị này và các đơn vị trực thuộc. Mặc định mọi đơn vị của bộ quy tắc.',
        en: 'The unit that fills it in: the unit list holds it and the units under it. Defaults to every unit of the pack.',
      },
    },
    {
      name: 'period',
      type: 'string',
      valueName: 'PERIOD',
      description: {
        vi: 'Kỳ số liệu cần nhập (`2025`, `2025-Q3`): danh sách kỳ chỉ có kỳ này. Mặc định các năm 2020–2030.',
        en: 'The period asked for (`2025`, `2025-Q3`): the period list holds only it. Defaults to the years 2020–2030.',
      },
    },
  ],
  async run(context) {
    refuseFiles(context, 'template')
    const output = stringOption(context.options.output) ?? DEFAULT_OUTPUT
    if (!/\.xlsx$/i.test(output)) throw notXlsx(output)
    const pack = await cataloguePack(context)
    const unit = stringOption(context.options.unit)
    if (unit !== undefined && !(pack.units ?? []).some((candidate) => candidate.code === unit)) {
      throw unknownUnit(unit, pack.id)
    }
    const period = stringOption(context.options.period)
    // The period becomes the workbook's only choice: a wrong one would make every row wrong.
    if (period !== undefined && !parsePeriod(period).ok) throw notAPeriod(period)
    const bytes = await submissionTemplate(pack, { unit, period })
    await writeOutputFile(resolve(context.cwd, output), bytes)
    context.stdout.write(
      context.lang === 'vi'
        ? `Đã tạo ${output} (bộ quy tắc ${pack.id}). Nhập số liệu ở trang “Số liệu”, rồi kiểm tra: tiendo validate ${output} --pack ${pack.id}\n`
        : `Created ${output} (pack ${pack.id}). Fill in the “Số liệu” sheet, then check it: tiendo validate ${output} --pack ${pack.id}\n`,
    )
    return ExitCode.ok
  },
}

function notXlsx(output: string): CliError {
  return new CliError(
    {
      vi: `\`tiendo template\` ghi tệp Excel .xlsx, không ghi được \`${output}\`.`,
      en: `\`tiendo template\` writes an Excel .xlsx file, not \`${output}\`.`,
    },
    {
      vi: 'Đặt tên tệp có đuôi .xlsx, ví dụ `--output mau-so-lieu.xlsx`.',
      en: 'Give a file name ending in .xlsx, e.g. `--output template.xlsx`.',
    },
  )
}

function unknownUnit(unit: string, pack: string): CliError {
  return new CliError(
    {
      vi: `Bộ quy tắc ${pack} không có đơn vị mã \`${unit}\`.`,
      en: `The pack ${pack} has no unit coded \`${unit}\`.`,
    },
    {
      vi: `Xem các mã đơn vị: \`tiendo units --pack ${pack}\`.`,
      en: `See the unit codes: \`tiendo units --pack ${pack}\`.`,
    },
  )
}

function notAPeriod(period: string): CliError {
  return new CliError(
    {
      vi: `\`--period ${period}\` không phải một kỳ báo cáo.`,
      en: `\`--period ${period}\` is not a period.`,
    },
    {
      vi: 'Ghi năm `2025`, nửa năm `2025-H1`, quý `2025-Q3`, tháng `2025-09` hoặc khoảng `2025-01/2025-09`.',
      en: 'Write a year `2025`, a half `2025-H1`, a quarter `2025-Q3`, a month `2025-09` or a span `2025-01/2025-09`.',
    },
  )
}
