import type { Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { unitScope } from './unit-scope'
import { createUnitRegistry, unitKey } from './units'

const unit = (code: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name: { vi: code },
  kind: code.length === 1 ? 'province' : 'commune',
  ...extra,
})

/** Two provinces merged on 1 July 2025 into M (which took A's code), beside a third, C. */
const registry = createUnitRegistry([
  unit('VN', { kind: 'country' }),
  unit('A', { parent: 'VN', validTo: '2025-06-30', successors: [{ unit: 'A@2025-07-01' }] }),
  unit('B', { parent: 'VN', validTo: '2025-06-30', successors: [{ unit: 'A@2025-07-01' }] }),
  unit('A', { parent: 'VN', validFrom: '2025-07-01' }),
  unit('C', { parent: 'VN' }),
  unit('A1', { parent: 'A', validTo: '2025-06-30', successors: [{ unit: 'A9@2025-07-01' }] }),
  unit('B1', { parent: 'B', validTo: '2025-06-30', successors: [{ unit: 'A9@2025-07-01' }] }),
  // The new commune names its parent by the reused code: the unit valid when it is.
  unit('A9', { parent: 'A', validFrom: '2025-07-01' }),
  unit('C1', { parent: 'C' }),
  // A code reused in another province, for an unrelated commune.
  unit('X1', { parent: 'B', validTo: '2019-12-31' }),
  unit('X1', { parent: 'C', validFrom: '2020-01-01' }),
])

const keys = (refs: string[]) => unitScope(registry, refs).units.map(unitKey)

describe('unitScope', () => {
  it('takes a unit with everything under it, and what it was formed from or became', () => {
    // A code names every unit that had it: the old A and the merged one, so B too.
    expect(keys(['A'])).toEqual(['A', 'B', 'A@2025-07-01', 'A1', 'B1', 'A9@2025-07-01', 'X1'])
    // B alone brings what it became and, through that, A.
    expect(keys(['B'])).toEqual(keys(['A']))
    expect(keys(['C'])).toEqual(['C', 'C1', 'X1@2020-01-01'])
    expect(keys(['VN'])).toHaveLength(registry.units.length)
  })

  it('names the codes whose every unit lies outside, and keeps a reused code off that list', () => {
    const scope = unitScope(registry, ['C'])
    expect([...scope.outsideCodes].sort()).toEqual(['A', 'A1', 'A9', 'B', 'B1', 'VN'])
    // X1 names a commune inside (since 2020) and one outside (before): placed by its period.
    expect(scope.has(registry.get('X1')!)).toBe(false)
    expect(scope.hasKey('X1@2020-01-01')).toBe(true)
  })

  it('takes a dated reference as its one unit, and lists references naming none', () => {
    const scope = unitScope(registry, ['A9@2025-07-01', 'Z', 'A@2030-01-01'])
    expect(scope.unknown).toEqual(['Z', 'A@2030-01-01'])
    expect(scope.refs).toEqual(['A9@2025-07-01', 'Z', 'A@2030-01-01'])
    // A commune brings the communes it was formed from, not their provinces.
    expect(scope.units.map(unitKey)).toEqual(['A1', 'B1', 'A9@2025-07-01'])
  })
})
