/**
 * The period a clerk most likely meant by text that is not one: the forms spreadsheets and
 * people write, rewritten to Tiendo's. Only ever offered in a hint — data is never changed.
 */

import { isPeriod } from './period'

/** Text longer than this is no mistyped period. */
const MAX_LENGTH = 64

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 }

/** `9` → `09`. */
const month = (text: string) => text.padStart(2, '0')

/** `q`/`h`, a number or a Roman numeral → `Q3`/`H1`. */
const part = (letter: string, n: string) => `${letter.toUpperCase()}${ROMAN[n] ?? n}`

/** The Vietnamese (and English) words for year, quarter, month, first and last, with and without tone marks. */
const YEAR = '(?:năm|nam|year)'
const QUARTER = '(?:quý|quy|quarter)'
const MONTH = '(?:tháng|thang|t)'
const FIRST = '(?:đầu|dau)'
const LAST = '(?:cuối|cuoi)'

/**
 * Rewrites of one period (no span), tried in order on the text in lower case with its
 * spaces squeezed; each gives the canonical text from the match.
 */
const SINGLE: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  // A spreadsheet's number with decimals: `2024.0`, `2024,00`.
  [/^(\d{4})[.,]0+$/, (m) => m[1]!],
  // `Năm 2021`, `year 2021`.
  [new RegExp(`^${YEAR} ?(\\d{4})$`), (m) => m[1]!],
  // `2024-q3`, `2024q3`, `2024 H1`.
  [/^(\d{4}) ?[-/ ]? ?([qh])(\d)$/, (m) => `${m[1]}-${part(m[2]!, m[3]!)}`],
  // `Q3-2024`, `q3/2024`, `H1 2024`.
  [/^([qh])(\d) ?[-/ ]? ?(\d{4})$/, (m) => `${m[3]}-${part(m[1]!, m[2]!)}`],
  // `quý III/2024`, `Quý 3 năm 2024`.
  [
    new RegExp(`^${QUARTER} ?([1-4]|i{1,3}|iv) ?(?:[-/,]|${YEAR})? ?(?:${YEAR} ?)?(\\d{4})$`),
    (m) => `${m[2]}-${part('q', m[1]!)}`,
  ],
  // `6 tháng đầu năm 2024`, `6 tháng cuối năm 2024`.
  [
    new RegExp(`^6 ${MONTH} (?:(${FIRST})|${LAST}) ${YEAR} ?(\\d{4})$`),
    (m) => `${m[2]}-H${m[1] === undefined ? 2 : 1}`,
  ],
  // `2024-9`, `2024/09`.
  [/^(\d{4}) ?[-/] ?(\d{1,2})$/, (m) => `${m[1]}-${month(m[2]!)}`],
  // `9/2024`, `09-2024`, `tháng 9/2024`, `Tháng 9 năm 2024`, `T9/2024`.
  [
    new RegExp(`^(?:${MONTH} ?)?(\\d{1,2}) ?(?:[-/.]|${YEAR}) ?(?:${YEAR} ?)?(\\d{4})$`),
    (m) => `${m[2]}-${month(m[1]!)}`,
  ],
  // `9 tháng đầu năm 2024`: January to September.
  [
    new RegExp(`^(\\d{1,2}) ${MONTH} ${FIRST} ${YEAR} ?(\\d{4})$`),
    (m) => (m[1] === '12' ? m[2]! : `${m[2]}-01/${m[2]}-${month(m[1]!)}`),
  ],
  // The last day of a year, as a report dates a year's figure: `31/12/2024`, `tính đến
  // 31/12/2024`, `2024-12-31`. Any other day may be a month's, a quarter's or a running
  // total's: no period is offered for it.
  [
    /^(?:(?:tính đến|tinh den|đến|den|ngày|ngay|as of) )?(?:31 ?[-/.] ?12 ?[-/.] ?(\d{4})|(\d{4})-12-31)$/,
    (m) => m[1] ?? m[2]!,
  ],
  // `2021-2025`, `giai đoạn 2021–2025`: years written as a span the way prose does.
  [/^(?:giai đoạn |giai doan )?(\d{4}) ?[-–—] ?(\d{4})$/, (m) => `${m[1]}/${m[2]}`],
]

function rewriteSingle(text: string): string | undefined {
  for (const [pattern, canonical] of SINGLE) {
    const match = pattern.exec(text)
    if (match) return canonical(match)
  }
  return undefined
}

/**
 * The period `text` most likely stands for, when it is not one but is written in a form
 * people or spreadsheets use: `2024.0` → `2024`, `2024-q3` → `2024-Q3`, `2024-9` →
 * `2024-09`, `Năm 2021` → `2021`, `quý III/2024` → `2024-Q3`, `Q3-2024` → `2024-Q3`,
 * `9/2024` → `2024-09`, `6 tháng đầu năm 2024` → `2024-H1`, `31/12/2024` → `2024`,
 * `2021-2025` → `2021/2025`, ` 2024 ` → `2024`; a span's ends each so (`2024-q1/2024-q3`).
 * Undefined when there is no such period, or `text` is one already. @internal
 */
export function suggestPeriod(text: string): string | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const folded = text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()
  const candidates = [text.trim(), rewriteSingle(folded)]
  // A span whose ends are each written in such a form.
  const ends = folded.split(/ ?\/ ?/)
  if (ends.length === 2) {
    const [from, to] = ends.map((end) => (isPeriod(end) ? end : rewriteSingle(end)))
    if (from !== undefined && to !== undefined) candidates.push(`${from}/${to}`)
  }
  return candidates.find(
    (candidate) => candidate !== undefined && candidate !== text && isPeriod(candidate),
  )
}

/**
 * Whether text is a whole number as a spreadsheet writes one formatted with decimals
 * (`2024.0`, `58,00`): the cause to name when a period or a code reads so. @internal
 */
export function isNumberWithZeroDecimals(text: string): boolean {
  return /^\d+[.,]0+$/.test(text.trim())
}
