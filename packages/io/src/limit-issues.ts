import type { LocalizedText, SourceLocation, TiendoIssue } from '@tiendo/schema'
import { makeIssue } from './issue'
import type { ReadLimits } from './limits'
import { fileWording } from './messages/file'
import { formatCount } from './messages/quote'

/** Which limit a `limit_exceeded` issue is about, and whether reading stopped there. */
export interface ExceededLimit {
  readonly limit: keyof ReadLimits
  /**
   * Reading stopped (the file or the rest of it was not read: `maxFileBytes`,
   * `maxInMemoryBytes`, `maxRows`, `maxColumns`, a CSV record longer than
   * `maxCellChars × maxColumns`), as against one row rejected (`maxCellChars`).
   */
  readonly stoppedReading: boolean
}

/** What each `limit_exceeded` issue made here is about (issues stay plain data). */
const limitOfIssue = new WeakMap<TiendoIssue, ExceededLimit>()

/** Only a cell too long rejects a row and reading goes on. */
const stopsReading = (name: keyof ReadLimits) => name !== 'maxCellChars'

/**
 * The issue for data over a reading limit: `limit_exceeded`, naming the limit and how to
 * raise it. @internal
 */
export function limitIssue(
  name: keyof ReadLimits,
  limit: number,
  what: LocalizedText,
  location: SourceLocation,
  fix?: LocalizedText,
): TiendoIssue {
  const issue = makeIssue(
    'limit_exceeded',
    'error',
    fileWording.limitExceeded(name, limit, what, fix),
    location,
  )
  limitOfIssue.set(issue, { limit: name, stoppedReading: stopsReading(name) })
  return issue
}

/**
 * Marks an issue as a limit that stopped reading, for a reader that words it itself (a CSV
 * record over `maxCellChars × maxColumns`). @internal
 */
export function stoppedAtLimit(issue: TiendoIssue, limit: keyof ReadLimits): TiendoIssue {
  limitOfIssue.set(issue, { limit, stoppedReading: true })
  return issue
}

/**
 * Which limit a `limit_exceeded` issue of a reader is about (`maxRows`, `maxFileBytes`…) and
 * whether reading stopped there, or `undefined` for any other issue — so a caller tells a
 * file not wholly read from a row rejected without parsing the message. Only for the issue
 * objects the readers gave (a copy is not recognised).
 */
export function exceededLimit(issue: TiendoIssue): ExceededLimit | undefined {
  return limitOfIssue.get(issue)
}

/** The issue for a file with more data rows than `maxRows`. @internal */
export function tooManyRowsIssue(limits: ReadLimits, location: SourceLocation): TiendoIssue {
  const what = {
    vi: 'Số dòng số liệu',
    en: 'The number of data rows',
  }
  return limitIssue('maxRows', limits.maxRows, what, location)
}

/** The issue for a header with more columns than `maxColumns`. @internal */
export function tooManyColumnsIssue(
  limits: ReadLimits,
  count: number,
  location: SourceLocation,
): TiendoIssue {
  const what = {
    vi: `Số cột của dòng tiêu đề (${formatCount(count)})`,
    en: `The number of columns in the header (${formatCount(count)})`,
  }
  return limitIssue('maxColumns', limits.maxColumns, what, location)
}

/** The issue for a cell longer than `maxCellChars`. @internal */
export function cellTooLongIssue(
  limits: ReadLimits,
  length: number,
  location: SourceLocation,
): TiendoIssue {
  const what = {
    vi: `Độ dài của ô (${formatCount(length)} ký tự)`,
    en: `The length of the cell (${formatCount(length)} characters)`,
  }
  return limitIssue('maxCellChars', limits.maxCellChars, what, location)
}
