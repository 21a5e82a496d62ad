import { describe, expect, it } from 'vitest'
import { CATALOGUE_WORDS } from './catalogue-words'

describe('the catalogues’ first line', () => {
  it('makes the count agree with its noun in English, and not in Vietnamese, which has no plural', () => {
    expect(CATALOGUE_WORDS.en.units(1, 'ninh-thuan', undefined)).toBe(
      '1 unit of the pack ninh-thuan',
    )
    expect(CATALOGUE_WORDS.en.units(2, 'ninh-thuan', '2025-07-01')).toBe(
      '2 units of the pack ninh-thuan valid on 2025-07-01',
    )
    expect(CATALOGUE_WORDS.en.indicators(1, 'x')).toBe('1 indicator of the pack x')
    expect(CATALOGUE_WORDS.vi.indicators(1, 'x')).toBe('1 chỉ tiêu của bộ quy tắc x')
  })
})
