import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

const observations = [
  ['households', '2022', '100'],
  ['households', '2023', '120'],
  ['households', '2024', '119.9'],
  ['paper_dossiers', '2023', '50'],
  ['paper_dossiers', '2024', '50.5'],
].map(([indicator, period, value]) => ({
  indicator: indicator!,
  unit: '58.001',
  period: period!,
  value,
}))
const source = createMemoryFactSource({ units, observations })
const scope = { units: ['58.001'], from: '2022', to: '2024' }

describe('template no_regression', () => {
  it('compares with the period before, in the indicator’s direction', () => {
    const rising = expandTemplate(
      {
        id: 'n',
        severity: 'warning',
        template: 'no_regression',
        params: { indicator: 'households' },
      },
      { indicators },
    )
    expect(rising.ok && rising.rule.conditions).toEqual({
      all: [
        {
          fact: 'value',
          params: { indicator: 'households' },
          operator: 'decimalGte',
          value: { fact: 'value', params: { indicator: 'households', offset: -1 } },
        },
      ],
    })
    const falling = expandTemplate(
      {
        id: 'n',
        severity: 'warning',
        template: 'no_regression',
        params: { indicator: 'paper_dossiers', offset: -2 },
      },
      { indicators },
    )
    expect(falling.ok && falling.rule.conditions).toMatchObject({
      all: [{ operator: 'decimalLte', value: { params: { offset: -2 } } }],
    })
  })

  it('fails a fall, skips the first year, and says from what to what', async () => {
    const evaluation = await run(
      [
        {
          id: 'n',
          severity: 'warning',
          template: 'no_regression',
          params: { indicator: 'households' },
          scope,
        },
      ],
      source,
    )
    const first = resultOf(evaluation, '58.001', '2022')
    expect(first.outcome).toBe('skipped')
    expect(first.skipReason?.code).toBe('missing_input')
    expect(first.skipReason?.message.en).toBe(
      'Missing input: value(indicator: households, offset: -1).',
    )
    expect(resultOf(evaluation, '58.001', '2023').outcome).toBe('passed')
    const fell = resultOf(evaluation, '58.001', '2024')
    expect(fell.outcome).toBe('failed')
    expect(fell.conditions[0]).toMatchObject({
      actual: '119.9',
      expected: '120',
      expectedFact: { fact: 'value', params: { indicator: 'households', offset: -1 } },
      result: false,
    })
    expect(fell.message?.en).toBe(
      'Phường Phan Rang (58.001): Households fell from 120 to 119.9 in 2024.',
    )
    expect(fell.message?.vi).toBe(
      'Phường Phan Rang (58.001): Số hộ gia đình giảm từ 120 xuống 119.9 trong kỳ 2024.',
    )
  })

  it('fails a rise of an indicator that should fall', async () => {
    const evaluation = await run(
      [
        {
          id: 'n',
          severity: 'warning',
          template: 'no_regression',
          params: { indicator: 'paper_dossiers' },
          scope,
        },
      ],
      source,
    )
    expect(resultOf(evaluation, '58.001', '2024').message?.en).toBe(
      'Phường Phan Rang (58.001): Paper dossiers rose from 50 to 50.5 in 2024.',
    )
  })

  it('needs a direction for a target band', () => {
    expect(
      packProblems([
        {
          id: 'n',
          severity: 'error',
          template: 'no_regression',
          params: { indicator: 'temperature_band' },
        },
      ]),
    ).toEqual(['indicator_direction /rules/0/params/indicator'])
  })
})
