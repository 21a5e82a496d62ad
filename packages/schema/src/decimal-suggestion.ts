/**
 * The decimal a pack's author or an API caller most likely meant by text that is not one:
 * the same number with the marks people add to it taken off. Only ever offered in a hint —
 * a pack is never changed. Commas are left alone: `87,5` and `1,250` each read two ways.
 */

import { PATTERNS } from './primitives'

/** Text longer than this is no mistyped decimal. */
const MAX_LENGTH = 64

/** Spaces, including the no-break ones word processors put between digits. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g

/**
 * The decimal `text` most likely stands for — without spaces, a `%` after it, a `+` before
 * it, a dash or minus sign for `-`, a missing `0` before the point or a point with nothing
 * after it, or zeros before it — or `undefined`. @internal
 */
export function suggestDecimal(text: string): string | undefined {
  if (text.length > MAX_LENGTH) return undefined
  let written = text.replace(SPACES, '').replace(/%$/, '').replace(/^\+/, '')
  written = written.replace(/^[\u2212\u2013\u2014]/, '-')
  const negative = written.startsWith('-')
  let body = negative ? written.slice(1) : written
  body = body
    .replace(/^\./, '0.')
    .replace(/\.$/, '')
    .replace(/^0+(?=\d)/, '')
  const decimal = `${negative ? '-' : ''}${body}`
  return decimal !== text && PATTERNS.decimal_syntax.test(decimal) ? decimal : undefined
}
