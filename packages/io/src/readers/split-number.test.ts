import { describe, expect, it } from 'vitest'
import { splitNumberIn } from './split-number'

const names = ['indicator', 'unit', 'period', 'value', 'note']

describe('splitNumberIn', () => {
  it('joins a decimal comma the row split', () => {
    expect(splitNumberIn(['x', '56', '2024', '87', '5', ''], names)).toEqual({
      column: 'value',
      text: '87,5',
      decimalReading: '87.5',
      thousandsReading: undefined,
    })
  })

  it('gives both readings of a comma before three digits, and one of thousands commas', () => {
    expect(splitNumberIn(['x', '56', '2024', '1', '250', ''], names)).toMatchObject({
      text: '1,250',
      decimalReading: '1.250',
      thousandsReading: '1250',
    })
    expect(splitNumberIn(['x', '56', '2024', '1', '234', '567', 'n'], names)).toEqual({
      column: 'value',
      text: '1,234,567',
      thousandsReading: '1234567',
    })
    expect(splitNumberIn(['x', '56', '2024', '-0', '5', ''], names)).toMatchObject({
      text: '-0,5',
      decimalReading: '-0.5',
    })
  })

  it('finds the split in low or high, wherever the number column is', () => {
    const range = ['indicator', 'unit', 'period', 'low', 'high']
    expect(splitNumberIn(['x', '56', '2024', '10', '20', '5'], range)).toEqual(undefined)
    expect(splitNumberIn(['x', '56', '2024', '10', 'a', '5'], range)).toEqual(undefined)
    expect(splitNumberIn(['x', '56', '2024', 'y', '20', '5'], range)).toMatchObject({
      column: 'high',
      text: '20,5',
    })
  })

  it('says nothing when the extra cells are text, or the row is not longer', () => {
    expect(splitNumberIn(['x', '56', '2024', '87', 'Phan Rang', ''], names)).toBeUndefined()
    expect(splitNumberIn(['x', '56', '2024', '87', ''], names)).toBeUndefined()
    expect(splitNumberIn(['x', '56', '2024', '87'], names)).toBeUndefined()
    // Joined, a number that is none either way (`12,3456,7`) is not offered.
    expect(splitNumberIn(['x', '56', '2024', '12', '3456', '7', ''], names)).toBeUndefined()
    expect(splitNumberIn(['x', '56', '2024', '87', '5', ''], ['a', 'b', 'c', 'd', 'e'])).toBe(
      undefined,
    )
  })
})
