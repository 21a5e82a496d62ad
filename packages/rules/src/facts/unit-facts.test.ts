import { describe, expect, it } from 'vitest'
import { units } from '../__tests__/fixtures'
import { scopeFacts } from '../__tests__/scope'
import { createMemoryFactSource } from '../memory-source'

describe('unit and period', () => {
  const source = createMemoryFactSource({
    units: units.map((u) => (u.code === '58.001' ? { ...u, attributes: { urban: true } } : u)),
  })

  it('unit describes the scope unit, or another', () => {
    const facts = scopeFacts(source, '58.001', '2024')
    expect(facts.fact('unit', {})).toEqual({
      code: '58.001',
      ref: '58.001',
      kind: 'commune',
      name: { vi: 'Phường Phan Rang', en: 'Phường Phan Rang' },
      parent: '58',
      validFrom: null,
      validTo: null,
      attributes: { urban: true },
    })
    expect(facts.read({ fact: 'unit', params: {}, path: '$.attributes.urban' })).toBe(true)
    expect(facts.read({ fact: 'unit', params: { unit: '58' }, path: '$.validTo' })).toBe(
      '2025-06-30',
    )
    expect(facts.fact('unit', { unit: '58' })).toMatchObject({ kind: 'province' })
    expect(scopeFacts(source, '58.001', '2026').fact('unit', { unit: '58' })).toBeUndefined()
  })

  it('period describes the scope period', () => {
    expect(scopeFacts(source, '58.001', '2024-Q3').fact('period', {})).toEqual({
      text: '2024-Q3',
      kind: 'quarter',
      year: 2024,
      start: '2024-07-01',
      end: '2024-09-30',
    })
  })
})
