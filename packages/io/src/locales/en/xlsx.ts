import { englishCount } from '../../reports/english-count'
import type { IoMessages, XlsxCode } from '../catalogue'
import { quote } from '../quote'

/** English messages about XLSX workbooks, sheets and cells. */
export const xlsx: IoMessages<XlsxCode> = {
  invalid_xlsx: (f) => {
    switch (f.reason) {
      case 'ole':
        return {
          message: 'The file is an old-style Excel workbook (.xls) despite its .xlsx extension.',
          hint: 'Open it in Excel and save it as an Excel Workbook (.xlsx).',
        }
      case 'text':
        return {
          message: 'The file is text, not an XLSX workbook.',
          hint: 'If it is CSV, give it the .csv extension; if JSON, .json.',
        }
      case 'other':
        return {
          message: 'The file is not an XLSX workbook (not an Office Open XML zip archive).',
          hint: 'Check that this is the right file, or open it in Excel and save it as .xlsx.',
        }
      default:
        return {
          message: `The XLSX workbook cannot be opened${f.detail ? ` (${f.detail})` : ''}.`,
          hint: 'Open it in Excel or LibreOffice and save it again as .xlsx.',
        }
    }
  },
  sheet_not_found: (f) =>
    f.sheetName === undefined
      ? {
          message: 'The workbook has no visible sheet.',
          hint: 'Unhide the sheet that holds the data, or choose it by name (`--sheet`).',
        }
      : {
          message: `The workbook has no sheet ${quote(f.sheetName)}.`,
          hint: `Its sheets are: ${(f.available ?? []).map(quote).join(', ') || '(none)'}.`,
        },
  sheet_ignored: (f) => ({
    message: `The sheet option applies to XLSX files only; a ${f.format.toUpperCase()} file has no sheets, so it was ignored.`,
    hint: 'Leave out `--sheet` for this file.',
  }),
  empty_sheet: (f) => ({
    message: `The sheet ${quote(f.sheetName)} is empty.`,
    hint: 'Put the header (`indicator`, `unit`, `period`, `value`…) in the first row with data, or choose another sheet (`--sheet`).',
  }),
  formula_without_result: (f) => ({
    message: `Cell ${f.cell} holds a formula but the file stores no computed result.`,
    hint: 'Tiendo reads the result Excel stored and does not compute formulas: open the file in Excel or LibreOffice and save it again, or replace the formula by its value (Paste Values).',
  }),
  cell_error: (f) => ({
    message: `Cell ${f.cell} holds the error ${f.value}.`,
    hint: 'Fix the formula or the data behind it; when there is no figure yet, leave the row out.',
  }),
  invalid_date: (f) => ({
    message: `Cell ${f.cell} holds an invalid date.`,
    hint: 'Type the date again as YYYY-MM-DD, such as `2024-09-30`.',
  }),
  percent_format: (f) => ({
    message: `Cell ${f.cell} is formatted as a percentage: it shows ${f.shown}% but the value it holds is ${f.value}.`,
    hint: `It is unclear whether ${f.shown} or ${f.value} is meant. For a percent indicator, type ${f.shown} in a cell formatted as Number; if the indicator is a fraction (0–1), format the cell as Number.`,
  }),
  merged_cells: (f) => ({
    message: `Cell ${f.cell} is part of the merged range starting at ${f.rangeStart}; Tiendo uses the value of ${f.rangeStart}${f.value === undefined ? '' : ` (${quote(f.value)})`} for every row of the range.`,
    hint: 'Better unmerge the cells (Merge & Center → Unmerge Cells) and write the value on every row, so each row stands on its own.',
  }),
  hidden_columns: (f) => {
    const names = f.columns.map((name) => `\`${name}\``).join(', ')
    return {
      message: `Excel hides the ${f.columns.length === 1 ? 'column' : 'columns'} ${names}, and Tiendo reads ${f.columns.length === 1 ? 'it' : 'them'} like the others.`,
      hint: 'Unhide the columns (select the columns around them, right-click → Unhide) and check what they hold before sending.',
    }
  },
  sheets_not_read: (f) => {
    const names = f.sheets.map(quote).join(', ')
    const more = f.count > f.sheets.length ? `, and ${f.count - f.sheets.length} more` : ''
    const first = f.sheets[0] ?? ''
    if (f.kind !== f.readAs) {
      const what = f.kind === 'record' ? 'records (such as DX products)' : 'figures'
      const read = f.readAs === 'record' ? 'records' : 'figures'
      return {
        message: `The workbook has ${f.count === 1 ? 'a sheet' : `${f.count} sheets`} of ${what}, ${names}${more}, not read: the file is read from its first sheet, ${quote(f.sheetName)}, as ${read}.`,
        hint: `Submit ${f.count === 1 ? 'that sheet' : 'each of them'} as a file of its own${f.kind === 'record' ? ' of records (`--records`)' : ''}, or read it by naming it: \`--sheet ${JSON.stringify(first)}\` (option \`sheet\`).`,
      }
    }
    return {
      message:
        f.count === 1
          ? `The workbook has another sheet of data in the same columns, ${names}, which is not read: only the first sheet, ${quote(f.sheetName)}, is.`
          : `The workbook has ${f.count} other sheets of data in the same columns (${names}${more}), which are not read: only the first sheet, ${quote(f.sheetName)}, is.`,
      hint: `Put every row on one sheet, or submit each sheet as a file of its own; to read another sheet, name it: \`--sheet ${JSON.stringify(first)}\` (option \`sheet\`).`,
    }
  },
  hidden_rows: (f) => {
    const more = f.count > f.rows.length ? ', …' : ''
    return {
      message:
        f.count === 1
          ? `1 row is hidden in Excel (row ${f.rows[0]}), and Tiendo reads it like the others.`
          : `${englishCount(f.count, 'row')} are hidden in Excel (rows ${f.rows.join(', ')}${more}), and Tiendo reads them like the others.`,
      hint: 'Unhide them (select the rows around them, right-click → Unhide) and check what they hold: delete any row that should not be submitted. A filter hides rows too: clear it (Data → Clear).',
    }
  },
}
