/**
 * The words of the submission template: its sheets, its columns with the comment each
 * carries, and the instructions sheet, in Vietnamese first (the people who fill it in read
 * Vietnamese), English after.
 */

import type { LocalizedText } from '@tiendo/schema'

/** The sheets of the template. The data sheet's name is the one `tiendo validate` looks for. */
export const TEMPLATE_SHEETS = {
  instructions: 'Hướng dẫn',
  indicators: 'Chỉ tiêu',
  units: 'Đơn vị',
} as const

/** A column of the data sheet: its code (what Tiendo reads), label and comment. */
export interface TemplateColumn {
  readonly code: string
  readonly label: LocalizedText
  readonly comment: LocalizedText
  readonly width: number
}

/** The columns of the data sheet, in order: an observation file's columns (docs/data-files.md). */
export const TEMPLATE_COLUMNS: readonly TemplateColumn[] = [
  {
    code: 'indicator',
    label: { vi: 'Chỉ tiêu', en: 'Indicator' },
    comment: {
      vi: 'Bắt buộc. Mã chỉ tiêu: chọn trong danh sách (trang “Chỉ tiêu” giải thích từng mã).',
      en: 'Required. The indicator’s id: pick it from the list (the “Chỉ tiêu” sheet explains each).',
    },
    width: 34,
  },
  {
    code: 'unit',
    label: { vi: 'Đơn vị', en: 'Unit' },
    comment: {
      vi: 'Bắt buộc. Mã đơn vị hành chính hoặc cơ quan: chọn trong danh sách (trang “Đơn vị”).',
      en: 'Required. The code of the administrative unit or agency: pick it from the list (the “Đơn vị” sheet).',
    },
    width: 14,
  },
  {
    code: 'period',
    label: { vi: 'Kỳ', en: 'Period' },
    comment: {
      vi: 'Bắt buộc. Kỳ số liệu: năm (2024), quý (2024-Q3), tháng (2024-09), nửa năm (2024-H1), hoặc lũy kế (2024-01/2024-09).',
      en: 'Required. The period: a year (2024), a quarter (2024-Q3), a month (2024-09), a half (2024-H1), or a span (2024-01/2024-09).',
    },
    width: 12,
  },
  {
    code: 'value',
    label: { vi: 'Giá trị', en: 'Value' },
    comment: {
      vi: 'Bắt buộc. Một số, trong giới hạn của chỉ tiêu (trang “Chỉ tiêu”). Tỷ lệ ghi bằng số phần trăm: 87,5 chứ không phải 0,875.',
      en: 'Required. A number, within the indicator’s bounds (the “Chỉ tiêu” sheet). Rates in percent: 87.5, not 0.875.',
    },
    width: 12,
  },
  {
    code: 'status',
    label: { vi: 'Tình trạng số liệu', en: 'Status' },
    comment: {
      vi: 'Không bắt buộc. actual: số thực hiện; estimate: số ước tính; provisional: số tạm tính; preliminary: số sơ bộ; planned: số kế hoạch.',
      en: 'Optional. actual, estimate, provisional, preliminary or planned.',
    },
    width: 16,
  },
  {
    code: 'source',
    label: { vi: 'Nguồn', en: 'Source' },
    comment: {
      vi: 'Không bắt buộc. Văn bản hoặc báo cáo công bố số liệu (số hiệu, cơ quan, ngày).',
      en: 'Optional. The document or report that gives the figure (number, publisher, date).',
    },
    width: 36,
  },
  {
    code: 'note',
    label: { vi: 'Ghi chú', en: 'Note' },
    comment: { vi: 'Không bắt buộc.', en: 'Optional.' },
    width: 30,
  },
]

/** The instructions sheet, a paragraph a line. */
export function instructionLines(pack: string, dataSheet: string): string[] {
  return [
    `Mẫu nhập số liệu — bộ quy tắc ${pack}`,
    '',
    `1. Nhập số liệu ở trang “${dataSheet}”, mỗi dòng một giá trị của một chỉ tiêu, một đơn vị, một kỳ.`,
    '2. Chọn chỉ tiêu, đơn vị, kỳ và tình trạng trong danh sách thả xuống; Excel báo khi giá trị nằm ngoài giới hạn của chỉ tiêu, hay có số lẻ ở chỉ tiêu tính bằng số nguyên.',
    '3. Không đổi tên trang, không sửa dòng tiêu đề (dòng đầu của mỗi ô tiêu đề là mã cột Tiendo đọc).',
    '4. Ô để trống được bỏ qua; không gộp ô; không thêm dòng tổng cộng.',
    '5. Trang “Chỉ tiêu” giải thích từng chỉ tiêu (đơn vị đo, giới hạn, cách tổng hợp, có phải số nguyên không); trang “Đơn vị” liệt kê các mã đơn vị.',
    `6. Kiểm tra trước khi gửi: tiendo validate <tệp>.xlsx --pack ${pack}`,
    '',
    `Data-entry template — pack ${pack}`,
    `Enter figures on the “${dataSheet}” sheet, one value of one indicator, unit and period per row; pick codes from the drop-down lists; keep the sheet names and the header row. Check before sending: tiendo validate <file>.xlsx --pack ${pack}`,
  ]
}
