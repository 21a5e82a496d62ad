/**
 * The date a clerk most likely meant by text that is not `YYYY-MM-DD`: the forms Vietnamese
 * write and spreadsheets export, rewritten. Only ever offered in a hint — data is never
 * changed.
 */

import { IsoDateSchema } from './primitives'

/** Text longer than this is no mistyped date. */
const MAX_LENGTH = 64

const DAY = '(?:ngày|ngay)'
const MONTH = '(?:tháng|thang)'
const YEAR = '(?:năm|nam)'

/** Rewrites tried in order on the text in lower case with its spaces squeezed: `[year, month, day]`. */
const FORMS: readonly (readonly [RegExp, (m: RegExpExecArray) => readonly string[]])[] = [
  // `2024-3-5`, `2024/03/05`, `2024.03.05`; a time after it (`2024-03-05 00:00:00`).
  [
    /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?z?)?$/,
    (m) => [m[1]!, m[2]!, m[3]!],
  ],
  // `15/03/2024`, `15-3-2024`, `15.03.2024`: day first, as Vietnamese write dates.
  [/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/, (m) => [m[3]!, m[2]!, m[1]!]],
  // `ngày 15 tháng 3 năm 2024`, `15 tháng 3, 2024`.
  [
    new RegExp(`^(?:${DAY} )?(\\d{1,2}) ${MONTH} (\\d{1,2}),? (?:${YEAR} )?(\\d{4})$`),
    (m) => [m[3]!, m[2]!, m[1]!],
  ],
]

/**
 * The `YYYY-MM-DD` date `text` most likely stands for (`15/03/2024` → `2024-03-15`, day
 * first), or `undefined` when it is none or names a day that does not exist. @internal
 */
export function suggestDate(text: string): string | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const squeezed = text.trim().toLowerCase().replace(/\s+/g, ' ')
  for (const [pattern, parts] of FORMS) {
    const match = pattern.exec(squeezed)
    if (match === null) continue
    const [year, month, day] = parts(match).map((part) => part.padStart(2, '0'))
    const iso = `${year}-${month}-${day}`
    // A day that does not exist is refused by the very check the date failed; the form
    // wanted already, the text is wrong for another reason.
    return iso === text || !IsoDateSchema.safeParse(iso).success ? undefined : iso
  }
  return undefined
}
