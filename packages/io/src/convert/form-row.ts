import { fold } from '@tiendo/schema/internal'
import type { FormRowFields } from '../issue-fields'
import type { RawRow } from '../rows/raw-row'
import { signatureTextOf } from './signature-row'

/** The words of a total row, folded: `Tổng cộng`, `Cộng`, `Tổng số`, `Total`. */
const TOTAL_WORDS: ReadonlySet<string> = new Set([
  'tong',
  'tong_cong',
  'cong',
  'tong_so',
  'total',
  'grand_total',
])

/** The cells a total row writes its word in: those that name what a row is about. */
const NAMING_COLUMNS = ['indicator', 'unit', 'kind', 'period'] as const

/** A column's mark as a form prints it under its header: `(1)`, `1`, `(A)`, `B`. */
const COLUMN_MARK = /^\(?(?:([A-Z])|(\d{1,3}))\)?$/

/**
 * Whether a row that could not be converted is a row of a printed form rather than data: the
 * row under the header numbering the columns (`(1)`, `(2)`, `(3)`…, in order), a total row
 * (`Tổng cộng` where the unit or indicator goes), or a line of the signing block that ends a
 * report (`Người lập biểu`; `afterSignature`: the row before was one, so the signer's name
 * is too). Asked only of rows that failed, so data is never taken for one. @internal
 */
export function formRowOf(row: RawRow, afterSignature = false): FormRowFields | undefined {
  if (row.texts !== undefined) {
    const numbers = columnNumbers(row.texts)
    if (numbers !== undefined) return { form: 'column_numbers', text: numbers }
  }
  for (const column of NAMING_COLUMNS) {
    const text = row.cells[column]?.trim()
    // `total` or `tong` as written could be a pack's id or code: such a row's own errors stand.
    if (text === undefined || /^[a-z][a-z0-9_]*$/.test(text)) continue
    if (TOTAL_WORDS.has(fold(text).replace(/:$/, ''))) return { form: 'total', text }
  }
  const signature = signatureTextOf(row, afterSignature)
  return signature === undefined ? undefined : { form: 'signature', text: signature }
}

/**
 * The texts of a row, joined, when they mark columns in order (at least three): letters in
 * order then numbers in order, as `(A) (B) (1) (2) (3)`.
 */
function columnNumbers(texts: readonly (string | undefined)[]): string | undefined {
  const shown = texts.flatMap((text) =>
    text === undefined || text.trim() === '' ? [] : [text.trim()],
  )
  if (shown.length < 3) return undefined
  let previous: { letter: boolean; at: number } | undefined
  for (const text of shown) {
    const match = COLUMN_MARK.exec(text)
    if (match === null) return undefined
    const letter = match[1] !== undefined
    const at = letter ? match[1]!.charCodeAt(0) : Number(match[2])
    // The next letter or number, or the first number after the letters.
    const follows =
      previous === undefined ||
      (previous.letter === letter && at === previous.at + 1) ||
      (previous.letter && !letter)
    if (!follows) return undefined
    previous = { letter, at }
  }
  return shown.join(' ')
}
