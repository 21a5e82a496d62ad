import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { toJson } from './explain'

describe('toJson', () => {
  it('writes decimals as strings, missing as null, and keeps a `__proto__` key as a key', () => {
    const value = {
      at: new Decimal('2.50'),
      gone: undefined,
      ...JSON.parse('{"__proto__":{"x":1}}'),
    }
    const json = toJson(value) as Record<string, unknown>
    expect(JSON.stringify(json)).toBe('{"at":"2.5","gone":null,"__proto__":{"x":1}}')
    expect('x' in json).toBe(false)
  })
})
