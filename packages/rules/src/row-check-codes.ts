import type { IssueRegistry } from '@tiendo/schema'
import type { RowCheckIssueFields } from './row-check-fields'

/**
 * What the checks of submitted rows against a pack report: what each code means, how to fix
 * it, and its typed fields. @internal
 */
export const ROW_CHECK_CODES: IssueRegistry<RowCheckIssueFields> = {
  unknown_indicator: {
    severity: 'error',
    meaning: {
      vi: 'Mã chỉ tiêu không có trong bộ quy tắc.',
      en: 'The indicator id is not one of the pack’s.',
    },
    fix: {
      vi: 'Sửa mã theo `tiendo indicators --pack …`, hoặc thêm chỉ tiêu vào bộ quy tắc của tỉnh.',
      en: 'Correct the id from `tiendo indicators --pack …`, or add the indicator to your pack.',
    },
    fields: {
      pack: 'The id of the pack the row was checked against (left out when a rule of a pack names the indicator).',
      suggestions:
        'The indicator ids the row most likely meant, best first; empty when none is close (left out when a rule of a pack names the indicator).',
    },
  },
  value_out_of_bounds: {
    severity: 'error',
    meaning: {
      vi: 'Giá trị nằm ngoài giới hạn của chỉ tiêu (ví dụ tỷ lệ trên 100).',
      en: 'The value lies outside the indicator’s bounds (a rate above 100).',
    },
    fix: {
      vi: 'Kiểm tra số và đơn vị đo: tỷ lệ ghi `87.5`, không ghi `0.875` hay `875`.',
      en: 'Check the figure and its unit of measure: a rate is `87.5`, not `0.875` or `875`.',
    },
    fields: {
      field: 'The figure outside the bounds: `value`, or an end of a range (`low`, `high`).',
      value: 'The figure as written in the row.',
      min: 'The indicator’s lower bound as a decimal; left out when it has none.',
      max: 'The indicator’s upper bound as a decimal; left out when it has none.',
      indicatorName: 'The indicator’s name as the pack gives it (`{ vi, en }`).',
      indicatorUnit: 'The indicator’s unit of measure as the pack gives it (`percent`, `count`…).',
    },
  },
  value_not_whole: {
    severity: 'error',
    meaning: {
      vi: 'Chỉ tiêu tính bằng số nguyên (số lượng, thứ hạng) nhưng giá trị có phần thập phân hoặc dấu chấm phân cách hàng nghìn.',
      en: 'The indicator takes whole numbers (a count, a rank), but the value has decimals or dots between thousands.',
    },
    fix: {
      vi: 'Ghi số nguyên, không có dấu phân cách hàng nghìn: `1250`, không ghi `1.250`. Nếu chỉ tiêu được phép có số lẻ, bộ quy tắc khai báo `wholeNumbers: false`.',
      en: 'Write the whole number without thousands separators: `1250`, not `1.250`. If the indicator may take decimals, its pack declares `wholeNumbers: false`.',
    },
    fields: {
      field: 'The figure that is not whole: `value`, or an end of a range (`low`, `high`).',
      value: 'The figure as written in the row.',
      thousands:
        'The whole number the figure reads as when its dots stand between thousands (`1250` for `1.250`); left out when it cannot be read so.',
      rounded:
        'The whole number the figure is within a calculation’s floating-point noise of, as Excel shows it (`75` for `75.00000000000001`); left out otherwise.',
      indicatorName: 'The indicator’s name as the pack gives it (`{ vi, en }`).',
      indicatorUnit: 'The indicator’s unit of measure as the pack gives it (`count`, `rank`…).',
    },
  },
  observation_in_future: {
    severity: 'error',
    meaning: { vi: 'Kỳ của số liệu chưa bắt đầu.', en: 'The row’s period has not begun.' },
    fix: {
      vi: 'Sửa kỳ; số kế hoạch ghi `status: planned`.',
      en: 'Correct the period; a planned figure is written `status: planned`.',
    },
    fields: { today: 'The day of the check (`YYYY-MM-DD`); the period starts after it.' },
  },
  record_in_future: {
    severity: 'error',
    meaning: { vi: 'Ngày của bản ghi ở tương lai.', en: 'The record’s date is in the future.' },
    fix: { vi: 'Sửa ngày của bản ghi.', en: 'Correct the record’s date.' },
    fields: {
      date: 'The record’s date (`YYYY-MM-DD`).',
      today: 'The day of the check (`YYYY-MM-DD`); the record is dated after it.',
    },
  },
  unknown_record_kind: {
    severity: 'warning',
    meaning: {
      vi: 'Loại bản ghi (`kind`) không quy tắc nào đếm.',
      en: 'No rule counts records of this `kind`.',
    },
    fix: {
      vi: 'Sửa `kind` theo quy tắc của bộ quy tắc (ví dụ `dx_product`).',
      en: 'Correct the `kind` to one the pack’s rules count (e.g. `dx_product`).',
    },
    fields: {
      kind: 'The record’s `kind`.',
      pack: 'The id of the pack the record was checked against.',
      suggestions: 'The kinds the record most likely meant, best first; empty when none is close.',
      kinds: 'Every record kind the pack’s indicators and rules count.',
    },
  },
}
