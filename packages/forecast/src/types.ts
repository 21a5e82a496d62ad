/**
 * The shapes `assessProgress` takes and returns. Decimal results are `Decimal`s (exact);
 * `serializeAssessment` turns a result into JSON with decimals as strings.
 */

import type { ExactInput, ProgressDirection } from '@tiendo/core'
import type { LocalizedText, MethodologyProfile, Qualifier } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'

/** The assessment methods. `cagr` is the default. */
export type AssessmentMethod = 'cagr' | 'linear' | 'weighted-linear' | 'logit'

/** Statuses of an assessment against a target. */
export type TargetStatus =
  | 'achieved'
  | 'on_track'
  | 'needs_acceleration'
  | 'limited_progress'
  | 'deterioration'
  | 'insufficient_data'

/** Statuses of an assessment without a target. */
export type TrendStatus = 'improving' | 'stable' | 'worsening' | 'insufficient_data'

/** Every status `assessProgress` can return. */
export type AssessmentStatus = TargetStatus | TrendStatus

/** The comparators a target may use with `assessProgress`. */
export type TargetComparator = 'gt' | 'gte' | 'lt' | 'lte'

/** One observation of the series. */
export interface ObservationInput {
  /** A period string: `2020`, `2024-H1`, `2024-Q3`, `2024-09`, `2024-01/2024-09`. */
  readonly period: string
  /** The value; may be left out only for a `range`, whose `low` and `high` carry it. */
  readonly value?: ExactInput | undefined
  /**
   * How exact the value is (as in `@tiendo/schema`): `more_than` / `at_least` make `value`
   * a lower bound, `less_than` / `at_most` an upper bound, `range` puts the truth between
   * `low` and `high`; `approx` and `exact` (the default) are used as given.
   */
  readonly qualifier?: Qualifier | undefined
  /** The low end of a `range`. */
  readonly low?: ExactInput | undefined
  /** The high end of a `range`. */
  readonly high?: ExactInput | undefined
}

/** A target to assess against. */
export interface TargetInput {
  /** The value to reach. */
  readonly value: ExactInput
  /** The period it is due: `2025`. */
  readonly by: string
  /**
   * How the value is compared with the target. Defaults to `gte` when the direction is
   * `increase` and `lte` when it is `decrease`; `gt` / `lt` make the target strict.
   */
  readonly comparator?: TargetComparator | undefined
  /** The base year for this target, overriding the option `baseYear`. */
  readonly baseYear?: string | undefined
  /** The methodology profile for this target, overriding the option `profile`. */
  readonly methodology?: MethodologyProfile | undefined
  /** An id to find this target again in the result. */
  readonly id?: string | undefined
}

/**
 * A "Goldilocks" indicator (Statistics Canada / Open SDG): best at an ideal value and worse
 * the further from it on either side. Its values (and targets) are transformed into a
 * distance from the ideal that should fall, and assessed with `direction: 'decrease'`.
 * - `parity`: a parity index becomes `max(y, 1/y)`, and a value inside `band` counts as 1;
 * - `share`: a share whose ideal is `ideal` (50 for gender balance) becomes
 *   `ideal + |y − ideal|`.
 */
export type GoldilocksInput =
  | {
      readonly kind: 'parity'
      /** Values inside this band (bounds included) count as parity. Defaults to `[0.97, 1.03]`. */
      readonly band?: readonly [ExactInput, ExactInput] | undefined
    }
  | {
      readonly kind: 'share'
      /** The ideal share, e.g. `50` (percent). */
      readonly ideal: ExactInput
    }

/** Classification thresholds, highest first: `[0.95, 0.6, 0]` or `{ high, mid, low }`. */
export type ThresholdsInput =
  | readonly [ExactInput, ExactInput, ExactInput]
  | { readonly high: ExactInput; readonly mid: ExactInput; readonly low: ExactInput }

/** Classification thresholds as exact decimals. */
export interface Thresholds {
  readonly high: Decimal
  readonly mid: Decimal
  readonly low: Decimal
}

