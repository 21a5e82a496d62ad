/**
 * The words reports use for the methodology profiles' own verdicts (Eurostat, Open SDG, UN
 * ESCAP, Destatis), in Vietnamese and English. The verdicts' texts themselves come with the
 * assessment (`profileVerdict.text`, in both languages). @internal
 */

import type { MethodologyProfile } from '@tiendo/schema'

/** The institutions' names, as reports write them (proper names: the same in both languages). */
const NAMES: Readonly<Record<MethodologyProfile, string>> = {
  eurostat: 'Eurostat',
  opensdg: 'Open SDG',
  escap: 'UN ESCAP',
  destatis: 'Destatis',
}

/** The name of a profile's institution (an unknown profile is shown as is). */
export function profileName(profile: string): string {
  return NAMES[profile as MethodologyProfile] ?? profile
}

export const PROFILE_WORDS = {
  vi: {
    /** The heading of the section and the header of the column. */
    section: 'Đánh giá theo phương pháp của tổ chức',
    column: 'Đánh giá của tổ chức',
    tiendoStatus: 'Đánh giá (Tiendo)',
    profile: 'Phương pháp',
    labelCode: 'Mã đánh giá của tổ chức',
    score: 'Điểm (Open SDG, −5 đến +5)',
    scoreWord: 'điểm',
    indicatorLevel: 'Đánh giá cấp chỉ số theo Open SDG (trung bình điểm các chuỗi)',
    seriesCount: (n: number) => `${n} chuỗi`,
    seriesColumn: 'Các chuỗi (đơn vị)',
    currentStatus: 'chỉ số hiện trạng',
    anticipatedGap: 'khoảng cách dự kiến',
    currentStatusColumn: 'Chỉ số hiện trạng (ESCAP, tối đa 10)',
    anticipatedGapColumn: 'Khoảng cách dự kiến (ESCAP)',
    symbol: 'Biểu tượng',
    shortTerm: (years: number, span?: string) =>
      `Ngắn hạn (${years} năm${span === undefined ? '' : `, ${span}`})`,
    longTerm: (years: number, span?: string) =>
      `Dài hạn (${years} năm${span === undefined ? '' : `, ${span}`})`,
    shortTermCode: 'Mã đánh giá ngắn hạn',
    longTermCode: 'Mã đánh giá dài hạn',
    notAssessed: 'chưa đánh giá được',
    note: 'Trạng thái của Tiendo là cách đánh giá chung của báo cáo; “Đánh giá của tổ chức” là nhận định theo đúng phương pháp đã công bố của tổ chức đó.',
  },
  en: {
    section: 'Verdicts under the institutions’ own methods',
    column: 'Institution’s verdict',
    tiendoStatus: 'Status (Tiendo)',
    profile: 'Method',
    labelCode: 'Institution’s label',
    score: 'Score (Open SDG, −5 to +5)',
    scoreWord: 'score',
    indicatorLevel: 'Indicator-level status under Open SDG (the mean of its series’ scores)',
    seriesCount: (n: number) => `${n} series`,
    seriesColumn: 'Series (units)',
    currentStatus: 'current status index',
    anticipatedGap: 'anticipated gap',
    currentStatusColumn: 'Current status index (ESCAP, up to 10)',
    anticipatedGapColumn: 'Anticipated gap (ESCAP)',
    symbol: 'Symbol',
    shortTerm: (years: number, span?: string) =>
      `Short term (${years} years${span === undefined ? '' : `, ${span}`})`,
    longTerm: (years: number, span?: string) =>
      `Long term (${years} years${span === undefined ? '' : `, ${span}`})`,
    shortTermCode: 'Short-term label',
    longTermCode: 'Long-term label',
    notAssessed: 'not assessed',
    note: 'Tiendo’s status is the report’s common vocabulary; the “Institution’s verdict” is the verdict under that institution’s own published method.',
  },
} as const
