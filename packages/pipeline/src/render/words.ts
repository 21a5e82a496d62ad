/** The words of the reports, in Vietnamese and English. */

import { englishCount, type ValidationCounts, validationSummary } from '@tiendo/io/internal'
import type { Language } from '@tiendo/schema'

/** How a status is shown: its label and its tone (for badges and colours). */
export type StatusTone = 'good' | 'fair' | 'poor' | 'bad' | 'none'

const STATUS: Record<string, { vi: string; en: string; tone: StatusTone }> = {
  achieved: { vi: 'Đã đạt', en: 'Achieved', tone: 'good' },
  on_track: { vi: 'Đúng tiến độ', en: 'On track', tone: 'good' },
  needs_acceleration: { vi: 'Cần tăng tốc', en: 'Needs acceleration', tone: 'fair' },
  limited_progress: { vi: 'Tiến triển hạn chế', en: 'Limited progress', tone: 'poor' },
  deterioration: { vi: 'Đi lùi', en: 'Deterioration', tone: 'bad' },
  insufficient_data: { vi: 'Chưa đủ dữ liệu', en: 'Insufficient data', tone: 'none' },
  improving: { vi: 'Đang cải thiện', en: 'Improving', tone: 'good' },
  stable: { vi: 'Ổn định', en: 'Stable', tone: 'fair' },
  worsening: { vi: 'Xấu đi', en: 'Worsening', tone: 'bad' },
}

/** The order statuses are counted and listed in. */
export const STATUS_ORDER: readonly string[] = Object.keys(STATUS)

/** A status's label in a language (an unknown status is shown as is). */
export function statusLabel(status: string, lang: Language): string {
  return STATUS[status]?.[lang] ?? status
}

/** A status's tone. */
export function statusTone(status: string): StatusTone {
  return STATUS[status]?.tone ?? 'none'
}

const OUTCOME: Record<string, { vi: string; en: string }> = {
  achieved: { vi: 'đã đạt', en: 'achieved' },
  missed: { vi: 'không đạt', en: 'missed' },
  pending: { vi: 'chưa đến hạn', en: 'pending' },
  undecided: { vi: 'chưa xác định', en: 'undecided' },
}

/** A target outcome's label. */
export function outcomeLabel(outcome: string, lang: Language): string {
  return OUTCOME[outcome]?.[lang] ?? outcome
}

