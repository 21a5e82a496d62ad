import { describe, expect, it } from 'vitest'
import { product, units } from '../__tests__/fixtures'
import { scopeFacts, text } from '../__tests__/scope'
import { createMemoryFactSource } from '../memory-source'

describe('record_count', () => {
  const source = createMemoryFactSource({
    units,
    records: [
      product('58.001', '2024-01-01'),
      product('58.001', '2024-12-31'),
      product('58.001', '2024-06-15', 'in_progress'),
      product('58.001', '2023-12-31'),
      { ...product('58.001', '2024-05-05'), kind: 'training' },
    ],
  })
  const facts = scopeFacts(source, '58.001', '2024')

  it('counts completed records of a kind dated within the period', () => {
    expect(text(facts.fact('record_count', { kind: 'dx_product' }))).toBe('2')
    expect(text(facts.fact('record_count', { kind: 'training' }))).toBe('1')
    expect(text(facts.fact('record_count', { kind: 'dx_product', offset: -1 }))).toBe('1')
    expect(text(facts.fact('record_count', { kind: 'dx_product', period: '2024-Q2' }))).toBe('0')
  })

  it('counts the statuses named, one or several', () => {
    expect(text(facts.fact('record_count', { kind: 'dx_product', status: 'in_progress' }))).toBe(
      '1',
    )
    expect(
      text(facts.fact('record_count', { kind: 'dx_product', status: 'completed,in_progress' })),
    ).toBe('3')
  })

  it('is zero, never missing, where nothing was submitted', () => {
    expect(text(facts.fact('record_count', { kind: 'dx_product', unit: '58.002' }))).toBe('0')
    expect(text(facts.fact('record_count', { kind: 'dx_product', unit: 'XX' }))).toBe('0')
  })
})
