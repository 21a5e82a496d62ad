import { describe, expect, it } from 'vitest'
import { plainPathResolver } from './path-resolver'

describe('plainPathResolver', () => {
  const unit = { code: '58', attributes: { population: 590000, urban: false }, list: [1, 2] }

  it('reads plain property paths', () => {
    expect(plainPathResolver(unit, '$.code')).toBe('58')
    expect(plainPathResolver(unit, '$.attributes.population')).toBe(590000)
    expect(plainPathResolver(unit, '$.attributes.urban')).toBe(false)
    expect(plainPathResolver(unit, '$.attributes.area')).toBeUndefined()
    expect(plainPathResolver(unit, '$.code.length')).toBeUndefined()
  })

  it('never reads through a prototype', () => {
    expect(plainPathResolver(unit, '$.constructor')).toBeUndefined()
    expect(plainPathResolver(unit, '$.attributes.toString')).toBeUndefined()
    expect(plainPathResolver(unit, '$.__proto__')).toBeUndefined()
  })

  it('evaluates no JSONPath', () => {
    for (const path of [
      '$..population',
      '$.list[0]',
      '$.*',
      '$',
      'code',
      '$.attributes[?(@.urban)]',
    ]) {
      expect(plainPathResolver(unit, path), path).toBeUndefined()
    }
  })
})
