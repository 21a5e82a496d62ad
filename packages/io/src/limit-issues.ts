import type { SourceLocation } from '@tiendo/schema'
import { ioIssue } from './issue'
import type { IoIssue, LimitExceededFields } from './issue-fields'
import type { ReadLimits } from './limits'

/** A `limit_exceeded` issue. */
export type LimitExceededIssue = Extract<IoIssue, { code: 'limit_exceeded' }>

/**
 * The issue for data over a reading limit: `limit_exceeded`, with the limit, its value, what
 * went over it and whether reading stopped (only a cell too long rejects one row and reading
 * goes on). @internal
 */
export function limitIssue(
  fields: Omit<LimitExceededFields, 'stoppedReading'>,
  location: SourceLocation,
): LimitExceededIssue {
  const stoppedReading = fields.measure !== 'cell_chars'
  return ioIssue('limit_exceeded', { ...fields, stoppedReading }, { location })
}

/** The issue for a file with more data rows than `maxRows`. @internal */
export function tooManyRowsIssue(limits: ReadLimits, location: SourceLocation): LimitExceededIssue {
  return limitIssue({ limit: 'maxRows', max: limits.maxRows, measure: 'rows' }, location)
}

/** The issue for a header with more columns than `maxColumns`. @internal */
export function tooManyColumnsIssue(
  limits: ReadLimits,
  count: number,
  location: SourceLocation,
): LimitExceededIssue {
  const fields = { limit: 'maxColumns', max: limits.maxColumns, measure: 'header_columns' } as const
  return limitIssue({ ...fields, found: count }, location)
}

/** The issue for a cell longer than `maxCellChars`. @internal */
export function cellTooLongIssue(
  limits: ReadLimits,
  length: number,
  location: SourceLocation,
): LimitExceededIssue {
  const fields = { limit: 'maxCellChars', max: limits.maxCellChars, measure: 'cell_chars' } as const
  return limitIssue({ ...fields, found: length }, location)
}
