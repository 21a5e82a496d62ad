import type { Target } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { indicators, targets, units } from '../__tests__/fixtures'
import { scopeFacts } from '../__tests__/scope'
import { createMemoryFactSource } from '../memory-source'

// Ninh Thuận as if it had not merged in 2025, to follow its targets past 2025.
const source = createMemoryFactSource({
  units: units.map(({ validTo: _validTo, ...unit }) => unit),
})
const kindTarget: Target = {
  id: 'province_2025',
  indicator: 'digital_economy_share_grdp',
  unitKind: 'province',
  comparator: 'gte',
  value: 15,
  by: '2025',
}
const pack = { indicators, targets: [kindTarget, ...targets] }
const target = (period: string, params: Record<string, string> = {}) =>
  scopeFacts(source, '58', period, pack).fact('target', {
    indicator: 'digital_economy_share_grdp',
    ...params,
  })

describe('target', () => {
  it('is the next target still ahead, the unit’s own before its kind’s', () => {
    expect(target('2024')).toEqual({
      id: 'de_share_2025',
      indicator: 'digital_economy_share_grdp',
      comparator: 'gte',
      value: '20',
      upper: null,
      by: '2025',
      baseYear: '2020',
    })
    expect(target('2025')).toMatchObject({ id: 'de_share_2025' })
    expect(target('2026')).toMatchObject({ id: 'de_share_2030', value: '30', baseYear: null })
  })

  it('is the last one past when none is ahead', () => {
    expect(target('2031')).toMatchObject({ id: 'de_share_2030' })
  })

  it('is the one named, or missing when none applies', () => {
    expect(target('2031', { target: 'province_2025' })).toMatchObject({ value: '15' })
    const commune = scopeFacts(source, '58.001', '2024', pack)
    expect(commune.fact('target', { indicator: 'digital_economy_share_grdp' })).toBeUndefined()
  })

  it('applies a target set for a kind to every unit of it', () => {
    const own = scopeFacts(source, '58', '2024', { indicators, targets: [kindTarget] })
    expect(own.fact('target', { indicator: 'digital_economy_share_grdp' })).toMatchObject({
      id: 'province_2025',
      value: '15',
    })
  })
})
