/**
 * A number the reader cannot read one way (`1,250`: 1250, or 1.25 with a Vietnamese decimal
 * comma) where the row's indicator takes whole numbers (a count): only the thousands reading
 * is whole, so knowing the pack, the hint can say which number is meant. The row stays
 * refused: the clerk writes the number plainly. @internal
 */

import type { Indicator, Pack, TiendoIssue } from '@tiendo/schema'
import { MEASURE_WORDS, takesWholeNumbers } from '@tiendo/schema/internal'
import type { CodeSuggester } from './suggest-codes'

/** What `ambiguous_number` carries that a reading is made from. */
interface AmbiguousNumber {
  readonly reason?: unknown
  readonly value?: unknown
  readonly decimalReading?: unknown
  readonly thousandsReading?: unknown
  readonly indicator?: unknown
}

/** Digits grouped by threes with dots between: `1.250`, `12.345.678`. */
const DOT_GROUPS = /^-?\d{1,3}(?:\.\d{3})+$/

/** Gives an ambiguous number of a whole-number indicator the whole number meant. */
export function wholeNumberReadings(pack: Pack): CodeSuggester {
  let whole: Map<string, Indicator> | undefined
  return (issue) => {
    if (issue.code !== 'ambiguous_number') return issue
    const fields = issue as TiendoIssue & AmbiguousNumber
    if (typeof fields.indicator !== 'string') return issue
    whole ??= new Map(
      (pack.indicators ?? []).filter(takesWholeNumbers).map((item) => [item.id, item]),
    )
    const indicator = whole.get(fields.indicator)
    const meant = indicator === undefined ? undefined : wholeReading(fields)
    if (indicator === undefined || meant === undefined) return issue
    const measure = MEASURE_WORDS[indicator.unit] ?? { vi: indicator.unit, en: indicator.unit }
    return {
      ...issue,
      hint: {
        vi: `Chỉ tiêu “${indicator.name.vi}” (\`${indicator.id}\`) tính bằng số nguyên (${measure.vi}), nên đây là ${meant}: ghi \`${meant}\`, không dùng dấu phân cách hàng nghìn.`,
        en: `\`${indicator.id}\` takes whole numbers (${measure.en}), so this is ${meant}: write \`${meant}\`, without separators between thousands.`,
      },
    }
  }
}

/**
 * The one reading of an ambiguous number that is whole, when the other is not: a comma's
 * thousands reading (`1,250` → `1250`), or dots between groups of three (`1.250` → `1250`).
 * `1,000` and `2.000` read as whole numbers both ways: only the sender knows which is meant.
 */
function wholeReading(fields: AmbiguousNumber): string | undefined {
  if (fields.reason === 'comma') {
    const { thousandsReading, decimalReading } = fields
    if (typeof thousandsReading !== 'string' || typeof decimalReading !== 'string') return undefined
    return isWhole(decimalReading) ? undefined : thousandsReading
  }
  if (fields.reason === 'dot_groups' && typeof fields.value === 'string') {
    const { value } = fields
    return DOT_GROUPS.test(value) && !isWhole(value) ? value.replaceAll('.', '') : undefined
  }
  return undefined
}

/** Whether a plain decimal's text is a whole number (`12`, `12.000`). */
function isWhole(text: string): boolean {
  return /^-?\d+(?:\.0+)?$/.test(text)
}
