import { describe, expect, it } from 'vitest'
import { suggestUnitRef } from './unit-ref-suggestion'

describe('suggestUnitRef', () => {
  it.each([
    [' 58 ', { ref: '58', slip: 'spaces_around' }],
    ['56@2025-07-01 ', { ref: '56@2025-07-01', slip: 'spaces_around' }],
    ['68 @ 2025-07-01', { ref: '68@2025-07-01', slip: 'spaces' }],
    // The day as Vietnamese write dates: day first.
    ['68@1/7/2025', { ref: '68@2025-07-01', slip: 'day_form', day: '2025-07-01' }],
    ['68@01-07-2025', { ref: '68@2025-07-01', slip: 'day_form', day: '2025-07-01' }],
    ['68@2025-7-1', { ref: '68@2025-07-01', slip: 'day_form', day: '2025-07-01' }],
    ['68@2025/07/01', { ref: '68@2025-07-01', slip: 'day_form', day: '2025-07-01' }],
    [
      '58.STTTT @ ngày 1 tháng 7 năm 2025',
      { ref: '58.STTTT@2025-07-01', slip: 'day_form', day: '2025-07-01' },
    ],
  ])('reads %j as %j', (text, meant) => {
    expect(suggestUnitRef(text)).toEqual(meant)
  })

  it.each([
    // Already a reference: nothing to offer.
    '58',
    '56@2025-07-01',
    // A day that does not exist, or no day at all.
    '68@30/2/2025',
    '68@2025-02-30',
    '68@',
    '68@mai',
    // A code that is not one: a space inside, a name.
    '5 8',
    'Lâm Đồng@2025-07-01',
    '@2025-07-01',
    // Past any reference's length.
    `68@${' '.repeat(200)}2025-07-01`,
  ])('offers nothing for %j', (text) => {
    expect(suggestUnitRef(text)).toBeUndefined()
  })
})
