/**
 * Progress figures: how far a value is from its target, how much of the way from the
 * baseline it has covered, and the compound annual growth observed and required. Every
 * figure is an exact decimal; a figure that does not exist (a growth rate through zero, a
 * share of a zero distance) is a refusal that says why, never `NaN` and never a stand-in
 * value such as Open SDG's 0.001.
 *
 * Notation (as in docs/methodology.md): `y0` baseline value at `t0`, `yt` latest value at
 * `t`, `T` target value due at `tT`; years between periods are measured from the end of
 * one period to the end of the other (`2020` → `2025` is 5 years).
 */

import type { LocalizedText } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type ExactInput, toExact } from './decimal'
import { yearsBetween } from './period'
import { narrow, Wide, widePower, wideRatioRoot } from './power'

/** Whether higher (`increase`) or lower (`decrease`) values are better. */
export type ProgressDirection = 'increase' | 'decrease'

/** A value at a period: `{ period: '2020', value: '12.66' }`. */
export interface ProgressPoint {
  /** A period string such as `2020` or `2024-H1`. */
  readonly period: string
  readonly value: ExactInput
}

/** Why a progress figure does not exist; stable, for machines. */
export type ProgressRefusalCode =
  | 'growth_zero_start'
  | 'growth_zero_end'
  | 'growth_sign_change'
  | 'growth_no_time'
  | 'share_zero_distance'

/** A figure that does not exist, and why, in both languages. */
export interface ProgressRefusal {
  readonly ok: false
  readonly code: ProgressRefusalCode
  readonly reason: LocalizedText
}

/** A progress figure, or the reason it does not exist. */
export type ProgressFigure = { readonly ok: true; readonly value: Decimal } | ProgressRefusal

/** A compound annual growth rate, or the reason it does not exist. */
export type GrowthResult =
  | {
      readonly ok: true
      /** The rate as a fraction: `0.05` is 5% a year. */
      readonly rate: Decimal
      /** The years the rate compounds over. */
      readonly years: Decimal
      /**
       * Both values are negative: the rate then measures the growth of their magnitude, so
       * a positive rate means the value fell. Open SDG flips the desired direction in this
       * case; `@tiendo/forecast` does the same.
       */
      readonly negative: boolean
    }
  | ProgressRefusal

/**
 * Gap to target: what is still to cover, in the indicator's unit.
 * `increase`: `T − yt`; `decrease`: `yt − T`. Positive means the target is not yet met,
 * zero or negative that it is met (or passed by that much).
 */
export function gapToTarget(input: {
  readonly latest: ExactInput
  readonly target: ExactInput
  readonly direction: ProgressDirection
}): Decimal {
  const latest = toExact(input.latest)
  const target = toExact(input.target)
  return input.direction === 'increase' ? target.minus(latest) : latest.minus(target)
}

/**
 * Share of the way covered since the baseline (ESCAP's current status, as a fraction):
 * `d × (yt − y0) / |T − y0|` with `d = +1` when higher is better and `−1` when lower is
 * better. `1` means the whole way is covered, `0` no progress, a negative share a move
 * away from the target. Refused when `T = y0` (there is no way to cover).
 */
export function shareCovered(input: {
  readonly baseline: ExactInput
  readonly latest: ExactInput
  readonly target: ExactInput
  readonly direction: ProgressDirection
}): ProgressFigure {
  const baseline = toExact(input.baseline)
  const distance = toExact(input.target).minus(baseline).abs()
  if (distance.isZero()) return refuse('share_zero_distance')
  const moved = toExact(input.latest).minus(baseline)
  const signed = input.direction === 'increase' ? moved : moved.neg()
  return { ok: true, value: signed.div(distance) }
}

/**
 * ESCAP's current status index: `CS = D × (yt − y0) / |T − y0|` with `D = +10` when higher
 * is better and `−10` when lower is better, i.e. ten times {@link shareCovered}
 * (`10` = target reached). Refused when `T = y0`.
 */
export function escapCurrentStatus(input: {
  readonly baseline: ExactInput
  readonly latest: ExactInput
  readonly target: ExactInput
  readonly direction: ProgressDirection
}): ProgressFigure {
  const share = shareCovered(input)
  return share.ok ? { ok: true, value: share.value.times(10) } : share
}

/**
 * Compound annual growth rate from `from` to `to` over `years`:
 * `(to / from) ^ (1 / years) − 1`.
 *
 * Defined only when both values are non-zero and of the same sign and `years > 0`;
 * otherwise refused with the reason (`growth_zero_start`, `growth_zero_end`,
 * `growth_sign_change`, `growth_no_time`). For two negative values the rate is that of
 * their magnitudes and the result says `negative: true`. Computed with 50 significant
 * digits and rounded to 40 (see `power`).
 */
export function compoundGrowthRate(input: {
  readonly from: ExactInput
  readonly to: ExactInput
  readonly years: ExactInput
}): GrowthResult {
  return compoundGrowth(input).result
}

