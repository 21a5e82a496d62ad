import { Exact } from '@tiendo/core'

/** What is wrong with a figure an indicator of whole numbers was given. */
export interface NotWhole {
  /** The whole number the text reads as with its dots between thousands (`1250` for `1.250`). */
  readonly thousands?: string
  /**
   * The whole number the figure is within a calculation's floating-point noise of, as Excel
   * shows it to 15 significant digits (`75` for `75.00000000000001`).
   */
  readonly rounded?: string
}

/** The significant digits Excel shows; digits past them are a double's noise. */
const SHOWN_DIGITS = 15

/** Dots between groups of three digits, as a Vietnamese spreadsheet writes thousands. */
const THOUSANDS = /^([-+]?)([1-9]\d{0,2}(?:\.\d{3})+)$/

/**
 * Whether a figure is not fit for an indicator of whole numbers, and why: `undefined` when it
 * is whole (`1250`, `12.0`) or not a number at all (other checks report that). A figure in the
 * shape of dots between thousands (`1.250`, `2.000`) is never taken as whole, even when its
 * decimals are zeros: `2.000` stations is more likely 2000 than 2, and only the sender knows.
 */
export function notWhole(text: string): NotWhole | undefined {
  const groups = THOUSANDS.exec(text)
  if (groups !== null) {
    const sign = groups[1] === '-' ? '-' : ''
    return { thousands: `${sign}${(groups[2] ?? '').replaceAll('.', '')}` }
  }
  let value: Exact
  try {
    value = new Exact(text)
  } catch {
    return undefined
  }
  if (!value.isFinite() || value.isInteger()) return undefined
  const shown = value.toSignificantDigits(SHOWN_DIGITS)
  return value.precision(true) > SHOWN_DIGITS && shown.isInteger()
    ? { rounded: shown.toFixed() }
    : {}
}

/**
 * The whole number a figure writes with zero decimals (`2` for `2.000`), or `undefined`: what
 * else a count's `2.000` may mean besides 2000.
 */
export function withoutZeroDecimals(text: string): string | undefined {
  return /\.0+$/.test(text) ? text.replace(/\.0+$/, '') : undefined
}
