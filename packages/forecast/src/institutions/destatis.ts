/**
 * Destatis's weather symbols (indicator report of the German Sustainable Development
 * Strategy): the average annual change over the last six data points is extrapolated to the
 * target year, and the remaining shortfall, relative to the target value, is judged against
 * 5% and 20%; an indicator moving away from its target gets the thunderstorm.
 */

import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import type { AssessmentStatus, ProfileVerdict } from '../types'

/** Destatis's symbols, best first. */
export type DestatisWeather = 'sun' | 'sun_behind_cloud' | 'cloud' | 'thunderstorm'

const BANDS = { sun: new Exact('0.05'), cloud: new Exact('0.2') }

const SYMBOLS: Readonly<
  Record<DestatisWeather, { symbol: string; status: AssessmentStatus; vi: string; en: string }>
> = {
  sun: {
    symbol: '☀',
    status: 'on_track',
    vi: 'Nắng: sẽ đạt chỉ tiêu, hoặc chỉ thiếu dưới 5%',
    en: 'Sun: the target will be reached, or missed by less than 5%',
  },
  sun_behind_cloud: {
    symbol: '🌤',
    status: 'needs_acceleration',
    vi: 'Nắng xen mây: đúng hướng nhưng sẽ thiếu từ 5% đến 20% so với chỉ tiêu',
    en: 'Sun behind a cloud: the right direction, but the target would be missed by 5% to 20%',
  },
  cloud: {
    symbol: '☁',
    status: 'limited_progress',
    vi: 'Mây: đúng hướng nhưng sẽ thiếu hơn 20% so với chỉ tiêu',
    en: 'Cloud: the right direction, but the target would be missed by more than 20%',
  },
  thunderstorm: {
    symbol: '⛈',
    status: 'deterioration',
    vi: 'Giông bão: đi ngược hướng, khoảng cách tới chỉ tiêu ngày càng lớn',
    en: 'Thunderstorm: moving the wrong way, the gap to the target widens',
  },
}

/**
 * The symbol: the sun when the target is met; the thunderstorm when the signed annual change
 * `d × g` is negative; otherwise from the shortfall `d × (T − ŷ) / |T|` of the extrapolated
 * value `ŷ`: below 5% the sun, up to 20% the sun behind a cloud, beyond it the cloud.
 */
export function destatisWeather(input: {
  readonly met: boolean
  readonly signedChange: Decimal
  readonly shortfall: Decimal
}): DestatisWeather {
  if (input.met) return 'sun'
  if (input.signedChange.isNeg()) return 'thunderstorm'
  if (input.shortfall.lt(BANDS.sun)) return 'sun'
  if (input.shortfall.lte(BANDS.cloud)) return 'sun_behind_cloud'
  return 'cloud'
}

/** `d × (T − value) / |T|`: positive when the value falls short of the target. */
export function destatisShortfall(value: Decimal, target: Decimal, d: 1 | -1): Decimal {
  return target.minus(value).times(d).div(target.abs())
}

/** The Tiendo status a symbol maps to. */
export function statusOfWeather(weather: DestatisWeather): AssessmentStatus {
  return SYMBOLS[weather].status
}

/** Destatis's verdict: the symbol and its plain-text equivalent. */
export function destatisVerdict(weather: DestatisWeather): ProfileVerdict {
  const s = SYMBOLS[weather]
  return {
    profile: 'destatis',
    label: weather,
    score: null,
    symbol: s.symbol,
    text: { vi: s.vi, en: s.en },
  }
}