/**
 * @internal `compoundGrowthRate` with the growth factor `(to / from) ^ (1 / years)`
 * at the guard precision, unrounded (null when refused): projecting by whole years is then
 * a power of it, exact to the guard digits, where a logarithm and an exponential would
 * cost twenty times more.
 */
export function compoundGrowth(input: {
  readonly from: ExactInput
  readonly to: ExactInput
  readonly years: ExactInput
}): { readonly result: GrowthResult; readonly factor: Decimal | null } {
  const from = toExact(input.from)
  const to = toExact(input.to)
  const years = toExact(input.years)
  const refused = (code: ProgressRefusalCode) => ({ result: refuse(code), factor: null })
  if (from.isZero()) return refused('growth_zero_start')
  if (to.isZero()) return refused('growth_zero_end')
  if (from.isNeg() !== to.isNeg()) return refused('growth_sign_change')
  if (!years.gt(0)) return refused('growth_no_time')
  const factor = wideRatioRoot(to, from, new Wide(years))
  return {
    result: { ok: true, rate: narrow(factor.minus(1)), years, negative: from.isNeg() },
    factor,
  }
}

/**
 * Observed compound annual growth from the baseline to the latest value:
 * `CAGR_o = (yt / y0) ^ (1 / (t − t0)) − 1`, with `t − t0` the exact years between the two
 * periods. Refused as {@link compoundGrowthRate} is.
 */
export function observedGrowth(input: {
  readonly baseline: ProgressPoint
  readonly latest: ProgressPoint
}): GrowthResult {
  return compoundGrowthRate({
    from: input.baseline.value,
    to: input.latest.value,
    years: yearsBetween(input.baseline.period, input.latest.period),
  })
}

/**
 * Required compound annual growth from the baseline to the target:
 * `CAGR_r = (T / y0) ^ (1 / (tT − t0)) − 1`. A target of zero is refused
 * (`growth_zero_end`): no compound growth reaches zero, and substituting a small number
 * (Open SDG's 0.001) would make the result depend on that arbitrary number.
 */
export function requiredGrowth(input: {
  readonly baseline: ProgressPoint
  readonly target: { readonly value: ExactInput; readonly by: string }
}): GrowthResult {
  return compoundGrowthRate({
    from: input.baseline.value,
    to: input.target.value,
    years: yearsBetween(input.baseline.period, input.target.by),
  })
}

/**
 * Years remaining from the latest period to the target period, `tT − t`, measured between
 * period ends (`2025` → `2030` is 5, `2024-H1` → `2025` is 1.5). Zero or negative when the
 * target period is reached or past.
 */
export function yearsRemaining(input: { readonly latest: string; readonly by: string }): Decimal {
  return yearsBetween(input.latest, input.by)
}

/**
 * Projects a value forward at a compound annual rate: `value × (1 + rate) ^ years`
 * (`projected = yt × (1 + CAGR_o) ^ (tT − t)` in the growth-rate method). `rate` must be
 * above −1; `years` may be fractional.
 */
export function compoundProjection(input: {
  readonly value: ExactInput
  readonly rate: ExactInput
  readonly years: ExactInput
}): Decimal {
  const factor = new Wide(1).plus(new Wide(toExact(input.rate)))
  if (!factor.gt(0)) throw new RangeError('A compound rate must be above −1 (−100%)')
  const grown = widePower(factor, new Wide(toExact(input.years)))
  return narrow(grown.times(new Wide(toExact(input.value))))
}

const REASONS: Record<ProgressRefusalCode, LocalizedText> = {
  growth_zero_start: {
    vi: 'Không tính được tốc độ tăng trưởng: giá trị gốc bằng 0 (không thể chia cho 0). Hãy dùng phương pháp tuyến tính (linear).',
    en: 'The growth rate is undefined: the starting value is zero (a ratio to zero does not exist). Use the linear method instead.',
  },
  growth_zero_end: {
    vi: 'Không tính được tốc độ tăng trưởng: giá trị cuối bằng 0, mà tăng trưởng kép không bao giờ đạt tới 0. Hãy dùng phương pháp tuyến tính (linear).',
    en: 'The growth rate is undefined: the end value is zero, and compound growth never reaches zero. Use the linear method instead.',
  },
  growth_sign_change: {
    vi: 'Không tính được tốc độ tăng trưởng: chuỗi số liệu đổi dấu (từ âm sang dương hoặc ngược lại). Hãy dùng phương pháp tuyến tính (linear).',
    en: 'The growth rate is undefined: the series changes sign (from negative to positive or back). Use the linear method instead.',
  },
  growth_no_time: {
    vi: 'Không tính được tốc độ tăng trưởng: hai kỳ không cách nhau khoảng thời gian dương nào.',
    en: 'The growth rate is undefined: no positive time separates the two periods.',
  },
  share_zero_distance: {
    vi: 'Không tính được tỷ lệ chặng đường đã đi: chỉ tiêu bằng đúng giá trị gốc, nên không có chặng đường nào phải đi.',
    en: 'The share of the way covered is undefined: the target equals the baseline, so there is no way to cover.',
  },
}

function refuse(code: ProgressRefusalCode): ProgressRefusal {
  return { ok: false, code, reason: REASONS[code] }
}
