import type { AssessmentStatus, TargetOutcome } from '@tiendo/forecast'
import type { LocalizedText, Name, Language as SchemaLanguage } from '@tiendo/schema'

/** The languages of the page: Vietnamese first, as Tiendo's users read it. */
export type Language = SchemaLanguage

/** The page's languages, in the order of the switch. */
export const LANGUAGES: readonly Language[] = ['vi', 'en']

/** Every fixed text of the page, in both languages. */
export const TEXT = {
  title: { vi: 'Tiến độ chuyển đổi số', en: 'Digital transformation progress' },
  lead: {
    vi: 'Số liệu đã công bố của Việt Nam, Ninh Thuận và Khánh Hòa, so với các mục tiêu của gói quy tắc, được Tiendo đọc, kiểm tra và đánh giá ngay trong trình duyệt.',
    en: 'Published figures of Viet Nam, Ninh Thuận and Khánh Hòa against their packs’ targets, read, checked and assessed by Tiendo right in the browser.',
  },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  units: { vi: 'Đơn vị', en: 'Units' },
  indicators: { vi: 'chỉ tiêu', en: 'indicators' },
  none: {
    vi: 'Không có chỉ tiêu nào cho các đơn vị đã chọn.',
    en: 'No indicator for the units chosen.',
  },
  latest: { vi: 'Mới nhất', en: 'Latest' },
  noTarget: { vi: 'Chưa có mục tiêu trong gói', en: 'No target in the pack' },
  targetBy: { vi: 'đến {by}', en: 'by {by}' },
  covered: {
    vi: 'đã đi được {share} chặng đường từ {from}',
    en: '{share} of the way since {from}',
  },
  projected: { vi: 'Dự báo {period}: {value}', en: 'Projected for {period}: {value}' },
  interval: {
    vi: 'Khoảng dự báo {level} (xu hướng tuyến tính): {low} – {high}',
    en: '{level} prediction interval (linear trend): {low} – {high}',
  },
  showChart: { vi: 'Xem biểu đồ', en: 'Show chart' },
  source: { vi: 'Nguồn', en: 'Source' },
  chartTitle: {
    vi: 'Chuỗi số liệu, dự báo và khoảng bất định',
    en: 'Series, projection and its uncertainty',
  },
  chartFor: { vi: 'Chỉ tiêu', en: 'Indicator' },
  observed: { vi: 'Số liệu công bố', en: 'Published values' },
  targetMark: { vi: 'Mục tiêu', en: 'Target' },
  trend: { vi: 'Xu hướng tuyến tính', en: 'Linear trend' },
  band: { vi: 'Khoảng dự báo {level}', en: '{level} prediction interval' },
  noBand: {
    vi: 'Không vẽ dự báo: cần ít nhất ba giá trị và một mục tiêu chưa đến hạn.',
    en: 'No projection drawn: it needs at least three values and a target still ahead.',
  },
  method: {
    vi: 'Trạng thái theo phương pháp mặc định (eurostat, tăng trưởng kép CAGR); dự báo trên biểu đồ theo xu hướng tuyến tính.',
    en: 'Status by the default methodology (eurostat, compound growth); the chart’s projection follows a linear trend.',
  },
  illustrative: {
    vi: 'DỮ LIỆU MINH HỌA — không phải số liệu công bố',
    en: 'ILLUSTRATIVE DATA — not published figures',
  },
  productsTitle: {
    vi: 'Mỗi đơn vị hoàn thành ít nhất một sản phẩm chuyển đổi số mỗi năm',
    en: 'Every unit completes at least one DX product a year',
  },
  productsYear: {
    vi: 'Năm {year}: {passed}/{total} đơn vị đạt',
    en: '{year}: {passed} of {total} units met it',
  },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
  failed: { vi: 'Không tải được bảng điều khiển', en: 'The dashboard could not load' },
  footer: {
    vi: 'Mọi số liệu được tính chính xác bằng số thập phân (decimal.js); trang không tải gì từ mạng.',
    en: 'Every figure is computed exactly in decimals (decimal.js); the page loads nothing from the network.',
  },
} satisfies Record<string, LocalizedText>

/** A fixed text in a language, with `{name}` placeholders filled. */
export function t(
  key: keyof typeof TEXT,
  lang: Language,
  values: Readonly<Record<string, string>> = {},
): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)
}

/** How each status reads. */
export const STATUS_TEXT: Record<AssessmentStatus | 'not_assessed', LocalizedText> = {
  achieved: { vi: 'Đã đạt', en: 'Achieved' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track' },
  needs_acceleration: { vi: 'Cần tăng tốc', en: 'Needs acceleration' },
  limited_progress: { vi: 'Tiến triển hạn chế', en: 'Limited progress' },
  deterioration: { vi: 'Đang đi lùi', en: 'Deterioration' },
  insufficient_data: { vi: 'Chưa đủ dữ liệu', en: 'Insufficient data' },
  improving: { vi: 'Đang cải thiện', en: 'Improving' },
  stable: { vi: 'Ổn định', en: 'Stable' },
  worsening: { vi: 'Đang xấu đi', en: 'Worsening' },
  not_assessed: { vi: 'Không đánh giá', en: 'Not assessed' },
}

/** How each target's outcome reads. */
export const OUTCOME_TEXT: Record<TargetOutcome | 'not_assessed', LocalizedText> = {
  achieved: { vi: 'đã đạt', en: 'achieved' },
  missed: { vi: 'không đạt', en: 'missed' },
  pending: { vi: 'chưa đến hạn', en: 'ahead' },
  undecided: { vi: 'chưa xác định', en: 'undecided' },
  not_assessed: { vi: 'không đánh giá', en: 'not assessed' },
}

/** A name in a language; a unit with no English name is named in Vietnamese. */
export function nameIn(name: Name | LocalizedText, lang: Language): string {
  return lang === 'en' ? (name.en ?? name.vi) : name.vi
}

/** The comparator of a target as a sign. */
export const COMPARATOR_SIGN: Record<string, string> = {
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  eq: '=',
  between: '∈',
}
