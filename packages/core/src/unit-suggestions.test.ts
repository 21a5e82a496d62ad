import type { Unit } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { codeNumber, foldName, suggestUnits, UnitSuggester } from './unit-suggestions'

/** Every unit compared with the reference, as the hints were first made: the reference. */
function bruteForce(ref: string, units: readonly Unit[], relevant: (unit: Unit) => boolean) {
  const code = (ref.split('@')[0] ?? ref).trim()
  const folded = foldName(code)
  const found: { unit: Unit; rank: number; order: number }[] = []
  const seen = new Set<string>()
  units.forEach((unit, order) => {
    let rank: number | undefined
    const sameNumber = /^\d+$/.test(unit.code) && codeNumber(unit.code) === codeNumber(code)
    if (foldName(unit.code) === folded || sameNumber) rank = 0
    else if (oneEditApart(unit.code, code)) rank = 1
    else if (
      folded.length >= 3 &&
      /\p{L}/u.test(code) &&
      (foldName(unit.name.vi).includes(folded) || foldName(unit.name.en ?? '').includes(folded))
    ) {
      rank = 2
    }
    if (rank === undefined || seen.has(keyOf(unit))) return
    seen.add(keyOf(unit))
    found.push({ unit, rank: rank * 2 + (relevant(unit) ? 0 : 1), order })
  })
  found.sort((a, b) => a.rank - b.rank || a.order - b.order)
  const valid = found.filter(({ unit }) => relevant(unit))
  return (valid.length > 0 ? valid : found)
    .slice(0, 3)
    .map(({ unit }) => ({ key: keyOf(unit), unit }))
}

/** One insertion, deletion, substitution or swap of neighbours, by the definition. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false
  const once = (text: string) => {
    const out = new Set<string>()
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length) out.add(text.slice(0, i) + text.slice(i + 1))
      if (i + 1 < text.length) out.add(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2))
    }
    return out
  }
  // Substitution: both lose the same place; insertion or deletion: one loses a character.
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (
      a.length === b.length &&
      a.slice(0, i) + a.slice(i + 1) === b.slice(0, i) + b.slice(i + 1)
    ) {
      return true
    }
  }
  return once(a).has(b) || once(b).has(a)
}

const keyOf = (unit: Unit) =>
  unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`

const CODE_CHARS = ['5', '8', '6', 'A', 'a', '.', '0']
const code = fc
  .array(fc.constantFrom(...CODE_CHARS), { minLength: 1, maxLength: 4 })
  .map((chars) => chars.join(''))
const NAMES = ['Ninh Thuận', 'Khánh Hòa', 'Phan Rang', 'Đà Lạt', 'Sở Y tế', 'Thuận Bắc']
const unit = fc
  .record({
    code,
    name: fc.constantFrom(...NAMES),
    later: fc.boolean(),
  })
  .map(
    ({ code, name, later }): Unit => ({
      code,
      name: { vi: `Tỉnh ${name}`, en: `${name} province` },
      kind: 'province',
      ...(later ? { validFrom: '2025-07-01' } : {}),
    }),
  )
const ref = fc.oneof(
  code,
  fc.constantFrom(
    'ninh thuan',
    'KHANH',
    'thuận',
    'Rang',
    'da lat',
    '58@2025-07-01',
    ' 85 ',
    '58.0',
    '058',
    '8',
    '5,00',
  ),
)

describe('UnitSuggester', () => {
  it('suggests exactly what comparing every unit suggests', () => {
    fc.assert(
      fc.property(
        fc.array(unit, { maxLength: 30 }),
        fc.array(ref, { maxLength: 8 }),
        (units, refs) => {
          const suggester = new UnitSuggester(units, keyOf)
          const relevant = (u: Unit) => u.validFrom === undefined
          for (const typed of refs) {
            const expected = bruteForce(typed, units, relevant)
            expect(suggester.suggest(typed, relevant)).toEqual(expected)
            // Asked again (remembered), and through the one-off function.
            expect(suggester.suggest(typed, relevant)).toEqual(expected)
            expect(suggestUnits(typed, units, keyOf, relevant)).toEqual(expected)
          }
        },
      ),
      { numRuns: 500 },
    )
  })

  it('offers only units valid in the period, when any is near', () => {
    const province = (code: string, validity: Partial<Unit>): Unit => ({
      code,
      name: { vi: `Tỉnh ${code}` },
      kind: 'province',
      ...validity,
    })
    const units = [
      province('58', { validTo: '2025-06-30' }),
      province('08', { validTo: '2025-06-30' }),
      province('08', { validFrom: '2025-07-01' }),
    ]
    const suggester = new UnitSuggester(units, keyOf)
    const before = (unit: Unit) => unit.validTo !== undefined
    const after = (unit: Unit) => unit.validFrom !== undefined
    // `058` in 2021: Ninh Thuận and the Tuyên Quang of then, not the one formed in 2025.
    expect(suggester.suggest('058', before).map((s) => s.key)).toEqual(['58', '08'])
    expect(suggester.suggest('058', after).map((s) => s.key)).toEqual(['08@2025-07-01'])
    // None valid: all are offered, the period may be what is wrong.
    expect(suggester.suggest('058', () => false).map((s) => s.key)).toEqual([
      '58',
      '08',
      '08@2025-07-01',
    ])
  })

  it('finds the one near code among 20,000 units, and none for codes far from all', () => {
    const units = Array.from(
      { length: 20_000 },
      (_, i): Unit => ({
        code: `15.A${String(i).padStart(4, '0')}`,
        name: { vi: `Xã ${i}` },
        kind: 'commune',
      }),
    )
    const suggester = new UnitSuggester(units, keyOf)
    let suggested = 0
    for (let i = 0; i < 5000; i++) {
      suggested += suggester.suggest(`16.B${String(i).padStart(4, '0')}`, () => true).length
    }
    expect(suggested).toBe(0)
    // An O for a 0 is one edit from ten codes: the first three, in the pack's order.
    expect(suggester.suggest('15.A0O12', () => true).map((s) => s.key)).toEqual([
      '15.A0012',
      '15.A0112',
      '15.A0212',
    ])
  })
})
