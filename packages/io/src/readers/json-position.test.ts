import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { locateJsonSyntaxError as findJsonSyntaxError } from './json-position'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('locateJsonSyntaxError', () => {
  it('says line, column and what was expected, without quoting the text', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({
      line: 3,
      column: 3,
      expected: { en: 'a comma `,` or a closing `]` / `}`' },
    })
    expect(findJsonSyntaxError('root:x:0:0:root:/root:/bin/bash')).toMatchObject({
      line: 1,
      column: 1,
      expected: { en: expect.stringContaining('a value') },
    })
    expect(findJsonSyntaxError('')).toMatchObject({ line: 1, column: 1 })
    expect(findJsonSyntaxError('[1, 2')).toMatchObject({ line: 1, column: 6 })
    expect(findJsonSyntaxError('{"a": "x\\q"}')?.expected.en).toContain('valid escape')
    expect(findJsonSyntaxError('{"a": 01}')?.expected.en).toContain('`,` or a closing')
    expect(findJsonSyntaxError('{} {}')?.expected.en).toContain('the end of the text')
  })

  it('finds no error in any JSON, however deep', () => {
    expect(findJsonSyntaxError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeUndefined()
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, 2))).toBeUndefined()
      }),
    )
  })

  it('agrees with JSON.parse on mangled JSON', () => {
    const mangled = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', ' ', 'x', '\n'),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1)
        return text.slice(0, i) + insert + text.slice(i + (cut % 3))
      })
    fc.assert(
      fc.property(mangled, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text))
      }),
      { numRuns: 2000 },
    )
  })
})
