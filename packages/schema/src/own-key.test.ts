import { describe, expect, it } from 'vitest'
import { setOwnKey } from './own-key'

describe('setOwnKey', () => {
  it('keeps `__proto__` as an own key, leaving the prototype alone', () => {
    const copy: Record<string, unknown> = {}
    setOwnKey(copy, '__proto__', { x: 1 })
    setOwnKey(copy, 'a', 2)
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype)
    expect(Object.keys(copy)).toEqual(['__proto__', 'a'])
    expect(JSON.stringify(copy)).toBe('{"__proto__":{"x":1},"a":2}')
    expect('x' in copy).toBe(false)
  })
})
