/**
 * The sheet a workbook's data is read from when no sheet is named (`--sheet`): the one named
 * `Số liệu`, as Tiendo's submission template names its data sheet, else the first visible
 * sheet. A template's other sheets (instructions, catalogue, units) are never read.
 */
export const DATA_SHEET_NAME = 'Số liệu'

/**
 * The name an XLSX header cell gives its column: its first line. The lines below are a label
 * for people (the template writes `indicator` over `Chỉ tiêu · Indicator`). @internal
 */
export function headerColumnName(text: string | undefined): string | undefined {
  if (text === undefined) return undefined
  const newline = text.search(/\r?\n/)
  return newline === -1 ? text : text.slice(0, newline)
}
