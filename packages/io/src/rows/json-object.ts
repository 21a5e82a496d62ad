import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { cellTooLongIssue, limitIssue } from '../limit-issues'
import type { ReadLimits } from '../limits'
import { IoDecimal } from '../numbers/decimal'
import { numberToDecimalText } from '../numbers/number-text'
import { normalizeText } from '../text/normalize'
import { jsonKind } from './json-kind'
import type { RawObjectFacts } from './json-raw'
import { type CellType, cellLocation, type RawRow } from './raw-row'

/**
 * Turns one parsed JSON object (an element of a JSON file or a line of NDJSON) into a row.
 * Keys and strings are normalised to NFC; numbers become their shortest decimal text (and are
 * marked as numbers); booleans `true`/`false`; `null` an empty cell. Nested objects and arrays,
 * numbers that overflow, numbers with more than 15 significant digits, and — given `raw`, the
 * object's source text facts — numbers whose written digits parsing changed and keys written
 * twice are errors that reject the row: nothing is silently rounded or resolved. @internal
 */
export function rowFromJsonObject(
  object: Record<string, unknown>,
  location: SourceLocation,
  limits: ReadLimits,
  raw?: RawObjectFacts | undefined,
): { row: RawRow; issues: TiendoIssue[] } {
  const cells: Record<string, string | undefined> = Object.create(null)
  const types: Record<string, CellType> = Object.create(null)
  const issues: TiendoIssue[] = []
  const entries = Object.entries(object)
  if (entries.length > limits.maxColumns) {
    const fields = {
      limit: 'maxColumns',
      max: limits.maxColumns,
      measure: 'object_fields',
    } as const
    issues.push(limitIssue({ ...fields, found: entries.length }, location))
    return { row: { kind: 'row', cells, location, rejected: true }, issues }
  }
  for (const key of raw?.duplicateKeys ?? []) {
    const at = cellLocation(location, normalizeText(key))
    issues.push(ioIssue('duplicate_column', { columnName: key }, { location: at }))
  }
  for (const [rawKey, value] of entries) {
    const key = normalizeText(rawKey)
    const at = cellLocation(location, key)
    if (Object.hasOwn(cells, key)) {
      issues.push(ioIssue('duplicate_column', { columnName: key }, { location: at }))
      continue
    }
    if (value === null) {
      cells[key] = undefined
    } else if (typeof value === 'string') {
      if (value.length > limits.maxCellChars) {
        issues.push(cellTooLongIssue(limits, value.length, at))
        continue
      }
      cells[key] = value === '' ? undefined : normalizeText(value)
    } else if (typeof value === 'number') {
      const number = numberToDecimalText(value)
      const written = raw?.numbers.get(rawKey)
      if (number === undefined) {
        const fields = { reason: 'too_large', columnName: key } as const
        issues.push(ioIssue('invalid_number', fields, { location: at }))
      } else if (number.imprecise) {
        // The digits as written, when reading changed them: what the user has to put in quotes.
        const changed = written !== undefined && !sameDecimal(written, number.text)
        const fields = { columnName: key, value: number.text, ...(changed ? { written } : {}) }
        issues.push(ioIssue('imprecise_number', fields, { location: at }))
      } else if (written !== undefined && !sameDecimal(written, number.text)) {
        const fields = { columnName: key, value: number.text, written }
        issues.push(ioIssue('imprecise_number', fields, { location: at }))
      } else {
        cells[key] = number.text
        types[key] = 'number'
      }
    } else if (typeof value === 'boolean') {
      cells[key] = String(value)
      types[key] = 'boolean'
    } else {
      const fields = { columnName: key, found: jsonKind(value) }
      issues.push(ioIssue('invalid_cell', fields, { location: at }))
    }
  }
  const row: RawRow = {
    kind: 'row',
    cells,
    location,
    ...(Object.keys(types).length > 0 ? { types } : {}),
    ...(issues.length > 0 ? { rejected: true as const } : {}),
  }
  return { row, issues }
}

/** Whether the number as written and as parsed are the same decimal (`87.50` and `87.5`). */
function sameDecimal(written: string, parsed: string): boolean {
  try {
    return new IoDecimal(written).eq(new IoDecimal(parsed))
  } catch {
    return false
  }
}
