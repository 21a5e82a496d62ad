import type { IssueRegistry, NoIssueFields } from '@tiendo/schema'

/**
 * The codes the checks of submitted rows against the pack report (`@tiendo/rules`' row
 * checks, `@tiendo/core`'s units, duplicates and derived figures): what each means, how to
 * fix it. A test checks that validating bad data reports no code missing here.
 */
export const DATA_ISSUE_CODES: IssueRegistry<Record<string, NoIssueFields>> = {
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
    fields: {},
  },
  unknown_unit: {
    severity: 'error',
    meaning: {
      vi: 'Mã đơn vị không có trong bộ quy tắc.',
      en: 'The unit code is not one of the pack’s.',
    },
    fix: {
      vi: 'Sửa mã theo `tiendo units --pack …` (gợi ý nêu các mã gần giống), hoặc khai báo đơn vị trong bộ quy tắc.',
      en: 'Correct the code from `tiendo units --pack …` (the hint names close codes), or declare the unit.',
    },
    fields: {},
  },
  unit_not_valid_in_period: {
    severity: 'error',
    meaning: {
      vi: 'Đơn vị không tồn tại trong kỳ của số liệu (đã sáp nhập, hoặc chưa thành lập).',
      en: 'The unit does not exist in the row’s period (merged away, or not yet formed).',
    },
    fix: {
      vi: 'Ghi đơn vị có hiệu lực trong kỳ đó: đơn vị cũ trước ngày sáp nhập, đơn vị mới sau.',
      en: 'Write the unit valid in that period: the former one before the merger, the new one after.',
    },
    fields: {},
  },
  unit_validity_straddles_period: {
    severity: 'warning',
    meaning: {
      vi: 'Kỳ của số liệu vắt qua ngày đơn vị bắt đầu hoặc kết thúc (ví dụ năm 2025 với một tỉnh mới từ 1/7/2025).',
      en: 'The period straddles the day the unit begins or ends (a 2025 figure for a province formed on 1 July 2025).',
    },
    fix: {
      vi: 'Nếu số liệu chỉ tính trong thời gian đơn vị còn hiệu lực, ghi kỳ tương ứng (`2025-H1` cho số liệu đến 30/06/2025).',
      en: 'If the figure covers only the time the unit existed, write that period (`2025-H1` for a figure up to 30 June 2025).',
    },
    fields: {},
  },
  unit_backcast: {
    severity: 'info',
    meaning: {
      vi: 'Số liệu của một đơn vị mới cho kỳ trước ngày thành lập: được hiểu là số liệu tính lại cho địa bàn mới.',
      en: 'A new unit’s figure for a period before it was formed: read as recomputed for the new territory.',
    },
    fix: { vi: 'Không cần sửa nếu đúng ý.', en: 'Nothing to fix when that is what is meant.' },
    fields: {},
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
    fields: {},
  },
  observation_in_future: {
    severity: 'error',
    meaning: { vi: 'Kỳ của số liệu chưa bắt đầu.', en: 'The row’s period has not begun.' },
    fix: {
      vi: 'Sửa kỳ; số kế hoạch ghi `status: planned`.',
      en: 'Correct the period; a planned figure is written `status: planned`.',
    },
    fields: {},
  },
  record_in_future: {
    severity: 'error',
    meaning: { vi: 'Ngày của bản ghi ở tương lai.', en: 'The record’s date is in the future.' },
    fix: { vi: 'Sửa ngày của bản ghi.', en: 'Correct the record’s date.' },
    fields: {},
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
    fields: {},
  },
  duplicate_observation: {
    severity: 'warning',
    meaning: {
      vi: 'Cùng chỉ tiêu, đơn vị, kỳ được nộp hai lần với cùng giá trị.',
      en: 'The same indicator, unit and period submitted twice with the same value.',
    },
    fix: { vi: 'Bỏ dòng lặp.', en: 'Remove the repeated row.' },
    fields: {},
  },
  conflicting_observation: {
    severity: 'error',
    meaning: {
      vi: 'Cùng chỉ tiêu, đơn vị, kỳ được nộp hai lần với giá trị khác nhau.',
      en: 'The same indicator, unit and period submitted twice with different values.',
    },
    fix: {
      vi: 'Giữ một giá trị đúng, bỏ dòng kia.',
      en: 'Keep the right value and remove the other row.',
    },
    fields: {},
  },
  duplicate_record: {
    severity: 'warning',
    meaning: { vi: 'Một bản ghi được nộp hai lần.', en: 'A record submitted twice.' },
    fix: { vi: 'Bỏ dòng lặp.', en: 'Remove the repeated row.' },
    fields: {},
  },
  conflicting_record: {
    severity: 'error',
    meaning: {
      vi: 'Hai bản ghi cùng `id` mà khác nội dung.',
      en: 'Two records with the same `id` and different contents.',
    },
    fix: {
      vi: 'Giữ bản ghi đúng, hoặc đặt `id` khác.',
      en: 'Keep the right one, or give them different ids.',
    },
    fields: {},
  },
  derived_value_differs: {
    severity: 'warning',
    meaning: {
      vi: 'Số liệu đã nộp khác số liệu tính ra từ các thành phần (tử số, mẫu số, đơn vị cấp dưới) quá mức sai số cho phép.',
      en: 'A submitted figure differs from the one derived from its parts (numerator and denominator, children) beyond the tolerance.',
    },
    fix: {
      vi: 'Kiểm tra số đã nộp và các thành phần; số đã nộp vẫn được dùng.',
      en: 'Check the submitted figure and its parts; the submitted one stands.',
    },
    fields: {},
  },
}
