import type { Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { unitParts } from './unit-parts'
import { unitScope } from './unit-scope'
import { createUnitRegistry, unitKey } from './units'

const unit = (code: string, kind: string, parent?: string, extra: Partial<Unit> = {}): Unit => ({
  code,
  name: { vi: code },
  kind,
  ...(parent === undefined ? {} : { parent }),
  ...extra,
})

/** Every unit of the registry in exactly one part or the top. */
function expectCut(units: readonly Unit[]) {
  const registry = createUnitRegistry(units)
  const cut = unitParts(registry)!
  const held = [
    ...cut.parts.flatMap((part) => unitScope(registry, part).units),
    ...unitScope(registry, cut.top, { descendants: false }).units,
  ]
  expect(new Set(held).size).toBe(held.length)
  expect(held.map(unitKey).sort()).toEqual(registry.units.map(unitKey).sort())
  return cut
}

describe('unitParts', () => {
  it('makes each province a part with its communes, the country the top', () => {
    const cut = expectCut([
      unit('VN', 'country'),
      unit('P1', 'province', 'VN'),
      unit('P2', 'province', 'VN'),
      unit('C1', 'commune', 'P1'),
      unit('C2', 'commune', 'P2'),
      unit('C3', 'commune', 'P2'),
    ])
    expect(cut.top).toEqual(['VN'])
    expect(cut.parts).toEqual([['P1'], ['P2']])
  })

  it('keeps provinces a merger joined in one part, and every top apart', () => {
    const cut = expectCut([
      unit('VN', 'country'),
      unit('A', 'province', 'VN', {
        validTo: '2025-06-30',
        successors: [{ unit: 'M@2025-07-01', share: '1' }],
      }),
      unit('B', 'province', 'VN', {
        validTo: '2025-06-30',
        successors: [{ unit: 'M@2025-07-01', share: '1' }],
      }),
      unit('M', 'province', 'VN', { validFrom: '2025-07-01' }),
      unit('C', 'province', 'VN'),
      unit('A1', 'commune', 'A'),
      unit('XX', 'country'),
      unit('X1', 'province', 'XX'),
    ])
    expect(cut.top).toEqual(['VN', 'XX'])
    expect(cut.parts).toEqual([['A'], ['C'], ['X1']])
    // The provinces the tops' runs read, whichever part holds them.
    expect([...cut.under].sort()).toEqual(['A', 'B', 'C', 'M@2025-07-01', 'X1'])
  })

  it('places two units sharing a code each in its own province’s part', () => {
    const units = [
      unit('VN', 'country'),
      unit('P1', 'province', 'VN'),
      unit('P2', 'province', 'VN'),
      unit('X', 'commune', 'P1', { validTo: '2019-12-31' }),
      unit('X', 'commune', 'P2', { validFrom: '2020-01-01' }),
    ]
    const cut = expectCut(units)
    expect(cut.parts).toEqual([['P1'], ['P2']])
    const registry = createUnitRegistry(units)
    expect(unitScope(registry, ['P2']).units.map(unitKey)).toEqual(['P2', 'X@2020-01-01'])
  })

  it('joins the parts of two provinces when a key names units in both', () => {
    // A commune whose key is its bare code, moved between provinces with its code: the
    // provinces' parts would both hold it, so they are one.
    const cut = expectCut([
      unit('VN', 'country'),
      unit('P1', 'province', 'VN'),
      unit('P2', 'province', 'VN'),
      unit('K', 'province', 'VN', { validTo: '2019-12-31' }),
      unit('K', 'district', 'P2', { validFrom: '2020-01-01' }),
      unit('C', 'commune', 'K'),
    ])
    expect(cut.parts).toHaveLength(2)
    expect(cut.parts).toContainEqual(expect.arrayContaining(['K']))
  })

  it('does not cut a tree whose top was merged into a unit under it, or with nothing under it', () => {
    const merged = createUnitRegistry([
      unit('VN', 'country', undefined, {
        validTo: '2025-06-30',
        successors: [{ unit: 'P1@2025-07-01', share: '1' }],
      }),
      unit('P1', 'province', 'VN', { validFrom: '2025-07-01' }),
    ])
    expect(unitParts(merged)).toBeUndefined()
    expect(unitParts(createUnitRegistry([unit('VN', 'country')]))).toBeUndefined()
  })
})