/** The input of `assessProgress`. */
export interface AssessProgressInput {
  /** The series, in any order; one value per period. */
  readonly observations: readonly ObservationInput[]
  /** Whether higher (`increase`) or lower (`decrease`) values are better. Required. */
  readonly direction: ProgressDirection
  /** The target. */
  readonly target?: TargetInput | undefined
  /**
   * Several targets (20% by 2025, 30% by 2030): the assessment is against the next one
   * still ahead and not yet met; each target's outcome is listed in `targets`.
   */
  readonly targets?: readonly TargetInput[] | undefined
  /**
   * The base year: the baseline is the earliest observation on or after it. Defaults to
   * the profile's base year, or else the earliest observation.
   */
  readonly baseYear?: string | undefined
  /** The method. Defaults to the profile's method (`cagr` for `eurostat`). */
  readonly method?: AssessmentMethod | undefined
  /** The methodology profile. Defaults to `eurostat`. */
  readonly profile?: MethodologyProfile | undefined
  /**
   * Thresholds replacing the profile's for the case at hand (with or without a target).
   * Defaults: `0.95 / 0.6 / 0` (growth ratio), `1 / 0.6 / 0` (anticipated share of the
   * trend methods), `0.01 / 0 / −0.01` without a target (Open SDG: `0.015 / 0.005 / 0`).
   */
  readonly thresholds?: ThresholdsInput | undefined
  /** The bounds of a bounded indicator, for `logit`. Defaults to `[0, 100]`. */
  readonly bounds?: readonly [ExactInput, ExactInput] | undefined
  /**
   * Only for `logit`: move values lying exactly on a bound this far inside it (e.g. `0.5`
   * percentage points), since the logit of 0% or 100% is infinite. Defaults to none: such a
   * value makes `logit` refuse, with the reason. Each moved value is listed in `notes`.
   */
  readonly logitBoundOffset?: ExactInput | undefined
  /** The level of the prediction interval of `linear` and `logit`. Defaults to `0.95`. */
  readonly level?: ExactInput | undefined
  /**
   * Only the observations of the last this-many years before the latest one count (the
   * baseline is the earliest at or after `latest − window`). Defaults to the profile's
   * window (`destatis`: 5), or none.
   */
  readonly windowYears?: number | undefined
  /**
   * Only for `opensdg` without a target: the series' natural limit (a coverage cannot pass
   * 100), which scales Open SDG's thresholds down near it. Defaults to the bound of `bounds`
   * in the direction of progress when `bounds` is given, else none.
   */
  readonly limit?: ExactInput | undefined
  /** Assess a Goldilocks indicator on its distance from the ideal. Defaults to none. */
  readonly goldilocks?: GoldilocksInput | undefined
  /** The language of `reason`. Defaults to `en`; `explanation` carries both. */
  readonly lang?: 'vi' | 'en' | undefined
}

/**
 * A value at a period. `value` is null only for a range given without a point value;
 * a qualified value keeps its qualifier (and a range its `low` and `high`).
 */
export interface PeriodValue {
  readonly period: string
  readonly value: Decimal | null
  readonly qualifier?: Qualifier | undefined
  readonly low?: Decimal | undefined
  readonly high?: Decimal | undefined
}

/** What became of a target. `pending`: due after the latest observation, not yet met. */
export type TargetOutcome = 'achieved' | 'missed' | 'pending' | 'undecided'

/** A target as assessed. */
export interface AssessedTarget {
  readonly id?: string | undefined
  readonly value: Decimal
  readonly by: string
  readonly comparator: TargetComparator
  readonly outcome: TargetOutcome
}

/** A remark that does not stop the assessment (a bound used as a value, a clipped projection…). */
export interface AssessmentNote {
  readonly code: string
  readonly message: LocalizedText
}

/** Why the status is `insufficient_data` or a method was refused, in both languages. */
export interface AssessmentExplanation {
  readonly code: string
  readonly message: LocalizedText
}

/** The fitted trend of the `linear`, `weighted-linear` and `logit` methods. */
export interface TrendFigures {
  /** Change per year (on the logit scale for `logit`). */
  readonly slope: Decimal
  /** The fitted value at the baseline period (on the logit scale for `logit`). */
  readonly atBaseline: Decimal
  /** Observations the trend was fitted on. */
  readonly points: number
}

/**
 * A methodology profile's own verdict, in the institution's words, beside Tiendo's status
 * (the mapping is a table in docs/methodology.md).
 */
export interface ProfileVerdict {
  readonly profile: MethodologyProfile
  /** The institution's label, e.g. `substantial_progress` (Open SDG) or `sun` (Destatis). */
  readonly label: string
  /** Open SDG's score from −5 to +5; null for the other profiles. */
  readonly score: Decimal | null
  /** Eurostat's arrow or Destatis's weather symbol; null where the institution shows none. */
  readonly symbol: string | null
  /** The label in words (for Destatis, the plain-text equivalent of the symbol). */
  readonly text: LocalizedText
}

