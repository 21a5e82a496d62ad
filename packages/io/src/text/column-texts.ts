import { normalizeText } from './normalize'

/** Texts looked at before judging whether a column repeats. */
const TRIAL = 1024
/** Most distinct texts kept for one column, and the longest text kept. */
const MAX_KEPT = 65_536
const MAX_KEPT_LENGTH = 256

/**
 * The texts of one column of a file, normalised to NFC, one copy of each text that repeats.
 * Indicator ids, unit codes, periods, statuses and sources repeat down a column thousands of
 * times: keeping one copy saves memory and normalising, and later lookups by these strings
 * find their hash already computed. A column whose texts mostly differ (values, titles) stops
 * being remembered after a trial, so it costs little. Each kept text is a copy of its own,
 * never a slice that would keep the file's text it was cut from alive. @internal
 */
export class ColumnTexts {
  private seen: Map<string, string> | undefined = new Map()
  private looked = 0

  /** The text of a cell, normalised (see `normalizeText`). */
  text(raw: string): string {
    const seen = this.seen
    if (seen === undefined) return normalizeText(raw)
    // Judged once, after a trial: a column that repeats little is not worth remembering.
    if (this.looked < TRIAL && ++this.looked === TRIAL && seen.size > TRIAL / 4) {
      this.seen = undefined
    }
    const known = seen.get(raw)
    if (known !== undefined) return known
    if (raw.length > MAX_KEPT_LENGTH || seen.size >= MAX_KEPT) return normalizeText(raw)
    const key = ownCopy(raw)
    const text = normalizeText(key)
    seen.set(key, text)
    return text
  }
}

/**
 * A copy of a string that holds its own characters. Engines cut short substrings as views
 * into the text they come from; a long-lived view keeps the whole text alive.
 */
function ownCopy(text: string): string {
  // Engines copy slices this short (V8: under 13 characters) anyway.
  return text.length < 13 ? text : text.split('').join('')
}
