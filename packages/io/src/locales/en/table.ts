import { englishCount } from '../../reports/english-count'
import type { IoMessages, TableCode } from '../catalogue'
import { VI_FLAG } from '../number-locale-flag'
import { codeList as list, quote } from '../quote'

/** What a printed form's column that Tiendo needs none of holds. */
const FORM_COLUMN_EN = {
  row_number: 'It numbers the rows.',
  names: 'It names what the codes beside it name; Tiendo takes the names from the pack.',
  unit_of_measure: 'It gives the unit of measure, which the pack gives each indicator.',
} as const

/** English messages about a table's layout: its header, columns and CSV syntax. */
export const table: IoMessages<TableCode> = {
  header_only: () => ({
    message: 'The file has a header but no data rows.',
    hint: 'A file without data is still a valid submission (completeness is judged by `evaluate`); if you meant to submit figures, add rows under the header.',
  }),
  sep_line: () => ({
    message:
      'The first line, `sep=,`, is a note for Excel naming the delimiter, not the header: Tiendo skipped it and read the header from line 2. Nothing in the file was changed.',
    hint: 'Nothing to fix: the data is read as it is. To be rid of this note, delete the first line (`sep=,`) and save the file as CSV UTF-8.',
  }),
  no_rows: () => ({
    message: 'The file holds no objects.',
    hint: 'A file without data is still a valid submission (completeness is judged by `evaluate`); if you meant to submit figures, add objects.',
  }),
  semicolon_delimited: () => ({
    message:
      'The file separates its columns with semicolons `;` (as Excel does under Vietnamese regional settings), but Tiendo CSV is comma-separated.',
    hint: 'Submit the .xlsx file itself (Tiendo reads it), or export the CSV again with commas (on Windows, set the List separator to `,` in Region settings before saving from Excel). Numbers in such files are usually written the Vietnamese way (`87,5`): then also state `--number-locale vi`.',
  }),
  tab_delimited: () => ({
    message: 'The file separates its columns with tabs, but Tiendo CSV is comma-separated.',
    hint: 'In Excel, Save As → CSV UTF-8 (Comma delimited), or submit the .xlsx file itself.',
  }),
  ragged_row: (f) =>
    f.splitNumber !== undefined
      ? {
          message: `The row has ${englishCount(f.found, 'cell')} but the header has ${englishCount(f.expected, 'column')}: the comma in the number \`${f.splitNumber}\` split it across cells.`,
          hint: `A comma separates cells in CSV. ${splitNumberAdviceEn(f.decimalReading, f.thousandsReading)} If the whole file writes numbers the Vietnamese way, put each in double quotes (\`"${f.splitNumber}"\`) and state ${VI_FLAG}.`,
        }
      : f.found > f.expected
        ? {
            message: `The row has ${englishCount(f.found, 'cell')} but the header has ${englishCount(f.expected, 'column')}.`,
            hint: 'A cell may hold a comma without being quoted: write `"Phan Rang, Ninh Thuan"`. Otherwise remove the extra cells.',
          }
        : {
            message: `The row has only ${englishCount(f.found, 'cell')} but the header has ${englishCount(f.expected, 'column')}.`,
            hint: `Add the missing cells (empty when there is no value) so that the row has ${f.expected}, separated by commas.`,
          },
  unclosed_quote: () => ({
    message:
      'A double quote `"` opened in the record starting on this line is never closed before the end of the file, so the rest of the file could not be read.',
    hint: 'Add the closing `"` at the end of the cell; a double quote inside a quoted cell is written twice, `""`.',
  }),
  invalid_csv: (f) => ({
    message: `The CSV cannot be read from this line (${f.detail}).`,
    hint: 'Check the quotes and commas on this line; saving again from Excel with Save As → CSV UTF-8 usually fixes it.',
  }),
  duplicate_column: (f) =>
    f.first === undefined
      ? {
          message: `The field ${quote(f.columnName)} appears twice in the object (after Unicode NFC normalisation).`,
          hint: 'Keep one of them; two ways of typing the same Vietnamese accents count as the same name.',
        }
      : {
          message: `The column ${quote(f.columnName)} appears twice in the header (columns ${f.first} and ${f.second}); only the first is read.`,
          hint: 'Remove or rename one of them.',
        },
  cell_without_header: (f) => ({
    message: `Column ${f.position}${f.letters ? ` (${f.letters})` : ''} has no name in the header but holds data, which is not read.`,
    hint: 'Give the column a name (such as `note`), or clear its data.',
  }),
  missing_column: (f, place) => {
    if (f.columnName === undefined && f.dataSheet !== undefined) {
      const sheet = place?.location?.sheet
      return {
        message: `The first sheet${sheet === undefined ? '' : ` ${quote(sheet)}`}, read because no sheet was chosen, has no header: its first row names no column Tiendo reads. The sheet ${quote(f.dataSheet)} has a header.`,
        hint: `Choose the data sheet: \`--sheet ${quote(f.dataSheet)}\` (\`sheet: ${quote(f.dataSheet)}\` in a program), or move it first in the workbook.`,
      }
    }
    if (f.columnName === undefined && f.headerRow !== undefined) {
      return {
        message: `The required columns ${list(f.required)} are missing: the first row is not a header (no column Tiendo reads is named). Row ${f.headerRow} looks like the header.`,
        hint: `Delete the ${f.headerRow === 2 ? 'row' : 'rows'} above row ${f.headerRow} (a title or a note), so that the header is the first row and data start on the second.`,
      }
    }
    if (f.columnName === undefined) {
      return {
        message: `The required columns ${list(f.required)} are missing: the first row is not a header (no column Tiendo reads is named).`,
        hint: `The first row must be the header \`${f.required.join(',')}\` (plus any optional columns: ${(f.optional ?? []).join(', ')}); data starts on the second row.`,
      }
    }
    const name = f.columnName
    return {
      message: `The required column \`${name}\` is missing.`,
      hint: f.lookalike
        ? `Is the column ${quote(f.lookalike)} meant to be \`${name}\`? Column names are lower-case English: rename it \`${name}\`.`
        : `Add the column \`${name}\` to the header. The required columns are ${list(f.required)}.`,
    }
  },
  form_row: (f) =>
    f.form === 'column_numbers'
      ? {
          message: `The row numbers the columns (${f.text}), as a printed form does under its header: it is not data, and is not read.`,
          hint: 'Delete the row, so that data start right under the header.',
        }
      : f.form === 'total'
        ? {
            message: `The row is a total (${quote(f.text)}): it is not read. Tiendo adds up the units’ figures itself.`,
            hint: 'Delete the row. A figure of the unit above (the province) goes on a row of its own, with its unit code.',
          }
        : {
            message: `The row is part of the signing block that ends the report (${quote(f.text)}): it is not data, and is not read.`,
            hint: 'Nothing is lost: the figures above it are read. To submit without this warning, end the table at its last figure and keep the signatures in the printed copy only.',
          },
  unknown_column: (f) => ({
    message: `Tiendo does not use the column ${quote(f.columnName)}; its data is ignored.`,
    hint:
      f.formColumn !== undefined
        ? `${FORM_COLUMN_EN[f.formColumn]} Tiendo needs no such column: the file is read without it, and it may stay.`
        : f.meant === undefined
          ? `The columns Tiendo reads are ${list(f.known)}. Correct the name if it is misspelt, or remove the column.`
          : `Is the column ${quote(f.columnName)} meant to be \`${f.meant}\`? Column names are lower-case English: rename it \`${f.meant}\`, and its data is read.`,
  }),
}

/** How to write a number CSV commas split, by the readings it has. */
function splitNumberAdviceEn(decimal: string | undefined, thousands: string | undefined): string {
  if (decimal !== undefined && thousands !== undefined) {
    return `Write \`${thousands}\` if the comma separates thousands, or \`${decimal}\` if it is the decimal mark.`
  }
  if (decimal !== undefined) return `Write \`${decimal}\`, with a dot for decimals.`
  return `Write \`${thousands ?? ''}\`, without thousands separators.`
}
