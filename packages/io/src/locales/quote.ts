/** Longest stretch of a user's text quoted in a message. */
const MAX_QUOTED = 60

/**
 * Quotes text found in a file for a message: as JSON text, which escapes control characters
 * a hostile file might aim at a terminal, and cut short when long. @internal
 */
export function quote(text: string): string {
  const shown = text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text
  return JSON.stringify(shown)
}

/** Formats a whole number with a thin grouping for messages: `10 000 000`. @internal */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')
}

/** Names as inline code, comma-separated: `` `indicator`, `unit` ``. @internal */
export function codeList(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ')
}

/**
 * A file inside a folder as given, for a hint's example (`data/q3.csv`, `data\q3.csv` on
 * Windows); a folder name too long to quote is written `…`. @internal
 */
export function inFolder(folder: string, file: string): string {
  const name = folder.replace(/[\\/]+$/, '')
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/'
  return `${name.length > MAX_QUOTED ? '…' : name}${separator}${file}`
}
