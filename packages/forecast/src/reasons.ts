/**
 * The bilingual texts of every refusal, `insufficient_data` reason and note, keyed by a
 * stable code. One place, so both languages stay in step.
 */
import type { LocalizedText } from '@tiendo/schema'
import type { AssessmentExplanation, AssessmentNote } from './types'

type Params = Readonly<Record<string, string>>

const TEXTS: Readonly<Record<string, (p: Params) => LocalizedText>> = {
  // insufficient_data
  no_observations: () => ({
    vi: 'Không có số liệu nào để đánh giá.',
    en: 'There are no observations to assess.',
  }),
  single_observation: (p) => ({
    vi: `Chỉ có một số liệu (kỳ ${p.period}); cần ít nhất hai kỳ để đánh giá xu hướng.`,
    en: `There is only one observation (${p.period}); at least two periods are needed to assess a trend.`,
  }),
  no_data_since_base_year: (p) => ({
    vi: `Không có số liệu nào từ năm gốc ${p.baseYear} trở đi.`,
    en: `There is no observation on or after the base year ${p.baseYear}.`,
  }),
  baseline_is_latest: (p) => ({
    vi: `Kỳ gốc trùng với kỳ mới nhất (${p.period}) nên không đo được tiến độ; hãy chọn năm gốc sớm hơn.`,
    en: `The baseline is the latest observation (${p.period}), so no progress can be measured; choose an earlier base year.`,
  }),
  less_than_a_year: (p) => ({
    vi: `Kỳ gốc ${p.from} và kỳ mới nhất ${p.to} cách nhau chưa đến một năm (${p.years} năm); cần ít nhất một năm.`,
    en: `The baseline ${p.from} and the latest period ${p.to} are less than a year apart (${p.years} years); at least one year is needed.`,
  }),
  target_undecided: (p) => ({
    vi: `Giá trị kỳ ${p.period} (${p.value}) có thể đạt hoặc không đạt chỉ tiêu ${p.target}: chưa kết luận được, và Tiendo không làm tròn khoảng giá trị.`,
    en: `The value of ${p.period} (${p.value}) may or may not meet the target ${p.target}: undecided, and Tiendo does not round a range away.`,
  }),
  range_without_value: (p) => ({
    vi: `Giá trị kỳ ${p.period} là một khoảng (${p.value}) không có giá trị điểm, nên không đưa vào tính toán được; hãy cung cấp \`value\`.`,
    en: `The value of ${p.period} is a range (${p.value}) without a point value, so it cannot enter the computation; give \`value\`.`,
  }),
  past_target_without_data: (p) => ({
    vi: `Chỉ tiêu đến hạn ${p.by} nhưng không có số liệu nào tại hoặc trước kỳ đó, nên không biết đã đạt hay chưa.`,
    en: `The target due ${p.by} has no observation at or before its period, so whether it was met is unknown.`,
  }),
  opensdg_same_year: (p) => ({
    vi: `Open SDG đọc mỗi kỳ theo năm bắt đầu của nó, nên ${p.a} và ${p.b} thành hai giá trị của cùng một năm; sdg-build không đánh giá được chuỗi như vậy.`,
    en: `Open SDG reads each period as the year it starts in, so ${p.a} and ${p.b} become two values for one year; sdg-build cannot assess such a series.`,
  }),
  eurostat_short_span: (p) => ({
    vi: `Đánh giá ${p.years} năm của Eurostat cần số liệu trải ít nhất ${p.minimum} năm; từ ${p.from} đến ${p.to} chỉ có ${p.span} năm.`,
    en: `Eurostat's ${p.years}-year assessment needs data spanning at least ${p.minimum} years; ${p.from} to ${p.to} is only ${p.span}.`,
  }),
  goldilocks_qualified: (p) => ({
    vi: `Giá trị kỳ ${p.period} chỉ là một cận hoặc một khoảng (${p.qualifier}), nên không biết khoảng cách của nó tới giá trị lý tưởng (Goldilocks).`,
    en: `The value of ${p.period} is only a bound or a range (${p.qualifier}), so its distance from the ideal (Goldilocks) is unknown.`,
  }),
  goldilocks_parity_nonpositive: (p) => ({
    vi: `Chỉ số cân bằng kỳ ${p.period} bằng ${p.value}, không dương, nên không tính được max(y, 1/y).`,
    en: `The parity index of ${p.period} is ${p.value}, not positive, so max(y, 1/y) does not exist.`,
  }),
  opensdg_no_scored_series: () => ({
    vi: 'Không chuỗi nào của chỉ số có điểm Open SDG, nên không tính được trạng thái của chỉ số.',
    en: "None of the indicator's series has an Open SDG score, so the indicator has no status.",
  }),
  // a verdict that rests on a substitute value (not insufficient_data)
  opensdg_zero_substituted: (p) => ({
    vi: `Phương pháp tăng trưởng không dùng được ${p.what === 'target' ? 'chỉ tiêu' : 'giá trị gốc'} bằng 0 (${p.period}); như sdg-build của Open SDG, ${p.substitute} được dùng thay, nên kết luận phụ thuộc vào giá trị thay thế này.`,
    en: `The growth method cannot use a ${p.what === 'target' ? 'target' : 'baseline'} of zero (${p.period}); as Open SDG's sdg-build does, ${p.substitute} stands in for it, so the verdict depends on that substitute.`,
  }),
  // refusals of the growth method
  growth_zero_start: (p) => ({
    vi: `Phương pháp tăng trưởng (CAGR) bị từ chối: giá trị gốc kỳ ${p.period} bằng 0 nên tốc độ tăng trưởng không xác định (Tiendo không thay 0 bằng 0,001). Hãy dùng phương pháp \`linear\`.`,
    en: `The growth method (CAGR) is refused: the baseline value of ${p.period} is zero, so the growth rate is undefined (Tiendo does not replace 0 with 0.001). Use the \`linear\` method.`,
  }),
  growth_zero_end: (p) => ({
    vi: `Phương pháp tăng trưởng (CAGR) bị từ chối: giá trị kỳ ${p.period} bằng 0, mà tăng trưởng kép không bao giờ đạt tới 0. Hãy dùng phương pháp \`linear\`.`,
    en: `The growth method (CAGR) is refused: the value of ${p.period} is zero, and compound growth never reaches zero. Use the \`linear\` method.`,
  }),
  growth_sign_change: (p) => ({
    vi: `Phương pháp tăng trưởng (CAGR) bị từ chối: chuỗi số liệu đổi dấu giữa ${p.from} và ${p.to} nên tốc độ tăng trưởng không xác định. Hãy dùng phương pháp \`linear\`.`,
    en: `The growth method (CAGR) is refused: the series changes sign between ${p.from} and ${p.to}, so the growth rate is undefined. Use the \`linear\` method.`,
  }),
  growth_zero_target: (p) => ({
    vi: `Phương pháp tăng trưởng (CAGR) bị từ chối: chỉ tiêu bằng 0 (${p.by}) không thể đạt được bằng tăng trưởng kép (Tiendo không thay 0 bằng 0,001). Hãy dùng phương pháp \`linear\`.`,
    en: `The growth method (CAGR) is refused: a target of zero (${p.by}) cannot be reached by compound growth (Tiendo does not replace 0 with 0.001). Use the \`linear\` method.`,
  }),
  opensdg_required_growth_zero: () => ({
    vi: 'Chỉ tiêu bằng giá trị gốc nên tốc độ tăng trưởng yêu cầu bằng 0, và tỷ số của Open SDG chia cho 0 (sdg-build không đưa ra kết luận).',
    en: "The target equals the baseline, so the required growth is zero and Open SDG's ratio divides by zero (sdg-build gives no verdict).",
  }),
  growth_target_sign: (p) => ({
    vi: `Phương pháp tăng trưởng (CAGR) bị từ chối: chỉ tiêu ${p.target} trái dấu với giá trị gốc ${p.baseline}. Hãy dùng phương pháp \`linear\`.`,
    en: `The growth method (CAGR) is refused: the target ${p.target} has the opposite sign of the baseline ${p.baseline}. Use the \`linear\` method.`,
  }),
  // refusals of the logit method
  logit_outside_bounds: (p) => ({
    vi: `Phương pháp logit bị từ chối: giá trị kỳ ${p.period} (${p.value}) nằm ngoài giới hạn [${p.low}, ${p.high}].`,
    en: `The logit method is refused: the value of ${p.period} (${p.value}) lies outside the bounds [${p.low}, ${p.high}].`,
  }),
  logit_at_bound: (p) => ({
    vi: `Phương pháp logit bị từ chối: giá trị kỳ ${p.period} (${p.value}) nằm đúng trên giới hạn, nơi logit là vô cùng. Hãy dùng \`linear\`, hoặc đặt \`logitBoundOffset\` để dịch giá trị vào trong giới hạn.`,
    en: `The logit method is refused: the value of ${p.period} (${p.value}) lies exactly on a bound, where the logit is infinite. Use \`linear\`, or set \`logitBoundOffset\` to move such values inside the bounds.`,
  }),
  logit_target_at_bound: (p) => ({
    vi: `Phương pháp logit bị từ chối: chỉ tiêu ${p.target} nằm trên hoặc ngoài giới hạn [${p.low}, ${p.high}], mà đường logistic chỉ tiến gần chứ không bao giờ chạm giới hạn. Hãy dùng \`linear\`.`,
    en: `The logit method is refused: the target ${p.target} lies on or beyond the bounds [${p.low}, ${p.high}], which a logistic trend approaches but never reaches. Use \`linear\`.`,
  }),
  // notes
  bound_used_as_value: (p) => ({
    vi: `Giá trị kỳ ${p.period} là một cận (${p.qualifier} ${p.value}); cận này được dùng làm giá trị khi tính toán.`,
    en: `The value of ${p.period} is a bound (${p.qualifier} ${p.value}); the bound is used as the value in the computation.`,
  }),
  mixed_period_lengths: () => ({
    vi: 'Các kỳ có độ dài khác nhau; mỗi giá trị được coi là đo tại cuối kỳ của nó. Với chỉ tiêu cộng dồn theo kỳ (tổng giá trị), các kỳ dài ngắn khác nhau không so sánh được.',
    en: 'The periods differ in length; each value is taken as measured at the end of its period. For totals over a period (flows), periods of different lengths are not comparable.',
  }),
  projection_beyond_bounds: (p) => ({
    vi: `Giá trị dự báo ${p.value} vượt ra ngoài giới hạn [${p.low}, ${p.high}]; với chỉ tiêu có giới hạn, hãy cân nhắc phương pháp \`logit\`.`,
    en: `The projected value ${p.value} lies beyond the bounds [${p.low}, ${p.high}]; for a bounded indicator consider the \`logit\` method.`,
  }),
  no_prediction_interval: () => ({
    vi: 'Chỉ có hai điểm nên không ước lượng được sai số, không có khoảng dự báo hay xác suất đạt chỉ tiêu.',
    en: 'With only two points the error cannot be estimated: no prediction interval and no probability of meeting the target.',
  }),
  logit_bound_adjusted: (p) => ({
    vi: `Giá trị kỳ ${p.period} (${p.value}) nằm trên giới hạn và đã được dịch thành ${p.adjusted} theo \`logitBoundOffset\`.`,
    en: `The value of ${p.period} (${p.value}) lies on a bound and was moved to ${p.adjusted} as \`logitBoundOffset\` asks.`,
  }),
  target_missed: (p) => ({
    vi: `Chỉ tiêu ${p.target} đến hạn ${p.by} đã không đạt (giá trị ${p.value} kỳ ${p.period}); trạng thái mô tả tiến độ đến hạn đó.`,
    en: `The target ${p.target} due ${p.by} was missed (value ${p.value} in ${p.period}); the status describes the progress made by that deadline.`,
  }),
  required_growth_zero: () => ({
    vi: 'Chỉ tiêu bằng giá trị gốc nên tốc độ tăng trưởng yêu cầu bằng 0 và tỷ số không xác định; giá trị đã đi xa khỏi chỉ tiêu.',
    en: 'The target equals the baseline, so the required growth is zero and the ratio undefined; the value has moved away from the target.',
  }),
  target_equals_baseline: () => ({
    vi: 'Chỉ tiêu bằng giá trị gốc nên không tính được tỷ lệ chặng đường.',
    en: 'The target equals the baseline, so no share of the way can be computed.',
  }),
  goldilocks_transformed: (p) => ({
    vi: `Chỉ số Goldilocks: mỗi giá trị và chỉ tiêu được thay bằng khoảng cách tới giá trị lý tưởng, ${p.transform}; các giá trị báo cáo là giá trị đã biến đổi.`,
    en: `Goldilocks indicator: each value and target is replaced by its distance from the ideal, ${p.transform}; the values reported are the transformed ones.`,
  }),
  opensdg_limit_scaled: (p) => ({
    vi: `Giới hạn tự nhiên ${p.limit}: các ngưỡng của Open SDG được nhân với hệ số C = ${p.coefficient}.`,
    en: `Natural limit ${p.limit}: Open SDG's thresholds are multiplied by the coefficient C = ${p.coefficient}.`,
  }),
  destatis_fewer_points: (p) => ({
    vi: `Chỉ có ${p.points} số liệu thay vì sáu số liệu gần nhất mà Destatis dùng.`,
    en: `Only ${p.points} data points instead of the last six Destatis uses.`,
  }),
  destatis_shortfall: (p) => ({
    vi: `Giá trị ngoại suy (hoặc giá trị đến hạn) ${p.value} thiếu ${p.shortfall}% so với chỉ tiêu.`,
    en: `The extrapolated (or deadline) value ${p.value} falls ${p.shortfall}% short of the target.`,
  }),
  weighted_no_interval: () => ({
    vi: 'Hồi quy có trọng số theo thời gian (ESCAP) không cho khoảng dự báo hay xác suất.',
    en: 'The time-weighted regression (ESCAP) gives no prediction interval and no probability.',
  }),
}

/** @internal Every code with a text (checked against docs/methodology.md by the tests). */
export const TEXT_CODES: readonly string[] = Object.keys(TEXTS)

/** The text of a code with its parameters. */
export function textOf(code: string, params: Params = {}): LocalizedText {
  const build = TEXTS[code]
  if (!build) throw new Error(`No text for code ${code}`)
  return build(params)
}

/** An explanation (for `insufficient_data` and refusals). */
export function explain(code: string, params: Params = {}): AssessmentExplanation {
  return { code, message: textOf(code, params) }
}

/** A note. */
export function note(code: string, params: Params = {}): AssessmentNote {
  return { code, message: textOf(code, params) }
}
