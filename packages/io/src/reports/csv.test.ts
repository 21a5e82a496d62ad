import { describe, expect, it } from 'vitest'
import { toCsv } from './csv'

describe('toCsv', () => {
  it('quotes fields with commas, quotes and line breaks, and nothing else', () => {
    expect(
      toCsv([
        ['id', 'name'],
        ['a', 'Tỉnh, thành "mới"\nhai dòng'],
      ]),
    ).toBe('id,name\na,"Tỉnh, thành ""mới""\nhai dòng"\n')
  })

  it('keeps negative numbers and writes would-be formulas as text', () => {
    expect(toCsv([['-10', '-0.5', '=1+1', '+1', '@SUM(A1)', '-x']])).toBe(
      "-10,-0.5,'=1+1,'+1,'@SUM(A1),'-x\n",
    )
  })

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('')
  })
})
