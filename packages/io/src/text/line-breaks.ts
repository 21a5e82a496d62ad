/**
 * Counts line breaks the way editors number lines: `\r\n`, `\n` and a lone `\r` each end
 * one line, and a `\r\n` split across two chunks is counted once. @internal
 */
export class LineBreakCounter {
  private pendingCr = false

  /** The line breaks in `text`, continuing from the text fed before. */
  count(text: string): number {
    if (text.length === 0) return 0
    // Every `\n` and every `\r` ends a line, but a `\r\n` ends only one. Searching beats
    // reading each character: files are mostly long lines.
    let breaks = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) breaks++
    for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
      breaks++
      if (text.charCodeAt(at + 1) === 10) breaks--
    }
    if (this.pendingCr && text.charCodeAt(0) === 10) breaks--
    this.pendingCr = text.charCodeAt(text.length - 1) === 13
    return breaks
  }
}

/** The line breaks in one piece of text (`\r\n` counts once). @internal */
export function countLineBreaks(text: string): number {
  if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return 0
  return new LineBreakCounter().count(text)
}
