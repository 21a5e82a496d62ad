/** One line of text and its number (the first line is 1). @internal */
export interface TextLine {
  readonly text: string
  readonly line: number
  /** Set when the line was longer than allowed; `text` is then empty and was not kept. */
  readonly overlong?: true
}

/**
 * Splits text into lines as editors number them (`\n`, `\r\n` or a lone `\r` ends a line),
 * holding at most `maxChars` characters of a line in memory: a longer line is reported with
 * `overlong` and skipped without being buffered. A last line without a line break is
 * delivered; an empty last line after a final break is not. @internal
 */
export async function* splitLines(
  texts: AsyncIterable<string>,
  maxChars: number,
): AsyncGenerator<TextLine, void, undefined> {
  let parts: string[] = []
  let length = 0
  let overlong = false
  let line = 1
  let pendingCr = false
  const take = (): TextLine => {
    const result: TextLine = overlong
      ? { text: '', line, overlong: true }
      : { text: parts.join(''), line }
    parts = []
    length = 0
    overlong = false
    line++
    return result
  }
  for await (const text of texts) {
    if (text === '') continue
    let start = 0
    if (pendingCr && text.startsWith('\n')) start = 1
    pendingCr = false
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code !== 10 && code !== 13) continue
      append(text.slice(start, i))
      yield take()
      if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++
        else if (i + 1 === text.length) pendingCr = true
      }
      start = i + 1
    }
    append(text.slice(start))
  }
  if (length > 0 || overlong) yield take()

  function append(piece: string): void {
    if (piece === '' || overlong) return
    if (length + piece.length > maxChars) {
      overlong = true
      parts = []
      length = 0
      return
    }
    parts.push(piece)
    length += piece.length
  }
}
