import type { FileCode, IoMessages } from '../catalogue'
import { inFolder, quote } from '../quote'

const SAVE_UTF8 =
  'Save the file again as UTF-8 (Excel: Save As → CSV UTF-8 (Comma delimited); an editor: Save with Encoding → UTF-8)'

/** The example object the hints of an empty JSON or NDJSON file show. */
const EXAMPLE = '`{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`'

const SAVE_FROM_EXCEL = 'Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV UTF-8.'
const DOCUMENT = {
  hint: 'Tiendo reads figures from a table, one figure a row: copy them into the workbook `tiendo template` writes, or into a CSV file.',
}

const ARCHIVE = { what: 'a compressed archive', hint: 'Extract it and give the files inside.' }

/** Files people send that Tiendo does not read, by extension: what each is, and what to do. */
const OTHER_FORMATS: Readonly<Record<string, { what: string; hint: string }>> = {
  xls: { what: 'an old-style Excel workbook (.xls)', hint: SAVE_FROM_EXCEL },
  xlsm: { what: 'a macro-enabled Excel workbook (.xlsm)', hint: SAVE_FROM_EXCEL },
  xlsb: { what: 'a binary Excel workbook (.xlsb)', hint: SAVE_FROM_EXCEL },
  ods: {
    what: 'an OpenDocument spreadsheet (LibreOffice Calc)',
    hint: 'Open it in LibreOffice Calc and save it as Excel 2007-365 (.xlsx) or as Text CSV (UTF-8).',
  },
  numbers: {
    what: 'an Apple Numbers spreadsheet',
    hint: 'In Numbers, File → Export To → Excel (.xlsx) or CSV.',
  },
  doc: { what: 'a Word document, not a table of figures', ...DOCUMENT },
  docx: { what: 'a Word document, not a table of figures', ...DOCUMENT },
  odt: { what: 'a text document, not a table of figures', ...DOCUMENT },
  pdf: { what: 'a PDF document, not a table of figures', ...DOCUMENT },
  tsv: {
    what: 'a text file with tabs between its columns',
    hint: 'Give the .xlsx workbook itself, or save the sheet from Excel as CSV UTF-8 (Comma delimited).',
  },
  txt: {
    what: 'a text file',
    hint: 'If it holds comma-separated figures, give it the extension .csv. If Excel saved it (Text (Tab delimited), Unicode Text), give the .xlsx workbook itself, or save the sheet as CSV UTF-8 (Comma delimited).',
  },
  zip: ARCHIVE,
  rar: ARCHIVE,
  '7z': ARCHIVE,
}

/** English messages about a file as a whole. */
export const file: IoMessages<FileCode> = {
  file_not_found: (f) => ({
    message: `The file ${quote(f.fileName)} does not exist.`,
    hint: 'Check the path and the file name, including upper and lower case and accents.',
  }),
  not_a_file: (f) => ({
    message: `${quote(f.fileName)} is a folder, not a file.`,
    hint: `Name the data files inside it instead, one or more, such as \`${inFolder(f.fileName, 'q3.csv')} ${inFolder(f.fileName, 'q4.xlsx')}\`.`,
  }),
  file_unreadable: (f) => ({
    message: `The file ${quote(f.fileName)} cannot be read (${f.detail}).`,
    hint: 'Check that the file is readable and not locked by another program.',
  }),
  unknown_format: (f) => {
    const known = OTHER_FORMATS[f.extension]
    if (known !== undefined) {
      return {
        message: `The file ${quote(f.fileName)} is ${known.what}, which Tiendo does not read.`,
        hint: known.hint,
      }
    }
    return {
      message: `The format of ${quote(f.fileName)} is not known from its extension${f.extension ? ` .${f.extension}` : ''}.`,
      hint: 'Give the file the extension of its content: .csv, .ndjson (or .jsonl), .json or .xlsx.',
    }
  },
  unsupported_encoding: (f) => ({
    message: `The encoding ${quote(f.encoding)} is not supported.`,
    hint: 'Use a WHATWG encoding label such as `utf-8` (the default), `windows-1258` or `utf-16le`.',
  }),
  binary_file: (f) => {
    const format = f.format.toUpperCase()
    if (f.reason === 'zip') {
      return {
        message: `The file is a zip archive (perhaps an XLSX workbook), not ${format} text.`,
        hint: 'If it is an Excel workbook, give it the .xlsx extension; or in Excel, Save As → CSV UTF-8.',
      }
    }
    if (f.reason === 'ole') {
      return {
        message: `The file is an old-style Excel workbook (.xls), not ${format} text.`,
        hint: 'Open it in Excel and save it as .xlsx or CSV UTF-8.',
      }
    }
    return {
      message: `The file holds binary data (zero bytes), not ${format} text.`,
      hint: 'Check that this is the right file; data must be UTF-8 text.',
    }
  },
  utf16_file: (f) => ({
    message: `The file is encoded in UTF-16 (${f.encoding === 'utf-16be' ? 'big-endian' : 'little-endian'}), not UTF-8.`,
    // The `tiendo` command reads UTF-8 only: the `encoding` option is the library's.
    hint: `${SAVE_UTF8}. A program reading it with \`@tiendo/io\` may state the encoding \`${f.encoding}\` instead (the \`encoding\` option); the \`tiendo\` command reads UTF-8 only.`,
  }),
  invalid_utf8: (f) => ({
    message: `Line ${f.line} holds bytes that are not valid UTF-8: the file was not saved as UTF-8 (it may be Windows-1258 or TCVN3). Tiendo stopped reading at this line.`,
    hint: `${SAVE_UTF8}. A program reading it with \`@tiendo/io\` may state the file's encoding instead (the \`encoding\` option, such as \`windows-1258\`); the \`tiendo\` command reads UTF-8 only.`,
  }),
  invalid_encoding: (f) => ({
    message: `Line ${f.line} holds bytes that are not valid ${f.encoding}. Tiendo stopped reading at this line.`,
    hint: `Check the file's encoding, or ${SAVE_UTF8.charAt(0).toLowerCase()}${SAVE_UTF8.slice(1)}.`,
  }),
  empty_file: (f) => {
    if (f.format === 'json') {
      return {
        message: 'The JSON file is empty.',
        hint: `Write an array of objects: \`[${EXAMPLE.slice(1, -1)}]\`.`,
      }
    }
    if (f.format === 'ndjson') {
      return {
        message: 'The NDJSON file is empty.',
        hint: `Write one JSON object a line, such as ${EXAMPLE}.`,
      }
    }
    return {
      message: 'The file is empty: it has not even a header row.',
      hint: 'The first line must be the header, such as `indicator,unit,period,value`, followed by the data rows.',
    }
  },
}
