/**
 * The units a mistyped reference most likely meant, for the hint of `unknown_unit`: the code
 * a spreadsheet turned into a number (`58` for `58.0` or `058`, `08` for `8`), codes one
 * keystroke away (`85` for `58`, `5` or `580` for `58`), or names containing the text typed
 * (`Ninh Thuận` for `Tỉnh Ninh Thuận`). Only those: an unrelated unit is never offered.
 * @internal
 */

import type { Unit } from '@tiendo/schema'

/** How many units a hint names at most. */
const MAX_SUGGESTIONS = 3

/** A unit offered for a mistyped reference, with the key to write for it. @internal */
export interface UnitSuggestion {
  readonly key: string
  readonly unit: Unit
}

/**
 * The units closest to `ref`, best first: the same code in another case or written as a
 * spreadsheet writes numbers (see {@link codeNumber}), codes at edit distance 1 (a swap of two neighbours counts as one),
 * then names containing the text typed (without tone marks or case).
 * `relevant` says which units are valid in the period of the reference: when any is found,
 * only those are offered. @internal
 */
export function suggestUnits(
  ref: string,
  units: readonly Unit[],
  keyOf: (unit: Unit) => string,
  relevant: (unit: Unit) => boolean,
): UnitSuggestion[] {
  return new UnitSuggester(units, keyOf).suggest(ref, relevant)
}

/**
 * A unit a reference may have meant: its place in the list, and its rank: 0 for the same
 * code written otherwise, 1 for a code one edit away, 2 by name.
 */
interface Match {
  readonly order: number
  readonly rank: number
}

/**
 * {@link suggestUnits} over one list of units, indexed once: a file written for another
 * pack names thousands of unknown units, and comparing each with every unit, its code and
 * name folded anew each time, took minutes. Codes one edit away share a code with one
 * character deleted (or are one), so they are found through those; names are folded once.
 * What each reference matched is remembered; only its order depends on the period.
 * @internal
 */
export class UnitSuggester {
  /** Folded codes, and codes with one character deleted, to the units that have them. */
  private readonly byFoldedCode = new Map<string, number[]>()
  private readonly byDeletion = new Map<string, number[]>()
  /** Codes of digits, by the number they write (`08` under `8`). */
  private readonly byNumber = new Map<string, number[]>()
  /** Each unit's folded names, made on the first reference a name may match. */
  private foldedNames: (readonly string[])[] | undefined
  private readonly matched = new Map<string, readonly Match[]>()

  constructor(
    private readonly units: readonly Unit[],
    private readonly keyOf: (unit: Unit) => string,
  ) {
    units.forEach((unit, order) => {
      add(this.byFoldedCode, foldName(unit.code), order)
      for (const variant of deletions(unit.code)) add(this.byDeletion, variant, order)
      if (/^\d+$/.test(unit.code)) add(this.byNumber, codeNumber(unit.code)!, order)
    })
  }

  /** The units `ref` most likely meant, those `relevant` says first (see {@link suggestUnits}). */
  suggest(ref: string, relevant: (unit: Unit) => boolean): UnitSuggestion[] {
    const found: { unit: Unit; rank: number; order: number }[] = []
    const seen = new Set<string>()
    for (const { order, rank } of this.matches(ref)) {
      const unit = this.units[order]!
      const key = this.keyOf(unit)
      if (seen.has(key)) continue
      seen.add(key)
      found.push({ unit, rank: rank * 2 + (relevant(unit) ? 0 : 1), order })
    }
    found.sort((a, b) => a.rank - b.rank || a.order - b.order)
    // A unit not valid in the period would only be refused in turn: offered when no other is.
    const fitting = found.filter(({ rank }) => rank % 2 === 0)
    const offered = fitting.length > 0 ? fitting : found
    return offered.slice(0, MAX_SUGGESTIONS).map(({ unit }) => ({ key: this.keyOf(unit), unit }))
  }

  /** The units a reference matches, in the order of the list, by code first. */
  private matches(ref: string): readonly Match[] {
    let matches = this.matched.get(ref)
    if (matches !== undefined) return matches
    const code = (ref.split('@')[0] ?? ref).trim()
    const folded = foldName(code)
    const ranks = new Map<number, number>()
    // The code in another case, or as a spreadsheet wrote it as a number: surely meant,
    // so offered before the codes a keystroke away.
    for (const order of this.byFoldedCode.get(folded) ?? []) ranks.set(order, 0)
    const number = codeNumber(code)
    for (const order of number === undefined ? [] : (this.byNumber.get(number) ?? [])) {
      ranks.set(order, 0)
    }
    for (const variant of deletions(code)) {
      for (const order of this.byDeletion.get(variant) ?? []) {
        if (!ranks.has(order) && withinOneEdit(this.units[order]!.code, code)) ranks.set(order, 1)
      }
    }
    if (folded.length >= 3 && /\p{L}/u.test(code)) {
      this.foldedNames ??= this.units.map((unit) => [
        foldName(unit.name.vi),
        foldName(unit.name.en ?? ''),
      ])
      this.foldedNames.forEach((names, order) => {
        if (!ranks.has(order) && names.some((name) => name.includes(folded))) ranks.set(order, 2)
      })
    }
    matches = [...ranks].sort((a, b) => a[0] - b[0]).map(([order, rank]) => ({ order, rank }))
    // Bounded: a reference is remembered once, and a file names each of its few once.
    if (this.matched.size < MAX_REMEMBERED) this.matched.set(ref, matches)
    return matches
  }
}

/** References whose matches are remembered, at most. */
const MAX_REMEMBERED = 65_536

function add(index: Map<string, number[]>, key: string, order: number): void {
  const orders = index.get(key)
  if (orders === undefined) index.set(key, [order])
  else if (orders[orders.length - 1] !== order) orders.push(order)
}

/**
 * A code and the codes it becomes with one character deleted: two codes one edit apart
 * (an insertion, a deletion, a substitution or a swap of neighbours) always share one.
 */
function deletions(code: string): string[] {
  const variants = [code]
  for (let i = 0; i < code.length; i++) variants.push(code.slice(0, i) + code.slice(i + 1))
  return variants
}

/**
 * The number a code of digits writes, as a spreadsheet keeps it: without leading zeros and
 * without zero decimals (`58` for `58`, `058`, `58.0` and `58,00`). Undefined for other codes.
 * @internal
 */
export function codeNumber(code: string): string | undefined {
  const match = /^(\d+)(?:[.,]0+)?$/.exec(code)
  return match === null ? undefined : match[1]!.replace(/^0+(?=\d)/, '')
}

/** Lower case, without tone marks (đ as d), spaces squeezed: how names are compared. @internal */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** Whether two codes differ by one insertion, deletion, substitution or swap of neighbours. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  if (a.length === b.length) {
    const diff: number[] = []
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i)
    if (diff.length === 1) return true
    const [i, j] = diff
    return diff.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!]
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  let i = 0
  while (i < short.length && short[i] === long[i]) i++
  return short.slice(i) === long.slice(i + 1)
}
