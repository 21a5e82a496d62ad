import { markdownCell } from '@tiendo/io/internal'

/**
 * Text from a pack or a data file for a Markdown table cell: `|`, line breaks and
 * backslashes escaped, and no HTML getting through to the rendered page (packs and data are
 * untrusted). @internal
 */
export function markdownText(text: string): string {
  return markdownCell(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
}
