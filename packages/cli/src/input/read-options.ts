import type { ReadLimits, ReadObservationsOptions } from '@tiendo/io'
import { DEFAULT_READ_LIMITS } from '@tiendo/io'
import { CliError } from '../cli-error'
import type { CommandContext, OptionSpec } from '../command'
import { numberLocaleOption } from './number-locales'
import { storeOption, storeWaitOption } from './store-option'

/** The limit options, by flag, with the `ReadLimits` field each sets. */
const LIMITS: ReadonlyArray<{ flag: string; field: keyof ReadLimits; vi: string; en: string }> = [
  {
    flag: 'max-file-bytes',
    field: 'maxFileBytes',
    vi: 'Kích thước tệp tối đa (byte)',
    en: 'Largest file, in bytes',
  },
  {
    flag: 'max-in-memory-bytes',
    field: 'maxInMemoryBytes',
    vi: 'Kích thước tối đa của tệp JSON/XLSX, vốn được đọc toàn bộ vào bộ nhớ (byte)',
    en: 'Largest JSON/XLSX file, which is read whole into memory, in bytes',
  },
  {
    flag: 'max-rows',
    field: 'maxRows',
    vi: 'Số dòng dữ liệu tối đa mỗi tệp',
    en: 'Most data rows per file',
  },
  { flag: 'max-columns', field: 'maxColumns', vi: 'Số cột tối đa', en: 'Most columns' },
  {
    flag: 'max-cell-chars',
    field: 'maxCellChars',
    vi: 'Số ký tự tối đa của một ô',
    en: 'Longest cell, in characters',
  },
]

/** The options of commands that read data files. */
export const readOptions: readonly OptionSpec[] = [
  {
    name: 'records',
    type: 'string',
    valueName: 'FILE',
    multiple: true,
    description: {
      vi: 'Tệp bản ghi (vd. sản phẩm chuyển đổi số: cột kind,unit,date,status,title). Không cần khi tiêu đề của tệp đã cho thấy (có cột `kind` mà không có `indicator`). Lặp lại được.',
      en: 'A record file (e.g. DX products: columns kind,unit,date,status,title). Not needed when its header shows it (a `kind` column and no `indicator`). Repeatable.',
    },
  },
  numberLocaleOption,
  {
    name: 'sheet',
    type: 'string',
    valueName: 'NAME',
    description: {
      vi: 'Trang tính cần đọc trong tệp XLSX. Mặc định trang tên `Số liệu` (trang số liệu của mẫu `tiendo template`), nếu không có thì trang hiện đầu tiên.',
      en: 'The XLSX sheet to read. Defaults to the sheet named `Số liệu` (the data sheet of a `tiendo template` workbook), else the first visible sheet.',
    },
  },
  {
    name: 'unit',
    type: 'string',
    valueName: 'U',
    multiple: true,
    description: {
      vi: 'Chỉ chạy cho đơn vị này (mã, vd. `56`), mọi đơn vị trực thuộc và các đơn vị hợp nhất thành hoặc từ nó: dòng của đơn vị khác được bỏ qua, không đọc. Với `--store`, kho chỉ đọc các dòng đó. Lặp lại được, hoặc `56,58`.',
      en: 'Run for this unit only (its code, e.g. `56`), every unit under it and the units it was formed from or became: rows of other units are left out unread. With `--store`, the store reads only those rows. Repeatable, or `56,58`.',
    },
  },
  {
    name: 'today',
    type: 'string',
    valueName: 'YYYY-MM-DD',
    description: {
      vi: 'Ngày hôm nay, để kiểm tra không có số liệu của tương lai. Mặc định ngày thật.',
      en: 'Today, for the "nothing in the future" check. Defaults to the real date.',
    },
  },
  ...LIMITS.map(
    (limit): OptionSpec => ({
      name: limit.flag,
      type: 'string',
      valueName: 'N',
      description: {
        vi: `${limit.vi}. Mặc định ${DEFAULT_READ_LIMITS[limit.field]}.`,
        en: `${limit.en}. Defaults to ${DEFAULT_READ_LIMITS[limit.field]}.`,
      },
    }),
  ),
  storeOption,
  storeWaitOption,
]

/** The reader options the command line asks for. */
export function readerOptions(context: CommandContext): ReadObservationsOptions {
  const limits: Partial<ReadLimits> = {}
  for (const limit of LIMITS) {
    const text = context.options[limit.flag]
    if (typeof text !== 'string') continue
    const value = Number(text)
    if (!/^[0-9]+$/.test(text) || !Number.isSafeInteger(value) || value <= 0) {
      throw new CliError(
        {
          vi: `\`--${limit.flag}\` cần một số nguyên dương, không phải \`${text}\`.`,
          en: `\`--${limit.flag}\` needs a positive whole number, not \`${text}\`.`,
        },
        {
          vi: `Ví dụ \`--${limit.flag} 1000000\`.`,
          en: `For example \`--${limit.flag} 1000000\`.`,
        },
      )
    }
    limits[limit.field] = value
  }
  const sheet = context.options.sheet
  return {
    limits,
    sheet: typeof sheet === 'string' ? sheet : undefined,
  }
}

/** The units of `--unit` (repeated, or separated by commas); `undefined` when not given. */
export function unitsOption(context: CommandContext): string[] | undefined {
  const given = context.options.unit
  if (given === undefined) return undefined
  const values = Array.isArray(given) ? given : [given]
  return values.flatMap((value) => String(value).split(','))
}

/** `--today`, checked, or today's local date. */
export function todayOption(context: CommandContext): string {
  const text = context.options.today
  if (typeof text !== 'string') {
    const now = new Date()
    const pad = (n: number) => String(n).padStart(2, '0')
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
  }
  const date = new Date(`${text}T00:00:00Z`)
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(text) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== text
  ) {
    throw new CliError(
      {
        vi: `\`--today\` không phải một ngày: \`${text}\`.`,
        en: `\`--today\` is not a date: \`${text}\`.`,
      },
      {
        vi: 'Ghi theo dạng YYYY-MM-DD, ví dụ `--today 2025-06-30`.',
        en: 'Write it as YYYY-MM-DD, e.g. `--today 2025-06-30`.',
      },
    )
  }
  return text
}