/** The fixed words of the reports. */
export const PROGRESS_WORDS = {
  vi: {
    report: 'Báo cáo tiến độ',
    pack: 'Gói quy tắc',
    generated: 'Lập lúc',
    scope: 'Phạm vi',
    scopeRest: 'cùng các đơn vị trực thuộc và các đơn vị hợp nhất thành hoặc từ đó',
    illustrativeBanner:
      'Báo cáo có dùng DỮ LIỆU MINH HỌA (không phải số liệu công bố). Các mục dựa trên dữ liệu này được đánh dấu “minh họa”.',
    illustrative: 'minh họa',
    summary: 'Tóm tắt',
    targets: 'Tiến độ đến chỉ tiêu',
    trends: 'Xu hướng (không có chỉ tiêu)',
    withoutData: 'Chỉ tiêu chưa có số liệu',
    indicator: 'Chỉ số',
    unit: 'Đơn vị',
    latest: 'Mới nhất',
    baseline: 'Gốc',
    target: 'Chỉ tiêu',
    status: 'Đánh giá',
    outcome: 'Kết quả',
    projected: 'Dự báo',
    interval: 'Khoảng dự báo',
    probability: 'Xác suất đạt',
    attainment: 'Năm dự kiến đạt',
    cagr: 'Tăng trưởng bình quân năm',
    requiredCagr: 'Tăng trưởng cần thiết',
    ratio: 'Tỷ số tiến độ',
    growth: 'Tăng trưởng năm',
    method: 'Phương pháp',
    noData: 'Chưa có số liệu.',
    observed: 'Số liệu',
    projection: 'Dự báo',
    band: 'Khoảng',
    notes: 'Ghi chú',
    by: 'đến',
    rules: 'Kết quả kiểm tra quy tắc',
    rulesSummary: (s: { passed: number; failed: number; skipped: number; scopes: number }) =>
      `${s.passed} đạt, ${s.failed} không đạt, ${s.skipped} bỏ qua, trên ${s.scopes} phạm vi (đơn vị × kỳ)`,
    noFailures: 'Không có quy tắc nào không đạt.',
    rule: 'Quy tắc',
    period: 'Kỳ',
    severity: 'Mức',
    message: 'Nội dung',
    severities: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
    validation: 'Kiểm tra dữ liệu',
    valid: 'Dữ liệu hợp lệ',
    invalid: 'Dữ liệu không hợp lệ',
    validationSummary: (s: ValidationCounts) => validationSummary(s, 'vi'),
    derived: 'Số liệu tính ra',
    derivedMark: 'tính ra',
    derivedSummary: (figures: number, withheld: number) =>
      `${figures} số liệu được tính ra từ số liệu đã nộp${withheld > 0 ? `; ${withheld} số liệu không tính được (xem lý do)` : ''}`,
    derivedNone: 'Không có số liệu nào cần tính ra.',
    withheld: 'Không tính được',
    how: 'Cách tính',
    from: 'Từ',
    reason: 'Lý do',
    value: 'Giá trị',
    where: 'Vị trí',
    code: 'Mã',
    fix: 'Cách sửa',
    datasets: 'Nguồn dữ liệu',
    published: 'số liệu công bố',
    more: (n: number) => `… và ${n} mục nữa`,
    series: (n: number) => `${n} chuỗi số liệu`,
    methodology:
      'Phương pháp: tăng trưởng kép (Eurostat) mặc định; tỷ số tiến độ = tăng trưởng quan sát / tăng trưởng cần thiết; ≥ 0,95 đúng tiến độ, 0,6–0,95 cần tăng tốc, 0–0,6 tiến triển hạn chế, < 0 đi lùi.',
  },
  en: {
    report: 'Progress report',
    pack: 'Pack',
    generated: 'Generated',
    scope: 'Covers',
    scopeRest: 'with the units under them and the units they were formed from or became',
    illustrativeBanner:
      'This report uses ILLUSTRATIVE DATA (not published figures). Everything resting on it is marked “illustrative”.',
    illustrative: 'illustrative',
    summary: 'Summary',
    targets: 'Progress to targets',
    trends: 'Trends (no target)',
    withoutData: 'Targets without data yet',
    indicator: 'Indicator',
    unit: 'Unit',
    latest: 'Latest',
    baseline: 'Baseline',
    target: 'Target',
    status: 'Status',
    outcome: 'Outcome',
    projected: 'Projected',
    interval: 'Prediction interval',
    probability: 'Probability of meeting it',
    attainment: 'Expected attainment year',
    cagr: 'Observed annual growth',
    requiredCagr: 'Required annual growth',
    ratio: 'Progress ratio',
    growth: 'Annual growth',
    method: 'Method',
    noData: 'No data yet.',
    observed: 'Observed',
    projection: 'Projection',
    band: 'Interval',
    notes: 'Notes',
    by: 'by',
    rules: 'Rule checks',
    rulesSummary: (s: { passed: number; failed: number; skipped: number; scopes: number }) =>
      `${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped, over ${englishCount(s.scopes, 'scope')} (unit × period)`,
    noFailures: 'No rule failed.',
    rule: 'Rule',
    period: 'Period',
    severity: 'Severity',
    message: 'Message',
    severities: { error: 'error', warning: 'warning', info: 'info' },
    validation: 'Data validation',
    valid: 'The data is valid',
    invalid: 'The data is not valid',
    validationSummary: (s: ValidationCounts) => validationSummary(s, 'en'),
    derived: 'Derived figures',
    derivedMark: 'derived',
    derivedSummary: (figures: number, withheld: number) =>
      `${englishCount(figures, 'figure')} derived from those submitted${withheld > 0 ? `; ${withheld} could not be derived (see why)` : ''}`,
    derivedNone: 'No figure needed deriving.',
    withheld: 'Not derived',
    how: 'How',
    from: 'From',
    reason: 'Why',
    value: 'Value',
    where: 'Where',
    code: 'Code',
    fix: 'How to fix',
    datasets: 'Data sources',
    published: 'published figures',
    more: (n: number) => `… and ${n} more`,
    series: (n: number) => `${n} series`,
    methodology:
      'Method: compound growth (Eurostat) by default; progress ratio = observed growth / required growth; ≥ 0.95 on track, 0.6–0.95 needs acceleration, 0–0.6 limited progress, < 0 deterioration.',
  },
} as const
