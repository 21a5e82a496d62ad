/**
 * The date a clerk most likely meant by text that is not `YYYY-MM-DD`: the forms Vietnamese
 * write and spreadsheets export, rewritten. Only ever offered in a hint — data is never
 * changed.
 */

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

/** Whether the day exists: `2024-02-29` does, `2023-02-29` does not. */
function exists(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

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
    const [year, month, day] = parts(match).map(Number) as [number, number, number]
    if (!exists(year, month, day)) return undefined
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    // Already the form wanted: the text is wrong for another reason.
    return iso === text ? undefined : iso
  }
  return undefined
}
