/**
 * Methodology profiles: the named settings of the methods the field trusts. A pack, an
 * indicator or a target names one (`methodology`), the most specific wins
 * ({@link resolveProfile}). Naming a profile asks for its institution's verdict; naming none
 * gives Tiendo's default method (the growth-rate core, reported as `eurostat`).
 */
import { toExact } from '@tiendo/core'
import {
  type LocalizedText,
  type MethodologyProfile,
  MethodologyProfileSchema,
} from '@tiendo/schema'
import { AssessmentInputError } from './errors'
import type { AssessmentMethod, Thresholds } from './types'

/** What a profile sets. */
export interface MethodologyProfileDefinition {
  readonly name: MethodologyProfile
  /** The method used unless the caller names one. */
  readonly method: AssessmentMethod
  /** The base year used unless the caller or the target gives one. */
  readonly baseYear?: string | undefined
  /** Only the last this-many years before the latest observation count. */
  readonly windowYears?: number | undefined
  /** Only the last this-many observations count (Destatis: six). */
  readonly windowPoints?: number | undefined
  /** The trend is fitted on observations from this period on, the baseline still being the base year's (ESCAP: 2000). */
  readonly fitFrom?: string | undefined
  /** Fewer years than this between baseline and latest is `insufficient_data` (Eurostat: 3). */
  readonly minimumYears?: number | undefined
  /** Periods are read as the year they start in, as Open SDG's `sdg-build` does (`2015-16` is 2015). */
  readonly readsStartYear?: boolean | undefined
  /** Thresholds on the growth ratio `CAGR_o / CAGR_r` (with a target, `cagr`). */
  readonly ratioThresholds: Thresholds
  /** Thresholds on the anticipated share of the trend methods (with a target). */
  readonly shareThresholds: Thresholds
  /** Thresholds on the signed annual growth (without a target). */
  readonly growthThresholds: Thresholds
  readonly description: LocalizedText
}

const thresholds = (high: string, mid: string, low: string): Thresholds => ({
  high: toExact(high),
  mid: toExact(mid),
  low: toExact(low),
})

const RATIO = thresholds('0.95', '0.6', '0')
const SHARE = thresholds('1', '0.6', '0')
const EUROSTAT_GROWTH = thresholds('0.01', '0', '-0.01')

/** The profiles Tiendo implements, as each institution publishes its method (docs/methodology.md). */
export const METHODOLOGY_PROFILES: Readonly<
  Record<MethodologyProfile, MethodologyProfileDefinition>
> = {
  eurostat: {
    name: 'eurostat',
    method: 'cagr',
    windowYears: 5,
    minimumYears: 3,
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: EUROSTAT_GROWTH,
    description: {
      vi: 'Eurostat: tốc độ tăng trưởng kép thực tế so với cần thiết (0,95 / 0,6 / 0), ngắn hạn (5 năm) và dài hạn (15 năm); không có chỉ tiêu thì 1% / 0 / −1%.',
      en: 'Eurostat: observed against required compound annual growth (0.95 / 0.6 / 0), short term (5 years) and long term (15 years); without a target 1% / 0 / −1%.',
    },
  },
  opensdg: {
    name: 'opensdg',
    method: 'cagr',
    baseYear: '2015',
    readsStartYear: true,
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: thresholds('0.015', '0.005', '0'),
    description: {
      vi: 'Open SDG (sdg-build) / Thống kê Canada: năm gốc 2015, tỷ số 0,95 / 0,6 / 0; không có chỉ tiêu thì 1,5% / 0,5% / 0 (thu nhỏ gần giới hạn tự nhiên); điểm từ −5 đến +5.',
      en: 'Open SDG (sdg-build) / Statistics Canada: base year 2015, ratio 0.95 / 0.6 / 0; without a target 1.5% / 0.5% / 0 (scaled down near a natural limit); a score from −5 to +5.',
    },
  },
  escap: {
    name: 'escap',
    method: 'weighted-linear',
    baseYear: '2015',
    fitFrom: '2000',
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: EUROSTAT_GROWTH,
    description: {
      vi: 'UN ESCAP: chỉ số hiện trạng từ năm 2015 (tối đa 10) và tiến độ dự kiến đến hạn theo hồi quy có trọng số thời gian trên số liệu từ năm 2000.',
      en: 'UN ESCAP: the current status index since 2015 (capped at 10) and the anticipated progress of a time-weighted regression on data since 2000.',
    },
  },
  destatis: {
    name: 'destatis',
    method: 'cagr',
    windowPoints: 6,
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: EUROSTAT_GROWTH,
    description: {
      vi: 'Destatis (Đức): biểu tượng thời tiết theo mức thiếu hụt so với chỉ tiêu (5% / 20%) khi ngoại suy tốc độ thay đổi bình quân của sáu số liệu gần nhất.',
      en: 'Destatis (Germany): a weather symbol from the shortfall against the target (5% / 20%) when the average annual change of the last six data points is extrapolated.',
    },
  },
}

/**
 * Tiendo's default method, used when no profile is named: the growth-rate core with
 * Eurostat's thresholds, measured from the earliest observation (or the base year). It is
 * reported as `eurostat` but gives no `profileVerdict` nor `horizons`.
 */
export const DEFAULT_PROFILE: MethodologyProfileDefinition = {
  name: 'eurostat',
  method: 'cagr',
  ratioThresholds: RATIO,
  shareThresholds: SHARE,
  growthThresholds: EUROSTAT_GROWTH,
  description: {
    vi: 'Mặc định của Tiendo: tốc độ tăng trưởng kép thực tế so với cần thiết (0,95 / 0,6 / 0) từ số liệu sớm nhất; không có chỉ tiêu thì 1% / 0 / −1%.',
    en: "Tiendo's default: observed against required compound annual growth (0.95 / 0.6 / 0) from the earliest observation; without a target 1% / 0 / −1%.",
  },
}

/** The definition of a profile by name; throws an `AssessmentInputError` for an unknown name. */
export function getProfile(name: MethodologyProfile): MethodologyProfileDefinition {
  if (!MethodologyProfileSchema.safeParse(name).success) {
    throw new AssessmentInputError(
      'invalid_profile',
      'profile',
      {
        vi: `Không có hồ sơ phương pháp "${String(name)}".`,
        en: `There is no methodology profile "${String(name)}".`,
      },
      {
        vi: `Dùng một trong: ${MethodologyProfileSchema.options.join(', ')}.`,
        en: `Use one of: ${MethodologyProfileSchema.options.join(', ')}.`,
      },
    )
  }
  return METHODOLOGY_PROFILES[name]
}

/**
 * The profile that applies: the target's, else the indicator's, else the pack's, else
 * `eurostat`. Each argument is the `methodology` its object declares (or undefined).
 */
export function resolveProfile(
  levels: {
    readonly pack?: MethodologyProfile | undefined
    readonly indicator?: MethodologyProfile | undefined
    readonly target?: MethodologyProfile | undefined
  } = {},
): MethodologyProfile {
  return levels.target ?? levels.indicator ?? levels.pack ?? 'eurostat'
}
