/**
 * What a named profile adds once Tiendo's status is known: its institution's verdict
 * (`profileVerdict`), Eurostat's two horizons, and Destatis's weather symbol, which sets the
 * status under that profile. Open SDG's verdict is set while assessing the series
 * (`opensdg-series.ts`), since its status rests on its own progress value.
 */

import { Exact, toDecimalString } from '@tiendo/core'
import type { MethodologyProfileDefinition } from '../profiles'
import { note } from '../reasons'
import type { SeriesPoint } from '../series'
import type { TargetVerdict } from '../targets'
import type { Assessment, EurostatHorizon, Thresholds } from '../types'
import { destatisShortfall, destatisVerdict, destatisWeather, statusOfWeather } from './destatis'
import { escapVerdict } from './escap'
import { EUROSTAT_HORIZONS, eurostatHorizon, eurostatVerdict } from './eurostat'
import { openSdgVerdict } from './opensdg'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

/** What the finishing step reads. */
export interface FinishContext {
  readonly profile: MethodologyProfileDefinition
  readonly result: Mutable<Assessment>
  readonly chosen: TargetVerdict | null
  readonly d: 1 | -1
  /** The base-year points, cut at a past target's deciding observation. */
  readonly points: readonly SeriesPoint[]
  /** The caller set `windowYears`: the main assessment is then not Eurostat's short term. */
  readonly askedWindow: boolean
  readonly thresholds: { readonly ratio: Thresholds; readonly growth: Thresholds }
}

/** Adds the named profile's verdict (and, for Destatis, its status) to `ctx.result`. */
export function finishProfile(ctx: FinishContext): void {
  const { result } = ctx
  switch (ctx.profile.name) {
    case 'eurostat':
      finishEurostat(ctx)
      return
    case 'opensdg':
      if (result.status === 'achieved')
        result.profileVerdict = openSdgVerdict('target_achieved', FIVE)
      return
    case 'escap':
      result.profileVerdict = escapVerdict(result.status, result.target !== null)
      return
    case 'destatis':
      finishDestatis(ctx)
      return
  }
}

const FIVE = new Exact(5)

function finishEurostat(ctx: FinishContext): void {
  const { result, thresholds } = ctx
  const input = {
    points: ctx.points,
    chosen: ctx.chosen,
    d: ctx.d,
    ratioThresholds: thresholds.ratio,
    growthThresholds: thresholds.growth,
  }
  const fromResult = (years: number): EurostatHorizon => ({
    years,
    status: result.status,
    baseline: result.baseline,
    latest: result.latest,
    cagr: result.cagr,
    requiredCagr: result.requiredCagr,
    ratio: result.ratio,
    growth: result.growth,
    verdict: eurostatVerdict(result.status, result.growth, thresholds.growth),
    ...(result.explanation === undefined ? {} : { explanation: result.explanation }),
  })
  // No observations to look back on: both horizons share the main reason.
  if (ctx.points.length === 0) {
    result.horizons = {
      short: fromResult(EUROSTAT_HORIZONS.short.years),
      long: fromResult(EUROSTAT_HORIZONS.long.years),
    }
  } else {
    // The main assessment is the short term unless the caller changed its window or method.
    const short =
      ctx.askedWindow || result.method !== 'cagr'
        ? eurostatHorizon(input, EUROSTAT_HORIZONS.short)
        : fromResult(EUROSTAT_HORIZONS.short.years)
    result.horizons = { short, long: eurostatHorizon(input, EUROSTAT_HORIZONS.long) }
  }
  result.profileVerdict = result.horizons.short.verdict
}

function finishDestatis(ctx: FinishContext): void {
  const { result, chosen, d } = ctx
  if (result.status === 'achieved') {
    result.profileVerdict = destatisVerdict('sun')
    return
  }
  if (!chosen || result.status === 'insufficient_data') return
  const target = chosen.target.value
  const latest = result.latest?.value ?? null
  // A missed past target is judged on its value at the deadline, a pending one on the
  // extrapolation to its period.
  const value = chosen.outcome === 'missed' ? latest : result.projected
  if (value === null || latest === null || target.isZero()) return
  const change =
    result.method === 'cagr'
      ? (result.cagr?.times(latest.isNeg() ? -d : d) ?? null)
      : (result.trend?.slope.times(d) ?? null)
  if (change === null) return
  const shortfall = destatisShortfall(value, target, d)
  const weather = destatisWeather({ met: false, signedChange: change, shortfall })
  let status = statusOfWeather(weather)
  if (chosen.outcome === 'missed' && status === 'on_track') status = 'needs_acceleration'
  result.status = status
  result.notes = [
    ...result.notes,
    note('destatis_shortfall', {
      shortfall: toDecimalString(shortfall.times(100).toDecimalPlaces(2)),
      value: toDecimalString(value.toSignificantDigits(10)),
    }),
  ]
  result.profileVerdict = destatisVerdict(weather)
}
