import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDuplicateJsonKey } from './json-duplicate-key'

describe('findDuplicateJsonKey', () => {
  it('finds a key written twice, with its pointer and both lines', () => {
    const text =
      '{\n  "id": "a",\n  "rules": [\n    {},\n    { "id": "r", "severity": "warning",\n      "severity": "info" }\n  ]\n}'
    expect(findDuplicateJsonKey(text)).toEqual({
      key: 'severity',
      pointer: '/rules/1/severity',
      line: 6,
      column: 7,
      firstLine: 5,
    })
  })

  it('reads keys unescaped: "\\u0069d" is "id"', () => {
    expect(findDuplicateJsonKey('{"id": "a", "\\u0069d": "b"}')).toMatchObject({
      key: 'id',
      pointer: '/id',
    })
  })

  it('escapes the pointer (RFC 6901) and counts array elements of every kind', () => {
    const text = '[1, "x", [2], {"a/b~c": {"k": 1, "k": 2}}]'
    expect(findDuplicateJsonKey(text)?.pointer).toBe('/3/a~1b~0c/k')
  })

  it('allows the same key in different objects, and strings that look like keys', () => {
    expect(findDuplicateJsonKey('[{"a": 1}, {"a": 2}, {"b": {"a": 3}, "a": "\\"a\\": 1"}]')).toBe(
      undefined,
    )
  })

  it('finds nothing in JSON written from any value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(findDuplicateJsonKey(JSON.stringify(value, null, indent))).toBe(undefined)
      }),
    )
  })

  it('finds a duplicate put anywhere in a generated object', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue(), { minKeys: 1 }),
        fc.nat(),
        (object, pick) => {
          const keys = Object.keys(object)
          const key = keys[pick % keys.length]!
          const text = `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:null}`
          expect(findDuplicateJsonKey(text)).toMatchObject({ key, pointer: expect.any(String) })
        },
      ),
    )
  })
})
