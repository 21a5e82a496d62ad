/**
 * The growth-rate method (Eurostat; Open SDG / Statistics Canada): compound annual growth
 * from the baseline to the latest value, projected forward.
 *
 * `CAGR_o = (yt / y0)^(1 / (t − t0)) − 1`, `projected(x) = yt × (1 + CAGR_o)^(x − t)`.
 * Refused, with the reason, when a value is zero or the series changes sign.
 */

import { compoundGrowthRate, Exact, toDecimalString } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { memoGrowth } from '../growth-memo'
import { explain } from '../reasons'
import type { AssessmentExplanation } from '../types'
import { estimable, type FitPoint, type FitResult, type TrendModel } from './model'

/** Guard digits for the logarithms and exponentials of the growth model. */
const Wide = Exact.clone({ precision: 50 })

/**
 * Longest span projected as a power of the growth factor. Each year multiplies the factor's
 * rounding error (below 1e-49): at 1000 years it is still far below the 40 digits kept.
 */
const MAX_WHOLE_YEARS = 1000

/**
 * Smallest growth factor `1 + g` the model estimates in doubles: ln(1 + g) is then off by
 * at most 1,000 times its input's rounding (about 1e-13).
 */
const MIN_ESTIMATED_FACTOR = 1e-3

/** Longest span the model estimates in doubles: the error of ln(1 + g) grows with it. */
const MAX_ESTIMATED_SPAN = 1000

/** The growth model: a trend model that also carries its rate. */
export interface CagrModel extends TrendModel {
  /** `CAGR_o` as a fraction. */
  readonly rate: Decimal
  /** Both values are negative: the rate is that of their magnitudes (the direction flips). */
  readonly negative: boolean
}

/** Fits the growth model on the first (baseline) and last (latest) of `points`. */
export function fitCagr(
  points: readonly FitPoint[],
):
  | { readonly ok: true; readonly model: CagrModel; readonly notes: readonly [] }
  | Extract<FitResult, { ok: false }> {
  const baseline = points[0]!
  const latest = points.at(-1)!
  // The same growth `describeGrowth` reported for this assessment: computed once.
  const { result: growth, factor } = memoGrowth(
    baseline.value,
    latest.value,
    latest.time.minus(baseline.time),
  )
  if (!growth.ok) return { ok: false, explanation: growthRefusal(growth.code, baseline, latest) }
  const rate = growth.rate
  // ln(1 + g) = ln(yt / y0) / (t − t0), kept at the guard precision: projecting a fraction
  // of a year is then one exponential, and solving for a level one logarithm. Taken on
  // first use: whole years are powers of the factor, and most series need no more.
  let ln: Decimal | undefined
  const lnFactor = () => {
    ln ??= Wide.ln(new Wide(latest.value).div(new Wide(baseline.value))).div(new Wide(growth.years))
    return ln
  }
  const wideLatest = new Wide(latest.value)
  const rateNumber = rate.toNumber()
  const onePlusRate = 1 + rateNumber
  const latestNumber = latest.value.toNumber()
  const level = (grown: Decimal) => new Exact(grown.times(wideLatest)).toSignificantDigits(40)
  const wholeYears = (span: Decimal) =>
    factor !== null && span.isInteger() && span.abs().lte(MAX_WHOLE_YEARS)
  const model: CagrModel = {
    method: 'cagr',
    rate,
    negative: growth.negative,
    trend: null,
    // yt (1 + g)^(x − t): a whole number of years is a power of the factor (to the guard
    // digits, as the exponential is); any other span is yt e^((x − t) ln(1 + g)).
    project: (time) => {
      const span = time.minus(latest.time)
      return level(
        wholeYears(span) ? factor!.pow(span) : Wide.exp(lnFactor().times(new Wide(span))),
      )
    },
    // yt e^((x − t) ln(1 + g)) in doubles. Its error is that of ln(1 + g) times the span:
    // below 2e-10 within the limits below, and NaN beyond them, where the scan projects.
    estimate: (time) => {
      const span = time.minus(latest.time).toNumber()
      if (!(Math.abs(span) <= MAX_ESTIMATED_SPAN && onePlusRate >= MIN_ESTIMATED_FACTOR)) {
        return Number.NaN
      }
      const estimate = latestNumber * Math.exp(Math.log1p(rateNumber) * span)
      return estimable(latestNumber) && estimable(estimate) ? estimate : Number.NaN
    },
    crossing: (level) => {
      // yt (1 + g)^(x − t) = T  ⇔  x = t + ln(T / yt) / ln(1 + g)
      const ratio = level.div(latest.value)
      if (!ratio.gt(0) || lnFactor().isZero()) return null
      return latest.time.plus(new Exact(Wide.ln(new Wide(ratio)).div(lnFactor())))
    },
    estimateCrossing: (level) => {
      // The same in doubles: log1p keeps small growths and levels near yt accurate.
      const ratio = level.div(latest.value)
      if (!ratio.gt(0)) return null
      const perYear = Math.log1p(rate.toNumber())
      const crossing = latest.time.toNumber() + Math.log1p(ratio.minus(1).toNumber()) / perYear
      return Number.isFinite(crossing) ? crossing : null
    },
    uncertainty: () => null,
  }
  return { ok: true, model, notes: [] }
}

/** The explanation of a refused observed growth rate. */
export function growthRefusal(
  code: string,
  baseline: FitPoint,
  latest: FitPoint,
): AssessmentExplanation {
  switch (code) {
    case 'growth_zero_start':
      return explain('growth_zero_start', { period: baseline.period })
    case 'growth_zero_end':
      return explain('growth_zero_end', { period: latest.period })
    case 'growth_sign_change':
      return explain('growth_sign_change', { from: baseline.period, to: latest.period })
    default:
      return explain('less_than_a_year', {
        from: baseline.period,
        to: latest.period,
        years: toDecimalString(latest.time.minus(baseline.time)),
      })
  }
}

/**
 * Required growth from the baseline to the target: `CAGR_r = (T / y0)^(1 / (tT − t0)) − 1`,
 * or the reason it does not exist (a target of zero, or of the other sign than the
 * baseline). The time to the target must be positive (the caller checks).
 */
export function requiredCagr(
  baseline: FitPoint,
  target: { readonly value: Decimal; readonly time: Decimal; readonly by: string },
): { ok: true; rate: Decimal } | { ok: false; explanation: AssessmentExplanation } {
  const growth = compoundGrowthRate({
    from: baseline.value,
    to: target.value,
    years: target.time.minus(baseline.time),
  })
  if (growth.ok) return { ok: true, rate: growth.rate }
  if (growth.code === 'growth_zero_end') {
    return { ok: false, explanation: explain('growth_zero_target', { by: target.by }) }
  }
  if (growth.code === 'growth_sign_change') {
    return {
      ok: false,
      explanation: explain('growth_target_sign', {
        target: toDecimalString(target.value),
        baseline: toDecimalString(baseline.value),
      }),
    }
  }
  return { ok: false, explanation: growthRefusal(growth.code, baseline, baseline) }
}
