import { describe, expect, it } from 'vitest'
import { suggestDecimal } from './decimal-suggestion'

describe('suggestDecimal', () => {
  it.each([
    ['80%', '80'],
    ['87.5 %', '87.5'],
    [' 20 ', '20'],
    ['+5', '5'],
    ['\u22125', '-5'],
    ['.5', '0.5'],
    ['5.', '5'],
    ['007', '7'],
    ['1 000 000', '1000000'],
  ])('reads %j as %s', (text, decimal) => {
    expect(suggestDecimal(text)).toBe(decimal)
  })

  it.each(['87,5', '1,250', '363.558.1', 'abc', '80', '', '%', '1'.repeat(80)])(
    'offers nothing for %j',
    (text) => {
      expect(suggestDecimal(text)).toBeUndefined()
    },
  )
})
