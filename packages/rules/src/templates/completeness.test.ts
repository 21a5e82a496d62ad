import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

describe('template completeness', () => {
  it('expands into one named condition per indicator', () => {
    const expanded = expandTemplate(
      {
        id: 'c',
        severity: 'error',
        template: 'completeness',
        params: { indicators: ['households', 'fibre_households'] },
      },
      { indicators },
    )
    expect(expanded.ok && expanded.rule.conditions).toEqual({
      all: [
        {
          fact: 'reported',
          params: { indicator: 'households' },
          operator: 'equal',
          value: true,
          name: 'households',
        },
        {
          fact: 'reported',
          params: { indicator: 'fibre_households' },
          operator: 'equal',
          value: true,
          name: 'fibre_households',
        },
      ],
    })
  })

  it('refuses indicators the pack does not define', () => {
    expect(
      packProblems([
        {
          id: 'c',
          severity: 'error',
          template: 'completeness',
          params: { indicators: ['households', 'nope'] },
        },
        { id: 'd', severity: 'error', template: 'completeness', params: { indicators: [] } },
      ]),
    ).toEqual([
      'unknown_indicator /rules/0/params/indicators/1',
      'param_type /rules/1/params/indicators',
    ])
  })

  it('fails each unit that misses an indicator, listing those missing', async () => {
    const source = createMemoryFactSource({
      units,
      observations: [
        { indicator: 'households', unit: '58.001', period: '2024', value: '1' },
        { indicator: 'fibre_households', unit: '58.001', period: '2024', value: '1' },
        { indicator: 'households', unit: '58.002', period: '2024', value: '1' },
      ],
    })
    const evaluation = await run(
      [
        {
          id: 'c',
          severity: 'error',
          template: 'completeness',
          params: { indicators: ['households', 'fibre_households', 'paper_dossiers'] },
          scope: { unitKinds: ['commune'], periods: ['2024'] },
        },
      ],
      source,
    )
    const partial = resultOf(evaluation, '58.002', '2024')
    expect(partial.outcome).toBe('failed')
    expect(partial.conditions.map((c) => [c.name, c.actual, c.result])).toEqual([
      ['households', true, true],
      ['fibre_households', false, false],
      ['paper_dossiers', false, false],
    ])
    expect(partial.message).toEqual({
      vi: 'Xã Phước Dinh (58.002) chưa báo cáo “Số hộ gia đình có cáp quang” (`fibre_households`), “Hồ sơ giấy” (`paper_dossiers`) cho kỳ 2024.',
      en: 'Xã Phước Dinh (58.002) has not reported “Households with fibre” (`fibre_households`), “Paper dossiers” (`paper_dossiers`) for 2024.',
    })
    expect(resultOf(evaluation, '58.001', '2024').message?.en).toBe(
      'Phường Phan Rang (58.001) has not reported “Paper dossiers” (`paper_dossiers`) for 2024.',
    )
  })
})
