import { describe, expect, it } from 'vitest'
import { englishCount } from './english-count'

describe('englishCount', () => {
  it('makes the noun agree with the number, a plural of its own when given', () => {
    expect(englishCount(1, 'file')).toBe('1 file')
    expect(englishCount(0, 'file')).toBe('0 files')
    expect(englishCount(2, 'scope')).toBe('2 scopes')
    expect(englishCount(1, 'series', 'series')).toBe('1 series')
    expect(englishCount(3, 'entry', 'entries')).toBe('3 entries')
  })
})
