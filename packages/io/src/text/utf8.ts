/**
 * The index of the first byte that makes `bytes` invalid UTF-8 (as the WHATWG decoder judges
 * it: no overlong forms, no surrogates, nothing above U+10FFFF), or `-1` when all of it is
 * valid. A sequence cut off by the end of `bytes` is invalid at its first byte. @internal
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i] as number
    if (lead < 0x80) {
      i++
      continue
    }
    let need: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return i
    for (let k = 1; k <= need; k++) {
      const byte = bytes[i + k]
      if (byte === undefined) return i
      const min = k === 1 ? low : 0x80
      const max = k === 1 ? high : 0xbf
      if (byte < min || byte > max) return i
    }
    i += need + 1
  }
  return -1
}

/**
 * Where to cut `bytes` so that no UTF-8 sequence is split: the length, or the start of an
 * incomplete sequence at the end (kept for the next chunk). @internal
 */
export function completeUtf8Prefix(bytes: Uint8Array): number {
  const end = bytes.length
  let i = end - 1
  while (i >= 0 && i >= end - 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--
  if (i < 0 || i < end - 4) return end
  const lead = bytes[i] as number
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return end - i < length ? i : end
}
