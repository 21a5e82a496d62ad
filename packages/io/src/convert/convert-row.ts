import type { Observation, SourceLocation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { toTiendoIssues } from '@tiendo/schema'
import { ioIssue } from '../issue'
import { isVietnameseWay, type NumberLocale, readDecimalCell } from '../numbers/parse-decimal-cell'
import { cellLocation, type RawRow } from '../rows/raw-row'
import { type EntitySpec, OBSERVATION_SPEC, RECORD_SPEC } from './spec'

/** The result of converting one row: the value, or every problem found in the row. */
export type RowConversion<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: TiendoIssue[] }

/** Options of {@link rowToObservation}. */
export interface RowToObservationOptions {
  /** How numbers are written in the file. Defaults to `'default'` (see {@link NumberLocale}). */
  numberLocale?: NumberLocale | undefined
}

/**
 * Sees each number cell a conversion reads as text: `accepted`, or refused as `comma`
 * (an `ambiguous_number` for its comma, or a number written the Vietnamese way). For `LocaleEvidence`. @internal
 */
export type NumberWatcher = (text: string, column: string, outcome: 'accepted' | 'comma') => void

/**
 * Converts a row of an observation file into an `Observation`: empty cells are absent,
 * `value`, `low` and `high` are read with {@link parseDecimalCell} in the number locale (a
 * cell that already was a number, in XLSX or JSON, is taken as it is), and the result is
 * checked by `ObservationSchema`. Every problem carries the cell's location and the row's
 * indicator, unit and period. Columns other than the observation's are ignored here
 * (`observationsFromRows` reports them once). Pure: safe in browsers.
 */
export function rowToObservation(
  row: RawRow,
  options: RowToObservationOptions = {},
): RowConversion<Observation> {
  return conversion(convertRow(row, OBSERVATION_SPEC, options.numberLocale ?? 'default'))
}

/**
 * Converts a row of a record file into a `SubmittedRecord` checked by `RecordSchema`,
 * with the same rules as {@link rowToObservation}. Pure: safe in browsers.
 */
export function rowToRecord(row: RawRow): RowConversion<SubmittedRecord> {
  return conversion(convertRow(row, RECORD_SPEC, 'default'))
}

function conversion<T>(result: T | TiendoIssue[]): RowConversion<T> {
  return Array.isArray(result) ? { ok: false, issues: result } : { ok: true, value: result }
}

/**
 * Converts a row by a spec: the value, or every problem found in the row (never empty).
 * `onNumber` sees each number cell's text and outcome. A row the spec's fast check accepts
 * skips the schema, which would accept it with the same value. @internal
 */
export function convertRow<T>(
  row: RawRow,
  spec: EntitySpec<T>,
  locale: NumberLocale,
  onNumber?: NumberWatcher,
): T | TiendoIssue[] {
  // Text cells in the default locale (CSV rows): most rows are valid as they stand.
  if (locale === 'default' && row.types === undefined && row.links === undefined) {
    const quick = spec.quick(row.cells, onNumber)
    if (quick !== undefined) return quick
  }
  const input: Record<string, string> = {}
  const issues: TiendoIssue[] = []
  const refused = new Set<string>()
  const { cells, types } = row
  const { columns, kinds } = spec
  for (let index = 0; index < columns.length; index++) {
    const key = columns[index] as string
    const text = Object.hasOwn(cells, key) ? cells[key] : undefined
    if (text === undefined || text === '') continue
    const kind = kinds[index]
    if (kind !== 'decimal') {
      const link = kind === 'link' ? row.links?.[key] : undefined
      input[key] = link ?? text
      continue
    }
    const type = types?.[key]
    if (type === 'number') {
      input[key] = text
      continue
    }
    if (type === 'date' || type === 'boolean') {
      refused.add(key)
      const fields = { reason: type === 'date' ? 'date_cell' : 'boolean_cell' } as const
      issues.push(ioIssue('invalid_number', fields, { location: cellLocation(row.location, key) }))
      continue
    }
    const parsed = readDecimalCell(text, locale)
    if (parsed.ok) {
      input[key] = parsed.value
      onNumber?.(text, key, 'accepted')
    } else {
      refused.add(key)
      const { code, fields } = parsed
      issues.push(ioIssue(code, fields, { location: cellLocation(row.location, key) }))
      // `1.234.567` refused as invalid says as much about the file as `87,5` does.
      if (code === 'ambiguous_number' || isVietnameseWay(text)) onNumber?.(text, key, 'comma')
    }
  }
  if (issues.length === 0) {
    const quick = spec.fastParse(input)
    if (quick !== undefined) return quick
  }
  return schemaIssues(row, spec, input, issues, refused)
}

/** The row checked by the schema itself: its value, or every issue of the row. */
function schemaIssues<T>(
  row: RawRow,
  spec: EntitySpec<T>,
  input: Record<string, string>,
  issues: TiendoIssue[],
  refused: ReadonlySet<string>,
): T | TiendoIssue[] {
  const result = spec.schema.safeParse(input)
  if (result.success && issues.length === 0) return result.data
  if (!result.success) {
    const refusedPlaces = new Set(
      [...refused].map((key) => placeKey(cellLocation(row.location, key))),
    )
    const schemaIssues = toTiendoIssues(result.error, {
      input,
      locate: (path) =>
        path.length === 0 ? row.location : cellLocation(row.location, String(path[0])),
    })
    const converted = new Set(
      Object.entries(row.types ?? {})
        .filter(([key, type]) => type === 'date' && !spec.dates.includes(key))
        .map(([key]) => placeKey(cellLocation(row.location, key))),
    )
    for (const issue of schemaIssues) {
      const place = placeKey(issue.location)
      // A cell already refused as a number must not be reported again as missing.
      if (refusedPlaces.has(place)) continue
      issues.push(converted.has(place) ? withDateHint(issue) : issue)
    }
  }
  const context = rowContext(row, spec)
  return issues.map((issue) => ({ ...issue, ...context }))
}

/** The row's indicator, unit and period as written, to tell people which figure is meant. */
function rowContext(row: RawRow, spec: EntitySpec<unknown>): Partial<TiendoIssue> {
  const context: Partial<TiendoIssue> = {}
  for (const key of spec.context) {
    const text = Object.hasOwn(row.cells, key) ? row.cells[key] : undefined
    if (text !== undefined) context[key] = text
  }
  return context
}

/**
 * Appended to the hint of a schema issue on a date cell of a column that holds no date: the
 * issue's code is the schema's, so its own text cannot say it.
 */
const DATE_CELL_HINT = {
  vi: 'Ô này là kiểu ngày: Excel có thể đã tự đổi nội dung gõ vào (như `2024-09`) thành ngày. Định dạng cột là Text rồi gõ lại.',
  en: 'The cell is a date: Excel may have turned what was typed (such as `2024-09`) into a date. Format the column as Text and type it again.',
}

/** Adds why a spreadsheet cell may hold a date nobody typed (`2024-09` became 1 Sep 2024). */
function withDateHint(issue: TiendoIssue): TiendoIssue {
  const { vi, en } = DATE_CELL_HINT
  return {
    ...issue,
    hint: {
      vi: `${issue.hint?.vi ?? ''} ${vi}`.trim(),
      en: `${issue.hint?.en ?? ''} ${en}`.trim(),
    },
  }
}

function placeKey(location: SourceLocation | undefined): string {
  return `${location?.path ?? ''}\u0000${location?.column ?? ''}`
}
