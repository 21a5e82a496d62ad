import type { LimitExceededFields, LimitMeasure } from '../../issue-fields'
import { limitFlag } from '../../limits'
import type { IoMessages, LimitCode } from '../catalogue'
import { formatCount } from '../quote'

/** What went over a limit, as the subject of the English message. */
const MEASURED: Record<
  Exclude<LimitMeasure, 'record_chars'>,
  (f: LimitExceededFields) => string
> = {
  file_bytes: (f) => `The file's size (${f.foundAtLeast ? 'at least ' : ''}${f.found} bytes)`,
  unzipped_bytes: () => 'The unzipped size of the workbook',
  rows: () => 'The number of data rows',
  header_columns: (f) => `The number of columns in the header (${formatCount(f.found ?? 0)})`,
  object_fields: (f) => `The number of fields in the object (${f.found})`,
  cell_chars: (f) => `The length of the cell (${formatCount(f.found ?? 0)} characters)`,
}

/** The advice a limit's hint starts with, before how to raise it. */
function advice(f: LimitExceededFields): string {
  if (f.measure === 'unzipped_bytes') {
    return 'For large files use CSV or NDJSON, which are read as a stream rather than whole. '
  }
  if (f.limit === 'maxInMemoryBytes') {
    return 'JSON and XLSX files are read whole into memory; for large files use CSV or NDJSON, which are streamed. '
  }
  return ''
}

function limitExceeded(f: LimitExceededFields) {
  if (f.measure === 'record_chars') {
    return {
      message: `The record starting on this line is longer than ${formatCount(f.max)} characters (maxCellChars × maxColumns); the rest of the file was not read.`,
      hint: `This is usually a double quote \`"\` that is never closed: check the quotes from this line on. If the cells really are that long, raise \`limits.maxCellChars\` (command line: \`${limitFlag('maxCellChars')}\`).`,
    }
  }
  if (f.measure === 'cell_chars') {
    // Only this row is refused: reading goes on with the next one.
    return {
      message: `${MEASURED.cell_chars(f)} is over the limit ${f.limit} = ${formatCount(f.max)}: the row is refused; the rows after it are read.`,
      hint: `Shorten the cell (a note or a title this long is usually text pasted by mistake), or raise the limit with \`limits.${f.limit}\` (command line: \`${limitFlag(f.limit)}\`).`,
    }
  }
  return {
    message: `${MEASURED[f.measure](f)} is over the limit ${f.limit} = ${formatCount(f.max)}; nothing past it was read.`,
    hint: `${advice(f)}Split the file, or raise the limit with \`limits.${f.limit}\` (command line: \`${limitFlag(f.limit)}\`).`,
  }
}

/** English messages about reading limits. */
export const limits: IoMessages<LimitCode> = {
  limit_exceeded: limitExceeded,
  too_many_issues: (f) => ({
    message: `More than ${formatCount(f.max)} issues were found; later ones are counted but not listed.`,
    hint: 'Fix the first ones (they usually share a cause) and check again; a program calling Tiendo can raise `maxIssues`.',
  }),
}
