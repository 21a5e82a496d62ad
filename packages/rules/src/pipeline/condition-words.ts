/**
 * A rule's condition in words, for the hint of a failed rule: what was required and what
 * was found (`số bản ghi sản phẩm chuyển đổi số đã hoàn thành phải ít nhất 2; thực tế 1`),
 * never the engine's notation (`record_count(…) decimalGte 2`). Numbers are written as the
 * reports write them (`4,55%` in Vietnamese).
 */

import type { Indicator, Language, LocalizedText } from '@tiendo/schema'
import type { ConditionExplanation, JsonValue } from '../evaluate/outcome'

/** Statuses of submitted records in words. */
export const RECORD_STATUS_WORDS: Readonly<Record<string, LocalizedText>> = {
  completed: { vi: 'đã hoàn thành', en: 'completed' },
  in_progress: { vi: 'đang thực hiện', en: 'in progress' },
  planned: { vi: 'đã lên kế hoạch', en: 'planned' },
  cancelled: { vi: 'đã hủy', en: 'cancelled' },
}

/** The operators of conditions in words: `decimalGte` → `ít nhất`. */
export const OPERATOR_WORDS: Readonly<Record<string, LocalizedText>> = {
  decimalGte: { vi: 'ít nhất', en: 'at least' },
  decimalGt: { vi: 'lớn hơn', en: 'more than' },
  decimalLte: { vi: 'nhiều nhất', en: 'at most' },
  decimalLt: { vi: 'nhỏ hơn', en: 'less than' },
  decimalEq: { vi: 'bằng', en: 'equal to' },
  decimalNeq: { vi: 'khác', en: 'other than' },
  decimalBetween: { vi: 'trong khoảng', en: 'between' },
  equal: { vi: 'bằng', en: 'equal to' },
  notEqual: { vi: 'khác', en: 'other than' },
  in: { vi: 'là một trong', en: 'one of' },
  notIn: { vi: 'không là một trong', en: 'none of' },
  contains: { vi: 'có chứa', en: 'containing' },
  doesNotContain: { vi: 'không chứa', en: 'not containing' },
  lessThan: { vi: 'nhỏ hơn', en: 'less than' },
  lessThanInclusive: { vi: 'nhiều nhất', en: 'at most' },
  greaterThan: { vi: 'lớn hơn', en: 'more than' },
  greaterThanInclusive: { vi: 'ít nhất', en: 'at least' },
}

type Params = ConditionExplanation['params']
type Names = (id: string) => { readonly name: string; readonly percent: boolean }

/** Facts about one indicator, in words: what comes before the indicator's name. */
const INDICATOR_FACTS: Readonly<Record<string, readonly [vi: string, en: string]>> = {
  value: ['giá trị của', 'the value of'],
  reported: ['việc đã báo cáo', 'whether it reported'],
  change_factor: ['mức thay đổi so với kỳ trước của', 'the change from the period before of'],
  coverage: ['tỷ lệ đơn vị cấp dưới đã báo cáo', 'the share of children that reported'],
  children_sum: ['tổng của các đơn vị cấp dưới về', 'the sum of the children for'],
  children_difference: [
    'chênh lệch với tổng các đơn vị cấp dưới của',
    'the difference from the children’s sum of',
  ],
  target: ['mục tiêu của', 'the target of'],
  progress: ['mức tiến độ của', 'the progress of'],
  gap: ['khoảng cách tới mục tiêu của', 'the gap to the target of'],
  cagr: ['tăng trưởng bình quân năm của', 'the yearly growth of'],
  required_cagr: ['tăng trưởng cần thiết của', 'the growth required of'],
  projected: ['giá trị dự báo của', 'the projected value of'],
  status: ['đánh giá tiến độ của', 'the progress status of'],
  assessment: ['đánh giá tiến độ của', 'the assessment of'],
}

/** Facts about no indicator, in words. */
const OTHER_FACTS: Readonly<Record<string, LocalizedText>> = {
  validity_share: { vi: 'tỷ lệ số liệu hợp lệ', en: 'the share of valid figures' },
  quota_minimum: { vi: 'mức tối thiểu phải đạt', en: 'the required minimum' },
  unit: { vi: 'đơn vị', en: 'the unit' },
  period: { vi: 'kỳ', en: 'the period' },
}

/** What each fact measures, in words, given its parameters. @internal */
export const FACT_WORDS: Readonly<
  Record<string, (p: Params, lang: Language, names: Names) => string>
