/**
 * The words for Tiendo's codes in every human format: severities, statuses, units of
 * measure, kinds of unit, directions, aggregation and carry rules, comparators. One place,
 * so that no format shows a code where a person reads (`error`, `completed`, `percent`), and
 * so that the catalogues can move together to per-locale files.
 */

import { RECORD_STATUS_WORDS as RULE_RECORD_STATUS_WORDS } from '@tiendo/rules/internal'
import type { Language, LocalizedText } from '@tiendo/schema'
import { MEASURE_WORDS as KNOWN_MEASURE_WORDS } from '@tiendo/schema/internal'

/** Words for the codes of one field, by code. */
export type Vocabulary = Readonly<Record<string, LocalizedText>>

/** Severities of issues and rules. */
export const SEVERITY_WORDS: Vocabulary = {
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  info: { vi: 'thông tin', en: 'info' },
}

/** Statuses of submitted records (DX products…), as the rules' hints word them. */
export const RECORD_STATUS_WORDS: Vocabulary = RULE_RECORD_STATUS_WORDS

/** Statuses of observations: how final a value is. */
export const OBSERVATION_STATUS_WORDS: Vocabulary = {
  actual: { vi: 'số thực hiện', en: 'actual' },
  estimate: { vi: 'số ước tính', en: 'estimate' },
  provisional: { vi: 'số tạm tính', en: 'provisional' },
  preliminary: { vi: 'số sơ bộ', en: 'preliminary' },
  planned: { vi: 'số kế hoạch', en: 'planned' },
}

/** Units of measure, named in full (`percent` → `phần trăm (%)`), as every message names them. */
export const MEASURE_WORDS: Vocabulary = KNOWN_MEASURE_WORDS

/** Kinds of unit. */
export const UNIT_KIND_WORDS: Vocabulary = {
  country: { vi: 'cả nước', en: 'country' },
  province: { vi: 'tỉnh, thành phố', en: 'province' },
  district: { vi: 'huyện, thị xã, thành phố thuộc tỉnh', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
  ward: { vi: 'phường', en: 'ward' },
  township: { vi: 'thị trấn', en: 'township' },
  special_zone: { vi: 'đặc khu', en: 'special zone' },
  agency: { vi: 'cơ quan', en: 'agency' },
}

/** Which way an indicator improves. */
export const DIRECTION_WORDS: Vocabulary = {
  increase: { vi: 'càng cao càng tốt', en: 'higher is better' },
  decrease: { vi: 'càng thấp càng tốt', en: 'lower is better' },
  target_band: { vi: 'trong một khoảng', en: 'within a band' },
}

/** Aggregation over units and carrying over predecessors. */
export const AGGREGATION_WORDS: Vocabulary = {
  sum: { vi: 'tổng', en: 'sum' },
  mean: { vi: 'trung bình cộng', en: 'mean' },
  weighted_mean: { vi: 'bình quân gia quyền', en: 'weighted mean' },
  ratio_of_sums: { vi: 'tỷ số của các tổng', en: 'ratio of sums' },
  ratio: { vi: 'tính lại từ tử số và mẫu số', en: 'recomputed from numerator and denominator' },
  min: { vi: 'nhỏ nhất', en: 'least' },
  max: { vi: 'lớn nhất', en: 'greatest' },
  none: { vi: 'không tổng hợp', en: 'not aggregated' },
  refuse: { vi: 'không ghép', en: 'not carried' },
}

/** Comparators of targets and rules, as words (`gte` → `ít nhất`). */
export const COMPARATOR_WORDS: Vocabulary = {
  gt: { vi: 'lớn hơn', en: 'more than' },
  gte: { vi: 'ít nhất', en: 'at least' },
  lt: { vi: 'nhỏ hơn', en: 'less than' },
  lte: { vi: 'nhiều nhất', en: 'at most' },
  eq: { vi: 'bằng', en: 'equal to' },
  between: { vi: 'trong khoảng', en: 'between' },
}

/** Qualifiers of values as published (`more_than 90` → `hơn 90`). */
export const QUALIFIER_WORDS: Vocabulary = {
  more_than: { vi: 'hơn', en: 'more than' },
  at_least: { vi: 'ít nhất', en: 'at least' },
  less_than: { vi: 'dưới', en: 'less than' },
  at_most: { vi: 'nhiều nhất', en: 'at most' },
  approx: { vi: 'khoảng', en: 'about' },
}

/** A code in words, or the code itself when the vocabulary has no word for it (a pack's own kind). */
export function wordFor(vocabulary: Vocabulary, code: string, lang: Language): string {
  return Object.hasOwn(vocabulary, code) ? vocabulary[code]![lang] : code
}
