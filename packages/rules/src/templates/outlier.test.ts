import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

describe('template outlier', () => {
  it('expands into a bound on the change factor', () => {
    const expanded = expandTemplate(
      { id: 'o', severity: 'warning', template: 'outlier', params: { indicator: 'households' } },
      { indicators },
    )
    expect(expanded.ok && expanded.rule.conditions).toEqual({
      all: [
        {
          fact: 'change_factor',
          params: { indicator: 'households' },
          operator: 'decimalLte',
          value: '10',
        },
      ],
    })
  })

  it('refuses a factor below 1', () => {
    expect(
      packProblems([
        {
          id: 'o',
          severity: 'warning',
          template: 'outlier',
          params: { indicator: 'households', factor: '0.5' },
        },
      ]),
    ).toEqual(['param_type /rules/0/params/factor'])
  })

  it('catches 363.558 typed for 363558', async () => {
    const source = createMemoryFactSource({
      units,
      observations: [
        { indicator: 'fibre_households', unit: '58', period: '2023', value: '363558' },
        { indicator: 'fibre_households', unit: '58', period: '2024', value: '363.558' },
        { indicator: 'fibre_households', unit: '58.001', period: '2023', value: '1000' },
        { indicator: 'fibre_households', unit: '58.001', period: '2024', value: '9999' },
      ],
    })
    const evaluation = await run(
      [
        {
          id: 'o',
          severity: 'warning',
          template: 'outlier',
          params: { indicator: 'fibre_households' },
          scope: { units: ['58', '58.001'], periods: ['2024'] },
        },
      ],
      source,
    )
    expect(resultOf(evaluation, '58.001', '2024').outcome).toBe('passed')
    const typo = resultOf(evaluation, '58', '2024')
    expect(typo.outcome).toBe('failed')
    expect(typo.conditions[0]).toMatchObject({ actual: '1000', expected: '10', result: false })
    expect(typo.message?.en).toBe(
      'Ninh Thuan (58): Households with fibre in 2024 changed by a factor of 1000 from the period before (limit 10); check the decimal mark and thousands separators (`363.558` for `363558`).',
    )
  })
})
