/** How a column's cells line up. */
export type Align = 'left' | 'right'

// Visible width: ANSI colour codes take no room; text is NFC so a Vietnamese letter is one
// code point; combining marks that remain take none.
function width(text: string): number {
  const visible = text
    .normalize('NFC')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
    .replace(/\u001b\[[0-9;]*m/g, '')
    .replace(/\p{M}/gu, '')
  return [...visible].length
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)))
  return align === 'right' ? fill + text : text + fill
}

/** Renders rows as a plain-text table with a header rule, for terminals. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const sizes = header.map((cell, column) =>
    Math.max(width(cell), ...rows.map((row) => width(row[column] ?? ''))),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(cell, sizes[column]!, align[column] ?? 'left'))
      .join('  ')
      .trimEnd()
  return [line(header), sizes.map((size) => '─'.repeat(size)).join('  '), ...rows.map(line)]
    .map((text) => `${text}\n`)
    .join('')
}
