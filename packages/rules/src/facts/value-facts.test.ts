import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { scopeFacts, text } from '../__tests__/scope'
import { createMemoryFactSource } from '../memory-source'

const obs = (indicator: string, unit: string, period: string, value: string) => ({
  indicator,
  unit,
  period,
  value,
})

const source = createMemoryFactSource({
  units,
  observations: [
    obs('households', '58', '2023', '170000'),
    obs('households', '58', '2024', '171000'),
    obs('households', '58.001', '2024', '100000'),
    obs('households', '58.002', '2024', '70999.5'),
    obs('households', '58.001', '2023', '100000'),
    obs('fibre_households', '58.001', '2023', '363558'),
    obs('fibre_households', '58.001', '2024', '363.558'),
    obs('fibre_households', '58.002', '2023', '0'),
    obs('fibre_households', '58.002', '2024', '0'),
    obs('fibre_households', '58.STTTT', '2023', '-2'),
    obs('fibre_households', '58.STTTT', '2024', '3'),
    obs('households', 'VN', '2024', '26000000'),
  ],
})
const pack = { indicators }
const at = (unit: string, period: string) => scopeFacts(source, unit, period, pack)

describe('value', () => {
  it('reads the scope’s value, or another period’s, unit’s or offset’s', () => {
    const facts = at('58', '2024')
    expect(text(facts.fact('value', { indicator: 'households' }))).toBe('171000')
    expect(text(facts.fact('value', { indicator: 'households', offset: -1 }))).toBe('170000')
    expect(text(facts.fact('value', { indicator: 'households', period: '2023' }))).toBe('170000')
    expect(text(facts.fact('value', { indicator: 'households', unit: 'VN' }))).toBe('26000000')
  })

  it('is missing where nothing was reported or the unit does not exist', () => {
    const facts = at('58', '2024')
    expect(facts.fact('value', { indicator: 'households', offset: -2 })).toBeUndefined()
    expect(facts.fact('value', { indicator: 'fibre_households' })).toBeUndefined()
    expect(facts.fact('value', { indicator: 'households', unit: 'XX' })).toBeUndefined()
    expect(facts.fact('reported', { indicator: 'households' })).toBe(true)
    expect(facts.fact('reported', { indicator: 'households', offset: -2 })).toBe(false)
  })

  it('is computed once per scope', () => {
    let reads = 0
    const counting = {
      ...source,
      value: (...args: Parameters<typeof source.value>) => {
        reads++
        return source.value(...args)
      },
    }
    const facts = scopeFacts(counting, '58', '2024', pack)
    facts.fact('value', { indicator: 'households' })
    facts.fact('value', { indicator: 'households' })
    facts.fact('reported', { indicator: 'households' })
    expect(reads).toBe(2)
  })
})

describe('change_factor', () => {
  it('is how many times larger or smaller the value is than the period before', () => {
    // 363558 → 363.558 is a thousandfold drop: a thousands separator read as a decimal mark.
    expect(
      text(at('58.001', '2024').fact('change_factor', { indicator: 'fibre_households' })),
    ).toBe('1000')
    expect(text(at('58.001', '2024').fact('change_factor', { indicator: 'households' }))).toBe('1')
    expect(text(at('58', '2024').fact('change_factor', { indicator: 'households' }))).toBe(
      '1.005882352941176470588235294117647058824',
    )
  })

  it('is 1 between zeros, and missing when no factor describes the change', () => {
    expect(
      text(at('58.002', '2024').fact('change_factor', { indicator: 'fibre_households' })),
    ).toBe('1')
    expect(
      at('58.STTTT', '2024').fact('change_factor', { indicator: 'fibre_households' }),
    ).toBeUndefined()
    expect(at('58.002', '2024').fact('change_factor', { indicator: 'households' })).toBeUndefined()
  })
})

describe('coverage, children_sum and children_difference', () => {
  it('coverage is the share of the unit’s children, of the kinds that report it, that did', () => {
    // Ninh Thuận has four children (two communes, two agencies). Only communes report
    // households: both did in 2024, one in 2023; the agencies are not missing communes.
    expect(text(at('58', '2024').fact('coverage', { indicator: 'households' }))).toBe('1')
    expect(text(at('58', '2023').fact('coverage', { indicator: 'households' }))).toBe('0.5')
    expect(at('58.001', '2024').fact('coverage', { indicator: 'households' })).toBeUndefined()
    // An agency reports fibre households too, so agencies count for it: three of four did.
    expect(text(at('58', '2024').fact('coverage', { indicator: 'fibre_households' }))).toBe('0.75')
  })

  it('children_sum needs every child of the reporting kinds to have reported', () => {
    expect(at('58', '2023').fact('children_sum', { indicator: 'households' })).toBeUndefined()
    // Both communes reported in 2024; the province's agencies do not report households.
    expect(text(at('58', '2024').fact('children_sum', { indicator: 'households' }))).toBe(
      '170999.5',
    )
    const communes = createMemoryFactSource({
      units: units.filter((u) => u.kind !== 'agency'),
      observations: [
        obs('households', '58', '2024', '171000'),
        obs('households', '58.001', '2024', '100000'),
        obs('households', '58.002', '2024', '70999.5'),
      ],
    })
    const facts = scopeFacts(communes, '58', '2024', pack)
    expect(text(facts.fact('children_sum', { indicator: 'households' }))).toBe('170999.5')
    expect(text(facts.fact('children_difference', { indicator: 'households' }))).toBe('0.5')
    // 0.5 / 171000, exact to 40 significant digits.
    expect(
      text(facts.fact('children_difference', { indicator: 'households', relative: true })),
    ).toBe('0.000002923976608187134502923976608187134502924')
  })

  it('children_sum combines by the indicator’s declared aggregation, as derivation does', () => {
    const rate = {
      id: 'fibre_rate',
      name: { vi: 'Tỷ lệ', en: 'Rate' },
      unit: 'percent',
      direction: 'increase' as const,
      aggregation: { method: 'ratio_of_sums' as const },
      derivation: {
        kind: 'ratio' as const,
        numerator: 'fibre_households',
        denominator: 'households',
        factor: '100',
      },
    }
    const communes = createMemoryFactSource({
      units: units.filter((u) => u.kind !== 'agency'),
      observations: [
        obs('households', '58.001', '2024', '100'),
        obs('households', '58.002', '2024', '300'),
        obs('fibre_households', '58.001', '2024', '80'),
        obs('fibre_households', '58.002', '2024', '180'),
        // The rates themselves: their mean (70) is not the province's rate.
        obs('fibre_rate', '58.001', '2024', '80'),
        obs('fibre_rate', '58.002', '2024', '60'),
      ],
    })
    const facts = scopeFacts(communes, '58', '2024', { indicators: [...indicators, rate] })
    expect(text(facts.fact('children_sum', { indicator: 'fibre_rate' }))).toBe('65')
    expect(text(facts.fact('coverage', { indicator: 'fibre_rate' }))).toBe('1')
  })

  it('children_sum is missing when the children give only a bound', () => {
    const communes = createMemoryFactSource({
      units: units.filter((u) => u.kind !== 'agency'),
      observations: [
        { ...obs('households', '58.001', '2024', '90'), qualifier: 'more_than' as const },
        obs('households', '58.002', '2024', '12'),
      ],
    })
    const facts = scopeFacts(communes, '58', '2024', pack)
    expect(facts.fact('children_sum', { indicator: 'households' })).toBeUndefined()
    expect(text(facts.fact('coverage', { indicator: 'households' }))).toBe('1')
  })
})
