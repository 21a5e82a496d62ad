import { describe, expect, it } from 'vitest'
import { memoizeText } from './text-memo'

describe('memoizeText', () => {
  it('works each text out once, undefined results included', () => {
    const seen: string[] = []
    const parse = memoizeText((text) => {
      seen.push(text)
      return text === 'x' ? undefined : text.length
    })
    expect([parse('ab'), parse('ab'), parse('x'), parse('x')]).toEqual([2, 2, undefined, undefined])
    expect(seen).toEqual(['ab', 'x'])
  })

  it('keeps no text over maxLength and no more than maxEntries', () => {
    const seen: string[] = []
    const parse = memoizeText(
      (text) => {
        seen.push(text)
        return text.length
      },
      { maxEntries: 2, maxLength: 3 },
    )
    for (const text of ['long text', 'long text', 'a', 'b', 'c', 'a', 'b', 'c']) parse(text)
    // The long text is worked out each time; of the short ones only the first two are kept.
    expect(seen).toEqual(['long text', 'long text', 'a', 'b', 'c', 'c'])
  })
})