/** One of Eurostat's two assessments: over the last 5 (short) or 15 (long) years. */
export interface EurostatHorizon {
  /** 5 or 15. */
  readonly years: number
  readonly status: AssessmentStatus
  readonly baseline: PeriodValue | null
  readonly latest: PeriodValue | null
  readonly cagr: Decimal | null
  readonly requiredCagr: Decimal | null
  /** With a target: `d × CAGR_o / |CAGR_r|`. */
  readonly ratio: Decimal | null
  /** Without a target: `d × CAGR_o`. */
  readonly growth: Decimal | null
  /** Eurostat's label and arrow; null when the horizon cannot be assessed. */
  readonly verdict: ProfileVerdict | null
  /** Why the horizon is `insufficient_data`, in both languages. */
  readonly explanation?: AssessmentExplanation | undefined
}

/** Eurostat's short-term and long-term assessments side by side. */
export interface EurostatHorizons {
  readonly short: EurostatHorizon
  readonly long: EurostatHorizon
}

/** The result of `assessProgress`. */
export interface Assessment {
  readonly status: AssessmentStatus
  /** The method whose figures these are. */
  readonly method: AssessmentMethod
  readonly profile: MethodologyProfile
  readonly direction: ProgressDirection
  /** The target assessed against, or null without one. */
  readonly target: AssessedTarget | null
  /** Every target given, in order of due period, with its outcome. */
  readonly targets: readonly AssessedTarget[]
  readonly baseline: PeriodValue | null
  readonly latest: PeriodValue | null
  /** `t − t0`, years from the baseline to the latest period. */
  readonly yearsElapsed: Decimal | null
  /** `tT − t`, years from the latest period to the target period (negative when past). */
  readonly yearsRemaining: Decimal | null
  /** Observed compound annual growth `CAGR_o`, as a fraction; null where undefined. */
  readonly cagr: Decimal | null
  /** Required compound annual growth `CAGR_r`, as a fraction; null where undefined. */
  readonly requiredCagr: Decimal | null
  /**
   * The method's progress ratio: `d × CAGR_o / |CAGR_r|` for `cagr`; for the trend methods
   * the anticipated share of the required progress, `d × (ŷ(tT) − y0) / |T − y0|`.
   */
  readonly ratio: Decimal | null
  /** The value projected to the target period by the method. */
  readonly projected: Decimal | null
  /**
   * Without a target, the signed annual growth that was classified (`d × CAGR_o` for
   * `cagr`, the trend's change per year relative to its baseline level otherwise).
   */
  readonly growth: Decimal | null
  /** Gap to target at the latest value (positive: still to cover). */
  readonly gap: Decimal | null
  /**
   * ESCAP current status index `D × (yt − y0) / |T − y0|`, `D = ±10`; under the `escap`
   * profile capped at 10 once the latest value meets the target, as ESCAP publishes it.
   */
  readonly currentStatus: Decimal | null
  /** ESCAP anticipated-progress gap `(T − ŷ(tT)) / (T − y0)`: 0 = on target, 1 = no progress. */
  readonly anticipatedGap: Decimal | null
  /** Probability that the target is met at its period (`linear`, `logit`, with ≥ 3 points). */
  readonly probability: Decimal | null
  /** Prediction interval of the value at the target period (`linear`, `logit`). */
  readonly interval: {
    readonly level: Decimal
    readonly low: Decimal
    readonly high: Decimal
  } | null
  /** The first calendar year after the latest observation in which the trend meets the target. */
  readonly attainmentYear: string | null
  /** The fitted trend (`linear`, `weighted-linear`, `logit`). */
  readonly trend: TrendFigures | null
  /**
   * Why the status is `insufficient_data` or the method was refused, in the language asked;
   * also set when the verdict depends on a substitute value (Open SDG's 0.001 for a zero).
   */
  readonly reason?: string | undefined
  /** The same, with its stable code and both languages. */
  readonly explanation?: AssessmentExplanation | undefined
  /**
   * The named profile's own verdict (label, score, symbol); null when no profile was named
   * (Tiendo's default method) or the profile gives none for this case.
   */
  readonly profileVerdict: ProfileVerdict | null
  /** Eurostat's short- and long-term assessments, when the `eurostat` profile is named. */
  readonly horizons: EurostatHorizons | null
  /** Set when the method was refused (its status is then `insufficient_data`). */
  readonly refused?: { readonly method: AssessmentMethod; readonly code: string } | undefined
  readonly notes: readonly AssessmentNote[]
}