> = {
  ...Object.fromEntries(
    Object.entries(INDICATOR_FACTS).map(([fact, [vi, en]]) => [
      fact,
      (p: Params, lang: Language, names: Names) => of(lang, vi, en, names(text(p.indicator)).name),
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(OTHER_FACTS).map(([fact, words]) => [
      fact,
      (_p: Params, lang: Language) => words[lang],
    ]),
  ),
  record_count: (p, lang) => {
    const statuses = (p.status === undefined ? 'completed' : String(p.status))
      .split(',')
      .map((status) => status.trim())
      .map((status) => RECORD_STATUS_WORDS[status]?.[lang] ?? status)
      .join(lang === 'vi' ? ' hoặc ' : ' or ')
    return lang === 'vi'
      ? `số bản ghi loại ${text(p.kind)} ${statuses}`
      : `the number of ${statuses} ${text(p.kind)} records`
  },
}

function of(lang: Language, vi: string, en: string, what: string): string {
  return lang === 'vi' ? `${vi} ${what}` : `${en} ${what}`
}

function text(value: unknown): string {
  return value === undefined ? '?' : String(value)
}

/**
 * One failed condition in words: `giá trị của Tỷ trọng kinh tế số trong GRDP phải ít nhất
 * 20%; thực tế 9,56%`. `indicators` gives the names and units of the indicators it names.
 */
export function conditionInWords(
  condition: ConditionExplanation,
  lang: Language,
  indicators: readonly Indicator[] = NO_INDICATORS,
): string {
  const byId = indicatorsById(indicators)
  const names: Names = (id) => {
    const indicator = byId.get(id)
    return {
      name: indicator?.name[lang] ?? indicator?.name.vi ?? id,
      percent: indicator?.unit === 'percent',
    }
  }
  const indicator =
    typeof condition.params.indicator === 'string' ? condition.params.indicator : undefined
  if (isReportRequired(condition) && indicator !== undefined) {
    const name = names(indicator).name
    return lang === 'vi'
      ? `có số liệu “${name}” cho kỳ này; thực tế chưa có`
      : `a figure for “${name}” for the period; none was given`
  }
  const percent = indicator !== undefined && names(indicator).percent && isShare(condition.fact)
  const fact = (
    FACT_WORDS[condition.fact] ??
    ((_p, l) => (l === 'vi' ? `dữ kiện ${condition.fact}` : `the fact ${condition.fact}`))
  )(condition.params, lang, names)
  const operator = OPERATOR_WORDS[condition.operator]?.[lang] ?? condition.operator
  const expected = valueText(condition.expected, lang, percent)
  const actual = condition.missing
    ? lang === 'vi'
      ? 'chưa có số liệu'
      : 'no figure'
    : valueText(condition.actual, lang, percent)
  return lang === 'vi'
    ? `${fact} phải ${operator} ${expected}; thực tế ${actual}`
    : `${fact} must be ${operator} ${expected}; found ${actual}`
}

const NO_INDICATORS: readonly Indicator[] = []

/**
 * A condition that an indicator was reported, not met (the `completeness` template's):
 * worded as the figure it asks for, not as a fact equal to `true`.
 */
function isReportRequired(condition: ConditionExplanation): boolean {
  return (
    condition.fact === 'reported' &&
    condition.operator === 'equal' &&
    condition.expected === true &&
    condition.actual === false
  )
}

/**
 * The pack's indicators by id, made once per list: a national validation words tens of
 * thousands of failed conditions against the same pack.
 */
const INDICATORS_BY_ID = new WeakMap<readonly Indicator[], ReadonlyMap<string, Indicator>>()

function indicatorsById(indicators: readonly Indicator[]): ReadonlyMap<string, Indicator> {
  let byId = INDICATORS_BY_ID.get(indicators)
  if (byId === undefined) {
    byId = new Map(indicators.map((indicator) => [indicator.id, indicator]))
    INDICATORS_BY_ID.set(indicators, byId)
  }
  return byId
}

/** Facts whose value is in the indicator's own unit (a percent stays a percent). */
function isShare(fact: string): boolean {
  return ['value', 'children_sum', 'target', 'projected'].includes(fact)
}

/** A value as the reports write it: decimals with the language's marks, lists joined. */
export function valueText(value: JsonValue, lang: Language, percent = false): string {
  if (Array.isArray(value)) return value.map((item) => valueText(item, lang, percent)).join(', ')
  if (value === null) return lang === 'vi' ? 'không có' : 'none'
  if (typeof value === 'boolean')
    return value ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no'
  const raw =
    typeof value === 'number'
      ? String(value)
      : typeof value === 'string'
        ? value
        : JSON.stringify(value)
  const number = /^(-?)(\d+)(?:\.(\d+))?$/.exec(raw)
  if (number === null) return RECORD_STATUS_WORDS[raw]?.[lang] ?? raw
  const [, sign, whole, fraction] = number
  const group = lang === 'vi' ? '.' : ','
  const grouped = whole!.length > 4 ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, group) : whole!
  const decimals = fraction === undefined ? '' : `${lang === 'vi' ? ',' : '.'}${fraction}`
  return `${sign}${grouped}${decimals}${percent ? '%' : ''}`
}
