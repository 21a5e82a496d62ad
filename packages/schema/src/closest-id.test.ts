import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { closestId } from './closest-id'

/** Levenshtein distance by its definition, the whole table. */
function distance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + cost,
      )
    }
  }
  return table[a.length]![b.length]!
}

/** The first known id at the least distance within a third of the id's length. */
function nearest(unknown: string, known: readonly string[]): string | undefined {
  const budget = Math.max(1, Math.floor(unknown.length / 3))
  let best: string | undefined
  let bestDistance = budget + 1
  for (const candidate of known) {
    const d = distance(unknown, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

const id = fc
  .array(fc.constantFrom('a', 'b', 'c', '_', 'r', 't'), { minLength: 1, maxLength: 90 })
  .map((chars) => chars.join(''))

describe('closestId', () => {
  it('finds the nearest known id within a third of the length, as the definition does', () => {
    fc.assert(
      fc.property(id, fc.array(id, { maxLength: 12 }), (unknown, known) => {
        expect(closestId(unknown, known)).toBe(nearest(unknown, known))
      }),
      { numRuns: 1000 },
    )
  })

  it('names the id a typo came from', () => {
    const known = ['smartphone_user_rate', 'household_fibre_rate', 'online_dossier_rate']
    expect(closestId('smartphone_user_rte', known)).toBe('smartphone_user_rate')
    expect(closestId('population', known)).toBeUndefined()
  })
})
