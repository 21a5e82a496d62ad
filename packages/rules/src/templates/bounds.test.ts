import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

describe('template bounds', () => {
  it('takes the indicator’s bounds, or its own', () => {
    const own = expandTemplate(
      {
        id: 'b',
        severity: 'error',
        template: 'bounds',
        params: { indicator: 'digital_economy_share_grdp' },
      },
      { indicators },
    )
    expect(own.ok && own.rule.conditions).toEqual({
      all: [
        {
          fact: 'value',
          params: { indicator: 'digital_economy_share_grdp' },
          operator: 'decimalBetween',
          value: ['0', '100'],
        },
      ],
    })
    const floor = expandTemplate(
      {
        id: 'b',
        severity: 'error',
        template: 'bounds',
        params: { indicator: 'households', min: 0 },
      },
      { indicators },
    )
    expect(floor.ok && floor.rule.conditions).toEqual({
      all: [
        { fact: 'value', params: { indicator: 'households' }, operator: 'decimalGte', value: '0' },
      ],
    })
    const ceiling = expandTemplate(
      {
        id: 'b',
        severity: 'error',
        template: 'bounds',
        params: { indicator: 'households', max: '1e3' },
      },
      { indicators },
    )
    expect(ceiling.ok).toBe(false)
  })

  it('refuses no bounds at all, and bounds in the wrong order', () => {
    expect(
      packProblems([
        { id: 'a', severity: 'error', template: 'bounds', params: { indicator: 'households' } },
        {
          id: 'b',
          severity: 'error',
          template: 'bounds',
          params: { indicator: 'households', min: '5', max: '4.99' },
        },
      ]),
    ).toEqual(['template_params /rules/0/params', 'template_params /rules/1/params/max'])
  })

  it('fails a percent above 100 and explains the range', async () => {
    const source = createMemoryFactSource({
      units,
      observations: [
        { indicator: 'digital_economy_share_grdp', unit: '58', period: '2024', value: '100.01' },
        { indicator: 'digital_economy_share_grdp', unit: '58.001', period: '2024', value: '100' },
      ],
    })
    const evaluation = await run(
      [
        {
          id: 'b',
          severity: 'error',
          template: 'bounds',
          params: { indicator: 'digital_economy_share_grdp' },
          scope: { units: ['58', '58.001'], periods: ['2024'] },
        },
      ],
      source,
    )
    expect(resultOf(evaluation, '58.001', '2024').outcome).toBe('passed')
    const above = resultOf(evaluation, '58', '2024')
    expect(above.conditions[0]).toMatchObject({
      actual: '100.01',
      expected: ['0', '100'],
      result: false,
    })
    expect(above.message?.en).toBe(
      'Ninh Thuan (58): Digital economy share of GRDP is 100.01 in 2024, outside [0, 100].',
    )
  })
})
