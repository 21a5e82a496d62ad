import type { SourceLocation, TiendoIssue } from '@tiendo/schema'
import { makeIssue } from './issue'
import type { ReadLimits } from './limits'
import { fileWording } from './messages/file'
import { formatCount } from './messages/quote'

/** The issue for a file with more data rows than `maxRows`. @internal */
export function tooManyRowsIssue(limits: ReadLimits, location: SourceLocation): TiendoIssue {
  const what = {
    vi: 'Số dòng số liệu',
    en: 'The number of data rows',
  }
  return makeIssue(
    'limit_exceeded',
    'error',
    fileWording.limitExceeded('maxRows', limits.maxRows, what),
    location,
  )
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
  return makeIssue(
    'limit_exceeded',
    'error',
    fileWording.limitExceeded('maxColumns', limits.maxColumns, what),
    location,
  )
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
  return makeIssue(
    'limit_exceeded',
    'error',
    fileWording.limitExceeded('maxCellChars', limits.maxCellChars, what),
    location,
  )
}
