import type { Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { createMemoryFactSource } from './memory-source'

const merger: Unit[] = [
  { code: 'VN', name: { vi: 'Việt Nam' }, kind: 'country' },
  {
    code: '56',
    name: { vi: 'Khánh Hòa (cũ)' },
    kind: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
  },
  { code: '58', name: { vi: 'Ninh Thuận' }, kind: 'province', parent: 'VN', validTo: '2025-06-30' },
  {
    code: '56',
    name: { vi: 'Khánh Hòa' },
    kind: 'province',
    parent: 'VN',
    validFrom: '2025-07-01',
  },
  { code: '56.A', name: { vi: 'Xã A' }, kind: 'commune', parent: '56' },
]

describe('createMemoryFactSource', () => {
  const source = createMemoryFactSource({
    units: merger,
    observations: [
      { indicator: 'x', unit: '56', period: '2024', value: '1' },
      { indicator: 'x', unit: '56', period: '2026', value: '2' },
      { indicator: 'x', unit: '56@2025-07-01', period: '2025-H2', value: '3' },
      { indicator: 'x', unit: '58', period: '2025-Q1', value: '4' },
      { indicator: 'r', unit: '58', period: '2024', qualifier: 'range', low: '25', high: '30' },
    ],
    records: [
      { kind: 'dx_product', unit: '58', date: '2025-06-30', status: 'completed', title: 'a' },
      { kind: 'dx_product', unit: '56', date: '2025-07-01', status: 'completed', title: 'b' },
      { kind: 'dx_product', unit: '56', date: '2025-03-01', status: 'in_progress', title: 'c' },
    ],
  })
  const [, oldKhanhHoa, ninhThuan, newKhanhHoa] = merger as [Unit, Unit, Unit, Unit]

  it('resolves a code to the unit valid in the period', () => {
    expect(source.unit('56', '2024')).toBe(oldKhanhHoa)
    expect(source.unit('56', '2026')).toBe(newKhanhHoa)
    // Both existed in 2025: the code names the one valid at the end of the year.
    expect(source.unit('56', '2025')).toBe(newKhanhHoa)
    expect(source.unit('56', '2025-Q1')).toBe(oldKhanhHoa)
    expect(source.unit('58', '2026')).toBeUndefined()
    // A dated reference names its unit before it began too: a figure back-cast onto it.
    expect(source.unit('56@2025-07-01', '2024')).toBe(newKhanhHoa)
    expect(source.unit('56@2025-07-01', '2025-Q1')).toBe(newKhanhHoa)
  })

  it('lists the units valid at some time in a period, by kind', () => {
    expect(source.units('2025', ['province'])).toEqual([oldKhanhHoa, ninhThuan, newKhanhHoa])
    expect(source.units('2026', ['province'])).toEqual([newKhanhHoa])
    expect(source.units('2026').map((u) => u.code)).toEqual(['VN', '56', '56.A'])
  })

  it('finds children through their parent as it resolves in the period', () => {
    const vn = merger[0]!
    expect(source.children(vn, '2024').map((u) => u.code)).toEqual(['56', '58'])
    expect(source.children(oldKhanhHoa, '2024').map((u) => u.code)).toEqual(['56.A'])
    expect(source.children(newKhanhHoa, '2026').map((u) => u.code)).toEqual(['56.A'])
    expect(source.children(oldKhanhHoa, '2026')).toEqual([])
  })

  it('keys values by the unit the observation’s period resolves to', () => {
    expect(source.value('x', oldKhanhHoa, '2024')).toBe('1')
    expect(source.value('x', newKhanhHoa, '2026')).toBe('2')
    expect(source.value('x', newKhanhHoa, '2025-H2')).toBe('3')
    expect(source.value('x', oldKhanhHoa, '2026')).toBeUndefined()
    expect(source.value('r', ninhThuan, '2024')).toBeUndefined()
    expect(source.series('x', newKhanhHoa)).toEqual([
      { period: '2026', value: '2' },
      { period: '2025-H2', value: '3' },
    ])
  })

  it('counts records dated in the period with a status that counts', () => {
    const count = (unit: Unit, period: string, statuses = ['completed']) =>
      source.recordCount({ kind: 'dx_product', unit, period, statuses })
    expect(count(ninhThuan, '2025')).toBe(1)
    expect(count(ninhThuan, '2025-H1')).toBe(1)
    expect(count(ninhThuan, '2025-H2')).toBe(0)
    expect(count(newKhanhHoa, '2025')).toBe(1)
    expect(count(oldKhanhHoa, '2025')).toBe(0)
    expect(count(oldKhanhHoa, '2025', ['completed', 'in_progress'])).toBe(1)
  })

  it('knows the span of its data', () => {
    expect(source.periodRange?.()).toEqual({ from: '2024', to: '2026' })
  })

  it('refuses references to no unit and duplicate values, saying where', () => {
    expect(() =>
      createMemoryFactSource({
        units: merger,
        observations: [{ indicator: 'x', unit: '58', period: '2026', value: '1' }],
      }),
    ).toThrow('observations[0]: no unit `58` is valid in 2026')
    expect(() =>
      createMemoryFactSource({
        units: merger,
        observations: [
          { indicator: 'x', unit: 'VN', period: '2024', value: '1' },
          { indicator: 'x', unit: 'VN', period: '2024', value: '1.0' },
        ],
      }),
    ).toThrow('observations[1]: a second value of `x` for unit `VN` in 2024')
  })
})
