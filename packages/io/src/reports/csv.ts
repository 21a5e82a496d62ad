/**
 * Rows as CSV text (RFC 4180): one line per row, `\n` line ends, a field quoted when it holds
 * a comma, a quote or a line break. A field that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `@`, a tab, or `-` before something that is not a number) is
 * written after a `'`, as OWASP advises: text from an untrusted pack stays text in Excel.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\n') + (rows.length > 0 ? '\n' : '')
}

function csvField(text: string): string {
  const safe = /^[=+@\t\r]|^-(?![\d.])/.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
