/**
 * How many terminal columns text takes: a CJK ideograph, a fullwidth form or an emoji takes
 * two, a combining mark (a Vietnamese tone mark written apart, as in NFD) none.
 */

/**
 * The code points a terminal shows two columns wide, as ranges in order: the values W (wide)
 * and F (fullwidth) of Unicode's EastAsianWidth.txt (UAX #11,
 * https://www.unicode.org/reports/tr11/), Unicode 18.0 as its extracted/DerivedEastAsianWidth.txt
 * lists them, with the unassigned code points that default to W (the CJK blocks, planes 2 and
 * 3), adjacent ranges merged. Emoji with emoji presentation are among them.
 */
const WIDE_RANGES = `
  1100..115F 231A..231B 2329..232A 23E9..23EC 23F0 23F3 25FD..25FE 2614..2615 2630..2637
  2648..2653 267F 268A..268F 2693 26A1 26AA..26AB 26BD..26BE 26C4..26C5 26CE 26D4 26EA 26F2..26F3
  26F5 26FA 26FD 2705 270A..270B 2728 274C 274E 2753..2755 2757 2795..2797 27B0 27BF 2B1B..2B1C
  2B50 2B55 2E80..2E99 2E9B..2EF3 2F00..2FD5 2FF0..303E 3041..3096 3099..30FF 3105..312F
  3131..318E 3190..31E5 31EF..321E 3220..3247 3250..A48C A490..A4C6 A960..A97C AC00..D7A3
  F900..FAFF FE10..FE19 FE30..FE52 FE54..FE66 FE68..FE6B FF01..FF60 FFE0..FFE6 16FE0..16FE4
  16FF0..16FF6 17000..18CDA 18CFF..18D20 18D80..18DF2 18E00..19191 191A0..191D2 1AFF0..1AFF3
  1AFF5..1AFFB 1AFFD..1AFFE 1B000..1B128 1B132 1B150..1B152 1B155 1B164..1B168 1B170..1B2FB
  1D300..1D356 1D360..1D376 1F004 1F0CF 1F18E 1F191..1F19A 1F1AE 1F200..1F202 1F210..1F23B
  1F240..1F248 1F250..1F251 1F260..1F265 1F300..1F320 1F32D..1F335 1F337..1F37C 1F37E..1F393
  1F3A0..1F3CA 1F3CF..1F3D3 1F3E0..1F3F0 1F3F4 1F3F8..1F43E 1F440 1F442..1F4FC 1F4FF..1F53D
  1F54B..1F54E 1F550..1F567 1F57A 1F595..1F596 1F5A4 1F5FB..1F64F 1F680..1F6C5 1F6CC 1F6D0..1F6D2
  1F6D5..1F6D9 1F6DC..1F6DF 1F6EB..1F6EC 1F6F4..1F6FC 1F7DA 1F7E0..1F7EB 1F7F0 1F90C..1F93A
  1F93C..1F945 1F947..1F9FF 1FA70..1FA7C 1FA80..1FAC6 1FAC8 1FACC..1FADD 1FADF..1FAEB
  1FAEF..1FAFA 20000..2FFFD 30000..3FFFD
`

/** {@link WIDE_RANGES} as [first, last, first, last…], read once when first needed. */
let wide: Uint32Array | undefined

function wideTable(): Uint32Array {
  if (wide === undefined) {
    const bounds = WIDE_RANGES.trim()
      .split(/\s+/)
      .flatMap((range) => {
        const [first, last = first] = range.split('..')
        return [Number.parseInt(first!, 16), Number.parseInt(last!, 16)]
      })
    wide = Uint32Array.from(bounds)
  }
  return wide
}

/** Whether a code point is East Asian Wide or Fullwidth: a binary search of the ranges. */
function isWide(code: number): boolean {
  if (code < 0x1100) return false
  const table = wideTable()
  let low = 0
  let high = table.length / 2 - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    if (code < table[2 * mid]!) high = mid - 1
    else if (code > table[2 * mid + 1]!) low = mid + 1
    else return true
  }
  return false
}

// Code points that take no column of their own: controls, combining marks, the invisible
// format characters (joiners, variation selectors, a soft hyphen) and the vowels and finals
// of Hangul written as separate jamo, which join the initial before them.
const ZERO_WIDTH =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: controls take no column
  /^(?:[\u0000-\u001f\u007f-\u009f\u1160-\u11ff\ud7b0-\ud7ff]|\p{Mn}|\p{Me}|\p{Default_Ignorable_Code_Point})$/u

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g

/** Text whose every character takes one column: most English and code. */
const ONE_COLUMN_EACH = /^[\u0020-\u007e]*$/

/**
 * Characters that join others into one grapheme shown as a single emoji: the zero-width
 * joiner (👩‍💻), the emoji variation selector (❤️), regional indicators (🇻🇳), skin tones and
 * the keycap (1️⃣). Text without them is measured a code point at a time.
 */
const JOINS_EMOJI = /[\u200d\ufe0f\u20e3\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}]/u

function codePointWidth(char: string): number {
  const code = char.codePointAt(0)!
  if (code >= 0x20 && code < 0x7f) return 1
  if (ZERO_WIDTH.test(char)) return 0
  return isWide(code) ? 2 : 1
}

/** Characters that may be shown as emoji: a keycap's digit, a flag's letters, ❤… */
const EMOJI = /^\p{Emoji}$/u

/**
 * A grapheme's columns: its first code point's, the marks and joiners after it taking none;
 * but a character shown as text by default is two columns once made an emoji (❤️, 1️⃣, 🇻🇳).
 */
function graphemeWidth(grapheme: string): number {
  const head = String.fromCodePoint(grapheme.codePointAt(0)!)
  const width = codePointWidth(head)
  const madeEmoji =
    grapheme.length > head.length &&
    EMOJI.test(head) &&
    JOINS_EMOJI.test(grapheme.slice(head.length))
  return width === 1 && madeEmoji ? 2 : width
}

let segmenter: Intl.Segmenter | undefined

/** The graphemes of text, one at a time: what a reader sees as one character, marks included. */
function* graphemes(text: string): Generator<string> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  for (const part of segmenter.segment(text)) yield part.segment
}

/**
 * The columns `text` takes in a terminal: two for an East Asian wide or fullwidth character
 * or an emoji, none for a combining mark, a control or an ANSI colour code, one otherwise.
 * Vietnamese is one column a letter whether its marks are composed (NFC) or not (NFD).
 */
export function displayWidth(text: string): number {
  const visible = text.includes('\u001b') ? text.replace(ANSI, '') : text
  if (ONE_COLUMN_EACH.test(visible)) return visible.length
  let columns = 0
  if (JOINS_EMOJI.test(visible)) {
    for (const grapheme of graphemes(visible)) columns += graphemeWidth(grapheme)
  } else {
    for (const char of visible) columns += codePointWidth(char)
  }
  return columns
}

/**
 * `text` cut in two where `columns` columns end, between graphemes (never inside a wide
 * character or between a letter and its marks): the head as wide as can be within `columns`
 * but never empty, so that a wide character on a line of one column still goes, and the rest.
 */
export function cutAtWidth(text: string, columns: number): [head: string, rest: string] {
  let width = 0
  let end = 0
  for (const grapheme of graphemes(text)) {
    width += graphemeWidth(grapheme)
    if (width > columns && end > 0) break
    end += grapheme.length
  }
  return [text.slice(0, end), text.slice(end)]
}
