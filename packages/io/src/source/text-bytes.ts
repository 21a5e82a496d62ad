/** Characters of text encoded at a time when text is read as a stream of bytes. */
const TEXT_CHUNK_CHARS = 64 * 1024

/**
 * The bytes `TextEncoder` makes of `text`, counted without encoding it: a lone surrogate
 * becomes U+FFFD (3 bytes), as the encoder makes it. @internal
 */
export function utf8Length(text: string): number {
  let bytes = text.length
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) continue
    if (unit < 0x800) bytes += 1
    else if (isHighSurrogate(unit) && isLowSurrogate(text.charCodeAt(i + 1))) {
      // Two code units, four bytes.
      bytes += 2
      i++
    } else bytes += 2
  }
  return bytes
}

/**
 * The UTF-8 bytes of `text`, a piece at a time, exactly as `TextEncoder` encodes the whole: a
 * piece never ends between the two halves of a surrogate pair. @internal
 */
export async function* textChunks(text: string): AsyncGenerator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder()
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + TEXT_CHUNK_CHARS)
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--
    yield encoder.encode(text.slice(start, end))
    start = end
  }
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff
}
