import { compoundGrowthRate, Exact } from '@tiendo/core'
import { describe, expect, it } from 'vitest'
import { memoGrowth } from './growth-memo'

describe('memoGrowth', () => {
  it('gives compoundGrowthRate’s result, reused only for the same values and span', () => {
    const from = new Exact(100)
    const to = new Exact(121)
    const first = memoGrowth(from, to, new Exact(2))
    expect(first.result).toEqual(compoundGrowthRate({ from: 100, to: 121, years: 2 }))
    expect(first.factor?.toFixed()).toBe('1.1')
    expect(memoGrowth(from, to, new Exact(2))).toBe(first)
    const longer = memoGrowth(from, to, new Exact(4))
    expect(longer.result.ok && longer.result.rate.toFixed(6)).toBe('0.048809')
    const other = memoGrowth(new Exact(100), new Exact(144), new Exact(2))
    expect(other.result.ok && other.result.rate.toFixed()).toBe('0.2')
  })

  it('has no factor when the growth is refused', () => {
    const refused = memoGrowth(new Exact(0), new Exact(5), new Exact(2))
    expect(refused.result.ok).toBe(false)
    expect(refused.factor).toBeNull()
  })
})
