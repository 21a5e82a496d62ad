import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from './json-syntax'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('findJsonSyntaxError', () => {
  it.each([
    ['[1,]', 3, 'value'],
    ['{"a":1,}', 7, 'key'],
    ['{"a":}', 5, 'value'],
    ["{'a':1}", 1, 'key'],
    ['{"a" 1}', 5, 'colon'],
    ['[1 2]', 3, 'comma_or_close'],
    ['[1]x', 3, 'end_of_text'],
    ['"abc', 4, 'closing_quote'],
    ['"a\nb"', 2, 'no_control_character'],
    ['"\\x"', 1, 'escape'],
    ['-', 1, 'digit'],
    ['1.', 2, 'digit'],
    ['', 0, 'value'],
    ['tru', 0, 'value'],
  ])('finds the error in %j at %i (%s)', (text, offset, expected) => {
    expect(findJsonSyntaxError(text)).toEqual({ offset, expected })
  })

  it('accepts whatever JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, pretty ? 2 : 0))).toBeUndefined()
      }),
    )
  })

  it('agrees with JSON.parse on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ 01-.eEtrufalsn\nu'), maxLength: 16 }),
        (text) => {
          expect(findJsonSyntaxError(text) === undefined).toBe(parses(text))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('stays iterative on deep nesting', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(99_999)}`
    expect(findJsonSyntaxError(deep)).toEqual({ offset: deep.length, expected: 'comma_or_close' })
  })
})
