import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countLineBreaks, LineBreakCounter } from './line-breaks'

/** Editors' count, one character at a time: `\r\n`, `\n` and a lone `\r` each end a line. */
function referenceCount(text: string): number {
  let breaks = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' && text[i - 1] !== '\r') breaks++
    if (text[i] === '\r') breaks++
  }
  return breaks
}

const text = fc
  .array(fc.constantFrom('a', 'ệ', '\n', '\r', '\r\n', '\n\r', ','), { maxLength: 30 })
  .map((parts) => parts.join(''))

describe('LineBreakCounter', () => {
  it('counts the breaks of text fed in any pieces as editors count them', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), (whole, places) => {
        const cuts = [...new Set(places.map((place) => place % (whole.length + 1)))].sort(
          (a, b) => a - b,
        )
        const counter = new LineBreakCounter()
        let total = 0
        let from = 0
        for (const cut of [...cuts, whole.length]) {
          total += counter.count(whole.slice(from, cut))
          from = cut
        }
        expect(total).toBe(referenceCount(whole))
        expect(countLineBreaks(whole)).toBe(referenceCount(whole))
      }),
      { numRuns: 2000 },
    )
  })

  it('counts a `\\r\\n` split across two pieces once', () => {
    const counter = new LineBreakCounter()
    expect(counter.count('a\r')).toBe(1)
    expect(counter.count('')).toBe(0)
    expect(counter.count('\nb\n')).toBe(1)
  })
})
