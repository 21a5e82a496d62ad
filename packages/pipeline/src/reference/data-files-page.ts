/**
 * The data-file reference (`docs/data-files.md`): the columns of observation and record
 * files and the values their coded columns allow, from the code that reads them, so that a
 * test keeps the page and the readers together.
 */

import { OBSERVATION_COLUMNS, RECORD_COLUMNS } from '@tiendo/io/parse'
import { DEFAULT_RECORD_STATUSES } from '@tiendo/rules'
import type { LocalizedText } from '@tiendo/schema'
import { ObservationStatusSchema, QualifierSchema, RecordStatusSchema } from '@tiendo/schema'
import { markdownTable } from '../catalogue/markdown-table'
import {
  OBSERVATION_STATUS_WORDS,
  QUALIFIER_WORDS,
  RECORD_STATUS_WORDS,
} from '../render/vocabulary'

/** What each column holds, in both languages. */
const COLUMN_WORDS: Readonly<Record<string, LocalizedText>> = {
  indicator: {
    vi: 'Mã chỉ tiêu của bộ quy tắc (`tiendo indicators`).',
    en: 'The pack’s indicator id (`tiendo indicators`).',
  },
  unit: {
    vi: 'Mã đơn vị (`tiendo units`), không phải tên: `58`, không phải `Ninh Thuận` (gợi ý của lỗi nêu mã của tên đó); `56@2025-07-01` khi một mã có nhiều thời kỳ.',
    en: 'The unit code (`tiendo units`), not its name: `58`, not `Ninh Thuận` (the error’s hint names the code of that name); `56@2025-07-01` where a code has several lives.',
  },
  period: {
    vi: 'Kỳ: `2024`, `2024-H1`, `2024-Q3`, `2024-09`, `2024-01/2024-09`.',
    en: 'The period: `2024`, `2024-H1`, `2024-Q3`, `2024-09`, `2024-01/2024-09`.',
  },
  value: {
    vi: 'Giá trị, số thập phân (`87.5`; `87,5` với `--number-locale vi`, trong CSV đặt trong ngoặc kép: `"87,5"`); số lượng và thứ hạng là số nguyên, không có dấu phân cách hàng nghìn (`1250`, không ghi `1.250`).',
    en: 'The value, a decimal (`87.5`; `87,5` with `--number-locale vi`, in CSV within double quotes: `"87,5"`); a count or a rank is a whole number, without thousands separators (`1250`, not `1.250`).',
  },
  qualifier: {
    vi: 'Giá trị là cận hay khoảng (xem dưới).',
    en: 'Whether the value is a bound or a range (below).',
  },
  low: {
    vi: 'Đầu dưới của khoảng (`qualifier: range`).',
    en: 'The low end of a range (`qualifier: range`).',
  },
  high: {
    vi: 'Đầu trên của khoảng (`qualifier: range`).',
    en: 'The high end of a range (`qualifier: range`).',
  },
  status: { vi: 'Tình trạng (xem dưới).', en: 'Its status (below).' },
  source: { vi: 'Văn bản, báo cáo công bố số liệu.', en: 'The document or report that gives it.' },
  note: { vi: 'Ghi chú.', en: 'A note.' },
  kind: {
    vi: 'Loại bản ghi mà quy tắc đếm, ví dụ `dx_product`.',
    en: 'The kind of record a rule counts, e.g. `dx_product`.',
  },
  date: { vi: 'Ngày (`2024-05-31`).', en: 'The date (`2024-05-31`).' },
  title: {
    vi: 'Tên (ví dụ tên sản phẩm chuyển đổi số).',
    en: 'Its title (e.g. the DX product’s name).',
  },
  id: {
    vi: 'Mã riêng của bản ghi; hai bản ghi cùng mã mà khác nội dung là lỗi.',
    en: 'The record’s own id; two records with one id and different contents are an error.',
  },
  evidence: {
    vi: 'Đường dẫn tới minh chứng (http, https).',
    en: 'A link to the evidence (http, https).',
  },
}

function columnRows(columns: { required: readonly string[]; optional: readonly string[] }) {
  return [
    ...columns.required.map((column) => [
      column,
      'bắt buộc · required',
      COLUMN_WORDS[column]?.vi ?? '',
      COLUMN_WORDS[column]?.en ?? '',
    ]),
    ...columns.optional.map((column) => [
      column,
      'không bắt buộc · optional',
      COLUMN_WORDS[column]?.vi ?? '',
      COLUMN_WORDS[column]?.en ?? '',
    ]),
  ]
}

function valueRows(values: readonly string[], words: Readonly<Record<string, LocalizedText>>) {
  return values.map((value) => [value, words[value]?.vi ?? '', words[value]?.en ?? ''])
}

/** The page, as Markdown. `regenerate` is the command that writes it again. */
export function dataFilesPage(regenerate: string): string {
  const valueHeader = ['Value', 'Tiếng Việt', 'English']
  const columnHeader = ['Column', 'Cột', 'Tiếng Việt', 'English']
  return [
    '# Data files',
    '',
    `<!-- Made from the readers' code by \`${regenerate}\`; a test fails when it drifts. Do not edit by hand. -->`,
    '',
    'Tiendo reads CSV, NDJSON, JSON and XLSX files (an XLSX workbook from the sheet named',
    '(`--sheet`), else its `Số liệu` sheet as `tiendo template` writes it, else its first visible',
    'sheet; other sheets laid out as data in the same columns are named in a `sheets_not_read`',
    'warning, as they are not read). A file holds **observations** (figures) or **records**',
    '(events such as DX products), told apart by its columns: a `kind` column and no',
    '`indicator` column make a record file. Column names are case-sensitive: a column named',
    'in another case or in Vietnamese (`Kind`, `Loại`, `Giá trị`) is told to be renamed (and',
    'still tells a record file apart); any other column Tiendo does not read is reported',
    '(`unknown_column`) and ignored. The header is the first row of a CSV file or sheet (blank',
    'rows before it are skipped). A title or a note above it is refused (`missing_column`), naming',
    'the row the header is on when it is among the next ten (`headerRow`): delete the rows above',
    'it. What each problem means:',
    '[issue codes](issue-codes.md).',
    '',
    '## Observation files',
    '',
    ...markdownTable(columnHeader, columnRows(OBSERVATION_COLUMNS)),
    '',
    '### `status`',
    '',
    ...markdownTable(
      valueHeader,
      valueRows(ObservationStatusSchema.options, OBSERVATION_STATUS_WORDS),
    ),
    '',
    '### `qualifier`',
    '',
    ...markdownTable(
      valueHeader,
      valueRows(QualifierSchema.options, {
        ...QUALIFIER_WORDS,
        exact: { vi: 'đúng bằng (mặc định)', en: 'exactly (the default)' },
        range: { vi: 'trong khoảng `low`–`high`', en: 'between `low` and `high`' },
      }),
    ),
    '',
    '## Record files',
    '',
    ...markdownTable(columnHeader, columnRows(RECORD_COLUMNS)),
    '',
    '### `status`',
    '',
    `A rule that counts records counts those whose status it names; by default ${DEFAULT_RECORD_STATUSES.map((status) => `\`${status}\``).join(', ')}.`,
    '',
    ...markdownTable(valueHeader, valueRows(RecordStatusSchema.options, RECORD_STATUS_WORDS)),
    '',
  ].join('\n')
}
