/**
 * Methodology profiles: the named settings of the methods the field trusts. A pack, an
 * indicator or a target names one (`methodology`), the most specific wins
 * ({@link resolveProfile}), and `eurostat` is the default.
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

/** The profiles Tiendo implements (see docs/methodology.md). */
export const METHODOLOGY_PROFILES: Readonly<
  Record<MethodologyProfile, MethodologyProfileDefinition>
> = {
  eurostat: {
    name: 'eurostat',
    method: 'cagr',
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: EUROSTAT_GROWTH,
    description: {
      vi: 'Eurostat: so sánh tốc độ tăng trưởng kép thực tế với tốc độ cần thiết (0,95 / 0,6 / 0); không có chỉ tiêu thì 1% / 0 / −1%.',
      en: 'Eurostat: observed against required compound annual growth (0.95 / 0.6 / 0); without a target 1% / 0 / −1%.',
    },
  },
  opensdg: {
    name: 'opensdg',
    method: 'cagr',
    baseYear: '2015',
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: thresholds('0.015', '0.005', '0'),
    description: {
      vi: 'Open SDG / Thống kê Canada: như Eurostat, năm gốc 2015; không có chỉ tiêu thì 1,5% / 0,5% / 0.',
      en: 'Open SDG / Statistics Canada: as Eurostat, base year 2015; without a target 1.5% / 0.5% / 0.',
    },
  },
  escap: {
    name: 'escap',
    method: 'weighted-linear',
    baseYear: '2015',
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: EUROSTAT_GROWTH,
    description: {
      vi: 'UN ESCAP: hồi quy có trọng số theo thời gian, khoảng cách tiến độ dự kiến; năm gốc 2015.',
      en: 'UN ESCAP: time-weighted regression and the anticipated-progress gap; base year 2015.',
    },
  },
  destatis: {
    name: 'destatis',
    method: 'cagr',
    windowYears: 5,
    ratioThresholds: RATIO,
    shareThresholds: SHARE,
    growthThresholds: EUROSTAT_GROWTH,
    description: {
      vi: 'Destatis (Đức): đánh giá theo chỉ tiêu kế tiếp còn ở phía trước, với xu hướng của năm năm gần nhất.',
      en: 'Destatis (Germany): against the next target still ahead, on the trend of the last five years.',
    },
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
