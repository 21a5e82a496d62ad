import { describe, expect, it } from 'vitest'
import { shiftPeriod } from './period'

describe('shiftPeriod', () => {
  it('steps by the period’s own kind', () => {
    expect(shiftPeriod('2024', -1)).toBe('2023')
    expect(shiftPeriod('2024-Q1', -1)).toBe('2023-Q4')
    expect(shiftPeriod('2024-Q1', -4)).toBe('2023-Q1')
    expect(shiftPeriod('2024-H1', 1)).toBe('2024-H2')
    expect(shiftPeriod('2024-01', -1)).toBe('2023-12')
    expect(shiftPeriod('2024-12', 1)).toBe('2025-01')
  })

  it('moves a span by whole years', () => {
    expect(shiftPeriod('2024-01/2024-09', -1)).toBe('2023-01/2023-09')
    expect(shiftPeriod('2023-Q4/2024-Q2', 2)).toBe('2025-Q4/2026-Q2')
  })

  it('is undefined outside the years Tiendo accepts', () => {
    expect(shiftPeriod('1900', -1)).toBeUndefined()
    expect(shiftPeriod('2200-12', 1)).toBeUndefined()
    expect(shiftPeriod('not a period', 1)).toBeUndefined()
  })
})
