/**
 * Text in Unicode NFC, the form every Tiendo id, code and name is compared in: Vietnamese
 * typed with a combining accent (`ỳ` as `y` + U+0300) equals the precomposed letter.
 * Canonically equivalent text reads the same, so no information is lost.
 */
export function normalizeText(text: string): string {
  // Pure ASCII is already NFC; skipping it keeps large files fast.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is ASCII itself
  return /^[\u0000-\u007f]*$/.test(text) ? text : text.normalize('NFC')
}
