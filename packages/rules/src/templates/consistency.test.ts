import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

const obs = (indicator: string, unit: string, value: string) => ({
  indicator,
  unit,
  period: '2024',
  value,
})
const communes = units.filter((u) => u.kind !== 'agency')

describe('template consistency', () => {
  it('expands part ≤ whole, numerator ≤ denominator and children sums', () => {
    const part = expandTemplate(
      {
        id: 'c',
        severity: 'error',
        template: 'consistency',
        params: { part: 'fibre_households', whole: 'households' },
      },
      { indicators },
    )
    expect(part.ok && part.rule.conditions).toEqual({
      all: [
        {
          fact: 'value',
          params: { indicator: 'fibre_households' },
          operator: 'decimalLte',
          value: { fact: 'value', params: { indicator: 'households' } },
        },
      ],
    })
    const sum = expandTemplate(
      {
        id: 'c',
        severity: 'error',
        template: 'consistency',
        params: { indicator: 'households', tolerance: '0.001', relative: true },
      },
      { indicators },
    )
    expect(sum.ok && sum.rule.conditions).toEqual({
      all: [
        {
          fact: 'children_difference',
          params: { indicator: 'households', relative: true },
          operator: 'decimalLte',
          value: '0.001',
        },
      ],
    })
  })

  it('refuses mixed or incomplete forms', () => {
    expect(
      packProblems([
        { id: 'a', severity: 'error', template: 'consistency', params: { part: 'households' } },
        {
          id: 'b',
          severity: 'error',
          template: 'consistency',
          params: { part: 'households', whole: 'households', indicator: 'households' },
        },
        {
          id: 'c',
          severity: 'error',
          template: 'consistency',
          params: { numerator: 'households', denominator: 'households', tolerance: '1' },
        },
        {
          id: 'd',
          severity: 'error',
          template: 'consistency',
          params: { indicator: 'households', tolerance: '-1' },
        },
      ]),
    ).toEqual([
      'template_params /rules/0/params',
      'template_params /rules/1/params',
      'template_params /rules/2/params',
      'param_type /rules/3/params/tolerance',
    ])
  })

  it('fails a part above its whole', async () => {
    const source = createMemoryFactSource({
      units,
      observations: [
        obs('fibre_households', '58.001', '100001'),
        obs('households', '58.001', '100000'),
      ],
    })
    const evaluation = await run(
      [
        {
          id: 'c',
          severity: 'error',
          template: 'consistency',
          params: { part: 'fibre_households', whole: 'households' },
          scope: { units: ['58.001'], periods: ['2024'] },
        },
      ],
      source,
    )
    const result = resultOf(evaluation, '58.001', '2024')
    expect(result.outcome).toBe('failed')
    expect(result.message?.en).toBe(
      'Phường Phan Rang (58.001): Households with fibre (100001) exceeds Households (100000) in 2024, but a part cannot exceed its whole.',
    )
  })

  it('checks that children sum to their parent within the tolerance', async () => {
    const source = createMemoryFactSource({
      units: communes,
      observations: [
        obs('households', '58', '171000'),
        obs('households', '58.001', '100000'),
        obs('households', '58.002', '70999.5'),
      ],
    })
    const rule = (tolerance: string) => ({
      id: 'c',
      severity: 'error' as const,
      template: 'consistency' as const,
      params: { indicator: 'households', tolerance },
      scope: { units: ['58'], periods: ['2024'] },
    })
    expect(resultOf(await run([rule('0.5')], source), '58', '2024').outcome).toBe('passed')
    const off = resultOf(await run([rule('0.4')], source), '58', '2024')
    expect(off.outcome).toBe('failed')
    expect(off.conditions[0]).toMatchObject({
      fact: 'children_difference',
      actual: '0.5',
      expected: '0.4',
    })
    expect(off.message?.en).toContain('add up to 0.5 away from the unit’s own value in 2024')
  })

  it('skips a children sum while a child has not reported', async () => {
    const source = createMemoryFactSource({
      units: communes,
      observations: [obs('households', '58', '171000'), obs('households', '58.001', '100000')],
    })
    const result = resultOf(
      await run(
        [
          {
            id: 'c',
            severity: 'error',
            template: 'consistency',
            params: { indicator: 'households' },
            scope: { units: ['58'], periods: ['2024'] },
          },
        ],
        source,
      ),
      '58',
      '2024',
    )
    expect(result.outcome).toBe('skipped')
    expect(result.missing).toEqual([
      { fact: 'children_difference', params: { indicator: 'households' } },
    ])
  })
})
