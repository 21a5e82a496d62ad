import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatPath, toJsonPointer, valueAt } from './path'

/** Reads a JSON Pointer back into its keys (RFC 6901), written here independently. */
function readPointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

describe('formatPath', () => {
  it('writes paths the way a person reads them', () => {
    expect(formatPath(['indicators', 3, 'bounds', 'max'])).toBe('indicators[3].bounds.max')
    expect(formatPath([0, 'value'])).toBe('[0].value')
    expect(formatPath([])).toBe('')
    expect(formatPath(['attributes', 'tên đơn vị'])).toBe('attributes["tên đơn vị"]')
  })

  it('escapes control characters in keys', () => {
    expect(formatPath(['a\u001b[31mred'])).toBe('["a\\u001b[31mred"]')
  })
})

describe('toJsonPointer', () => {
  it('escapes ~ and / as RFC 6901 says', () => {
    expect(toJsonPointer(['indicators', 3, 'bounds', 'max'])).toBe('/indicators/3/bounds/max')
    expect(toJsonPointer(['a/b', 'm~n'])).toBe('/a~1b/m~0n')
    expect(toJsonPointer([])).toBe('')
  })

  it('reads back to the same keys, for any keys', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat())), (path) => {
        expect(readPointer(toJsonPointer(path))).toEqual(path.map(String))
      }),
    )
  })
})

describe('valueAt', () => {
  it('finds own values and never reads through a prototype', () => {
    const input = { indicators: [{ bounds: { max: '0' } }] }
    expect(valueAt(input, ['indicators', 0, 'bounds', 'max'])).toBe('0')
    expect(valueAt(input, ['indicators', 1])).toBeUndefined()
    expect(valueAt(input, ['constructor'])).toBeUndefined()
    expect(valueAt('text', ['length'])).toBeUndefined()
  })
})
