/**
 * `@tiendo/io/internal`: the terminal table and colours the renderers share, the column a header name is meant for, which codes mean a file could not be read, and which numbers a file may refuse once read whole. Browser-safe.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/io`: its main entry is the public API.
 *
 * @packageDocumentation
 */

export { CANNOT_READ_CODES } from './codes'
export { columnMeant } from './convert/header-check'
export { IssueCap } from './convert/issue-cap'
export { mayBeDotGroups } from './numbers/locale-evidence'
export type { Palette } from './reports/color'
export { palette } from './reports/color'
export { escapeControls } from './reports/control-text'
export { toCsv } from './reports/csv'
export { displayWidth } from './reports/display-width'
export { englishCount } from './reports/english-count'
export { markdownCell, markdownText } from './reports/markdown'
export type { Align, TableOptions } from './reports/table'
export { renderTable, wrapText } from './reports/table'
export type { ValidationCounts } from './reports/validation-summary'
export { validationSummary } from './reports/validation-summary'
export { stopsReading } from './stops-reading'
export { ColumnTexts } from './text/column-texts'
