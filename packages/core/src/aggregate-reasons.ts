/**
 * Why an aggregation (or a carried value) was skipped or refused, in both languages.
 */

import type { LocalizedText } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'

/** Why a figure was not computed: a stable code and a sentence in each language. */
export interface FigureReason {
  /** Stable snake_case code, e.g. `missing_children`, `ratio_without_parts`. */
  readonly code: string
  readonly message: LocalizedText
}

/** A share as a percentage with at most two decimals: `0.605` → `60.5%` (`60,5%` in Vietnamese). */
const percent = (share: Decimal, lang: 'vi' | 'en') => {
  const text = share.times(100).toDecimalPlaces(2).toFixed()
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`
}

/** Keys named in a sentence: the first ten, then how many more (a province has a hundred communes). */
const LISTED = 10
const list = (keys: readonly string[], lang: 'vi' | 'en' = 'en') => {
  const shown = keys
    .slice(0, LISTED)
    .map((key) => `\`${key}\``)
    .join(', ')
  const more = keys.length - LISTED
  if (more <= 0) return shown
  return lang === 'vi' ? `${shown} và ${more} đơn vị khác` : `${shown} and ${more} more`
}

/** The wording of each reason. @internal */
export const reasons = {
  notAggregable: (indicator: string): FigureReason => ({
    code: 'not_aggregable',
    message: {
      vi: `Chỉ tiêu \`${indicator}\` được khai báo là không tổng hợp được từ các đơn vị cấp dưới (\`none\`).`,
      en: `The indicator \`${indicator}\` is declared as not aggregating over units (\`none\`).`,
    },
  }),
  unknownParent: (ref: string): FigureReason => ({
    code: 'unknown_unit',
    message: {
      vi: `Không tìm thấy đơn vị \`${ref}\` trong kỳ này.`,
      en: `No unit \`${ref}\` exists in this period.`,
    },
  }),
  noChildren: (parent: string, date: string): FigureReason => ({
    code: 'no_children',
    message: {
      vi: `Đơn vị \`${parent}\` không có đơn vị cấp dưới nào vào ngày ${date}.`,
      en: `The unit \`${parent}\` has no child units on ${date}.`,
    },
  }),
  missingChildren: (missing: readonly string[]): FigureReason => ({
    code: 'missing_children',
    message: {
      vi: `Chưa có số liệu của ${missing.length} đơn vị cấp dưới (${list(missing, 'vi')}); chỉ tiêu chỉ tổng hợp khi mọi đơn vị cấp dưới đã báo cáo, nên không tính giá trị tổng hợp.`,
      en: `${missing.length === 1 ? '1 child unit has' : `${missing.length} child units have`} not reported (${list(missing)}); the indicator aggregates only when every child has reported, so no aggregate is computed.`,
    },
  }),
  coverageBelowMinimum: (share: Decimal, minimum: Decimal): FigureReason => ({
    code: 'coverage_below_minimum',
    message: {
      vi: `Chỉ ${percent(share, 'vi')} đơn vị cấp dưới có số liệu, dưới mức tối thiểu ${percent(minimum, 'vi')} do bộ quy tắc đặt; không tính giá trị tổng hợp.`,
      en: `Only ${percent(share, 'en')} of the child units reported, below the minimum of ${percent(minimum, 'en')} the pack sets; no aggregate is computed.`,
    },
  }),
  noChildReported: (): FigureReason => ({
    code: 'no_child_reported',
    message: {
      vi: 'Chưa đơn vị cấp dưới nào có số liệu.',
      en: 'No child unit has reported.',
    },
  }),
  ratioWithoutParts: (indicator: string): FigureReason => ({
    code: 'ratio_without_parts',
    message: {
      vi: `Tỷ lệ \`${indicator}\` chỉ tổng hợp được từ tử số và mẫu số, nhưng chỉ tiêu chưa khai báo cách tính (\`derivation: ratio\`); không thể lấy trung bình các tỷ lệ một cách trung thực.`,
      en: `The ratio \`${indicator}\` can only be aggregated from its numerator and denominator, and the indicator declares none (\`derivation: ratio\`); averaging the ratios would not be honest.`,
    },
  }),
  noWeight: (indicator: string): FigureReason => ({
    code: 'no_weight',
    message: {
      vi: `Chỉ tiêu \`${indicator}\` không khai báo chỉ tiêu dùng làm quyền số.`,
      en: `The indicator \`${indicator}\` declares no weight indicator.`,
    },
  }),
  weightNotExact: (units: readonly string[], weight: string): FigureReason => ({
    code: 'weight_not_exact',
    message: {
      vi: `Quyền số \`${weight}\` của ${list(units)} chỉ là một cận hoặc một khoảng; bình quân gia quyền cần quyền số xác định.`,
      en: `The weight \`${weight}\` of ${list(units)} is only a bound or a range; a weighted mean needs definite weights.`,
    },
  }),
  weightNotPositive: (weight: string): FigureReason => ({
    code: 'weight_not_positive',
    message: {
      vi: `Quyền số \`${weight}\` phải không âm và có tổng lớn hơn 0.`,
      en: `The weights \`${weight}\` must be non-negative and add up to more than 0.`,
    },
  }),
  denominatorNotExact: (denominator: string): FigureReason => ({
    code: 'denominator_not_exact',
    message: {
      vi: `Tổng mẫu số \`${denominator}\` chỉ là một cận hoặc một khoảng; không chia được một cách trung thực.`,
      en: `The summed denominator \`${denominator}\` is only a bound or a range; it cannot be divided by honestly.`,
    },
  }),
  zeroDenominator: (denominator: string): FigureReason => ({
    code: 'zero_denominator',
    message: {
      vi: `Tổng mẫu số \`${denominator}\` bằng 0 hoặc âm.`,
      en: `The summed denominator \`${denominator}\` is zero or negative.`,
    },
  }),
  unbounded: (): FigureReason => ({
    code: 'unbounded',
    message: {
      vi: 'Các giá trị đầu vào gồm cả cận dưới lẫn cận trên, nên kết quả không bị chặn ở phía nào; không nêu được con số trung thực.',
      en: 'The inputs mix lower and upper bounds, so the result is bounded on neither side; no honest figure can be given.',
    },
  }),
  cycle: (unit: string): FigureReason => ({
    code: 'unit_cycle',
    message: {
      vi: `Cây đơn vị có vòng lặp tại \`${unit}\` (một đơn vị là cấp trên của chính nó).`,
      en: `The unit tree loops at \`${unit}\` (a unit is its own ancestor).`,
    },
  }),
  carryRefused: (indicator: string): FigureReason => ({
    code: 'carry_refused',
    message: {
      vi: `Chỉ tiêu \`${indicator}\` được khai báo là không chuyển sang đơn vị kế thừa (\`carry: refuse\`): giá trị của chỉ tiêu này không ghép được từ các đơn vị tiền thân.`,
      en: `The indicator \`${indicator}\` is declared as not carried onto successors (\`carry: refuse\`): its values cannot be combined from predecessors.`,
    },
  }),
  noCarryRule: (indicator: string, method: string): FigureReason => ({
    code: 'no_carry_rule',
    message: {
      vi: `Chỉ tiêu \`${indicator}\` không khai báo cách chuyển sang đơn vị kế thừa (\`carry\`), và cách tổng hợp \`${method}\` không cho biết cách nào trung thực.`,
      en: `The indicator \`${indicator}\` declares no \`carry\` rule, and its aggregation \`${method}\` does not give an honest one.`,
    },
  }),
  extremeOfPart: (indicator: string, rule: 'min' | 'max', unit: string): FigureReason => ({
    code: 'extreme_of_part',
    message: {
      vi: `Chỉ một phần của \`${unit}\` thuộc về đơn vị kế thừa: giá trị ${rule === 'min' ? 'nhỏ nhất' : 'lớn nhất'} của \`${indicator}\` trên phần đó không suy ra được từ giá trị của cả đơn vị.`,
      en: `Only part of \`${unit}\` went to the successor: the ${rule === 'min' ? 'least' : 'greatest'} \`${indicator}\` of that part cannot be told from the whole unit's.`,
    },
  }),
  unknownIndicator: (indicator: string): FigureReason => ({
    code: 'unknown_indicator',
    message: {
      vi: `Chỉ tiêu \`${indicator}\` không được khai báo, nên không biết cách chuyển số liệu.`,
      en: `The indicator \`${indicator}\` is not declared, so how to carry it is unknown.`,
    },
  }),
  noSuccessor: (unit: string, date: string): FigureReason => ({
    code: 'no_successor',
    message: {
      vi: `Đơn vị \`${unit}\` không còn tồn tại và không có đơn vị kế thừa nào có hiệu lực vào ngày ${date}.`,
      en: `The unit \`${unit}\` ceased and no successor of it is valid on ${date}.`,
    },
  }),
  predecessorMissing: (
    missing: readonly { unit: string; indicators: readonly string[] }[],
  ): FigureReason => ({
    code: 'predecessor_missing',
    message: {
      vi: `Thiếu số liệu của đơn vị tiền thân: ${missing.map((m) => `\`${m.unit}\` (${list(m.indicators)})`).join('; ')}; không thể ghép số liệu một cách trung thực.`,
      en: `Figures of predecessors are missing: ${missing.map((m) => `\`${m.unit}\` (${list(m.indicators)})`).join('; ')}; the figure cannot be carried honestly.`,
    },
  }),
  ratioPartsMissing: (
    indicator: string,
    missing: readonly { unit: string; indicators: readonly string[] }[],
  ): FigureReason => ({
    code: 'ratio_without_parts',
    message: {
      vi: `Tỷ lệ \`${indicator}\` chỉ ghép được từ tử số và mẫu số, nhưng thiếu: ${missing.map((m) => `\`${m.unit}\` (${list(m.indicators)})`).join('; ')}; không lấy trung bình các tỷ lệ.`,
      en: `The ratio \`${indicator}\` can only be carried from numerators and denominators, and these are missing: ${missing.map((m) => `\`${m.unit}\` (${list(m.indicators)})`).join('; ')}; ratios are never averaged.`,
    },
  }),
} as const
