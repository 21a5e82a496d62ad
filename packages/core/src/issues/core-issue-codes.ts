import type { IssueRegistry } from '@tiendo/schema'
import type { CoreIssueFields } from './core-issue-fields'

const VALID_FROM = 'The first day the unit exists (`YYYY-MM-DD`); left out when it always has.'
const VALID_TO = 'The last day the unit exists (`YYYY-MM-DD`); left out when it still does.'
const RECORD_FIELDS = {
  kind: 'The record’s `kind`.',
  id: 'The record’s `id`; left out when it has none (it is then told by title and date).',
  title: 'The record’s title.',
  date: 'The record’s date (`YYYY-MM-DD`).',
}

/**
 * Every code `@tiendo/core` reports about submitted data — units and their validity,
 * duplicates, derived figures —, in the registry shape of every package: what each means,
 * how to fix it, and its typed fields.
 */
export const CORE_ISSUE_CODES: IssueRegistry<CoreIssueFields> = {
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
    fields: {
      suggestions:
        'The keys of the units the reference most likely meant, best first; empty when none is close.',
      suggestionNames: 'The names of the units in `suggestions`, in the same order (`{ vi, en }`).',
      starts:
        'For a dated reference (`56@2025-07-01`) whose code is known: the days the units with this code start on (`null`: valid from the start).',
    },
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
    fields: {
      units: 'The units the reference names: `name`, `validFrom`, `validTo`.',
      successors: 'The keys of the units that took over from them, where the figure belongs.',
      successorNames: 'The names of the units in `successors`, in the same order.',
      laterUnits:
        'The keys of the units with this code formed after the period: writing one reads the figure as recomputed for its territory.',
    },
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
    fields: {
      unitName: 'The unit’s name (`{ vi, en }`).',
      validFrom: VALID_FROM,
      validTo: VALID_TO,
      validPart: 'The part of the period the unit exists, as a period (`2025-07/2025-12`).',
    },
  },
  unit_backcast: {
    severity: 'info',
    meaning: {
      vi: 'Số liệu của một đơn vị mới cho kỳ trước ngày thành lập: được hiểu là số liệu tính lại cho địa bàn mới.',
      en: 'A new unit’s figure for a period before it was formed: read as recomputed for the new territory.',
    },
    fix: { vi: 'Không cần sửa nếu đúng ý.', en: 'Nothing to fix when that is what is meant.' },
    fields: {
      unitName: 'The unit’s name (`{ vi, en }`).',
      validFrom: VALID_FROM,
      validTo: VALID_TO,
    },
  },
  duplicate_observation: {
    severity: 'warning',
    meaning: {
      vi: 'Cùng chỉ tiêu, đơn vị, kỳ được nộp hai lần với cùng giá trị.',
      en: 'The same indicator, unit and period submitted twice with the same value.',
    },
    fix: { vi: 'Bỏ dòng lặp.', en: 'Remove the repeated row.' },
    fields: { value: 'The figure both rows give, as Tiendo writes it (`71.5`, `≥ 5`, `10–20`).' },
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
    fields: {
      values:
        'Every figure given, in the order read (this row’s last): `value` as Tiendo writes it, `location` where known.',
    },
  },
  duplicate_record: {
    severity: 'warning',
    meaning: { vi: 'Một bản ghi được nộp hai lần.', en: 'A record submitted twice.' },
    fix: { vi: 'Bỏ dòng lặp.', en: 'Remove the repeated row.' },
    fields: RECORD_FIELDS,
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
    fields: RECORD_FIELDS,
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
    fields: {
      value: 'The submitted figure, as Tiendo writes it (`87.5`, `≥ 5`).',
      derived: 'The derived figure, to 12 significant digits.',
      method: 'How it was derived: `ratio`, `aggregate`, `carry`, `composite`, `record_count`.',
      rule: 'The derivation that gave it (an indicator’s derivation, or the aggregation’s rule).',
      tolerance: 'The relative difference allowed, as a decimal (`0.01` for 1%).',
      difference:
        'The relative difference, as a decimal to 3 significant digits; left out when the submitted figure is 0.',
    },
  },
}
