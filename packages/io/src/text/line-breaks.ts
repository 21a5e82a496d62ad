/**
 * Counts line breaks the way editors number lines: `\r\n`, `\n` and a lone `\r` each end
 * one line, and a `\r\n` split across two chunks is counted once. @internal
 */
export class LineBreakCounter {
  private pendingCr = false

  /** The line breaks in `text`, continuing from the text fed before. */
  count(text: string): number {
    let breaks = 0
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10) {
        if (!this.pendingCr) breaks++
        this.pendingCr = false
      } else if (code === 13) {
        breaks++
        this.pendingCr = true
      } else {
        this.pendingCr = false
      }
    }
    return breaks
  }
}

/** The line breaks in one piece of text (`\r\n` counts once). @internal */
export function countLineBreaks(text: string): number {
  if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) return 0
  return new LineBreakCounter().count(text)
}
