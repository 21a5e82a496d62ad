import { compoundGrowthRate, Exact } from '@tiendo/core'
import { describe, expect, it } from 'vitest'
import { memoGrowthRate } from './growth-memo'

describe('memoGrowthRate', () => {
  it('gives compoundGrowthRate’s result, reused only for the same values and span', () => {
    const from = new Exact(100)
    const to = new Exact(121)
    const first = memoGrowthRate(from, to, new Exact(2))
    expect(first).toEqual(compoundGrowthRate({ from: 100, to: 121, years: 2 }))
    expect(memoGrowthRate(from, to, new Exact(2))).toBe(first)
    const longer = memoGrowthRate(from, to, new Exact(4))
    expect(longer.ok && longer.rate.toFixed(6)).toBe('0.048809')
    const other = memoGrowthRate(new Exact(100), new Exact(144), new Exact(2))
    expect(other.ok && other.rate.toFixed()).toBe('0.2')
  })
})
