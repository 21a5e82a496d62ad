/**
 * The units a mistyped reference most likely meant, for the hint of `unknown_unit`: codes one
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
 * The units closest to `ref`, best first: codes at edit distance 1 (a swap of two neighbours
 * counts as one), then names containing the text typed (without tone marks or case).
 * `relevant` ranks units valid in the period of the reference first. @internal
 */
export function suggestUnits(
  ref: string,
  units: readonly Unit[],
  keyOf: (unit: Unit) => string,
  relevant: (unit: Unit) => boolean,
): UnitSuggestion[] {
  const code = (ref.split('@')[0] ?? ref).trim()
  const folded = foldName(code)
  const found: { unit: Unit; rank: number; order: number }[] = []
  const seen = new Set<string>()
  units.forEach((unit, order) => {
    let rank: number | undefined
    if (foldName(unit.code) === folded || withinOneEdit(unit.code, code)) rank = 0
    else if (folded.length >= 3 && /\p{L}/u.test(code) && nameHas(unit, folded)) rank = 1
    if (rank === undefined) return
    const key = keyOf(unit)
    if (seen.has(key)) return
    seen.add(key)
    found.push({ unit, rank: rank * 2 + (relevant(unit) ? 0 : 1), order })
  })
  found.sort((a, b) => a.rank - b.rank || a.order - b.order)
  return found.slice(0, MAX_SUGGESTIONS).map(({ unit }) => ({ key: keyOf(unit), unit }))
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

function nameHas(unit: Unit, folded: string): boolean {
  return foldName(unit.name.vi).includes(folded) || foldName(unit.name.en ?? '').includes(folded)
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
