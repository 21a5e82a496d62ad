import type { Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { units } from '../__tests__/fixtures'
import { resultOf, run } from '../__tests__/run'
import type { AssessOutput } from '../facts/assess'
import { createMemoryFactSource } from '../memory-source'

// Ninh Thuận as if it had not merged, so its 2025 and 2030 targets both apply.
const lasting = units.map(({ validTo: _validTo, ...unit }) =>
  unit.code === '58.001' ? { ...unit, attributes: { urban: true } } : unit,
)
const share = (unit: string, period: string, value: string) => ({
  indicator: 'digital_economy_share_grdp',
  unit,
  period,
  value,
})
const source = createMemoryFactSource({
  units: lasting,
  observations: [
    share('58', '2020', '5'),
    share('58', '2024', '12.5'),
    share('58', '2025', '20'),
    share('58.001', '2024', '30'),
    share('58.002', '2024', '10'),
  ],
})

const rule = (
  conditions: unknown,
  scope: Rule['scope'],
  message = '{failed}',
  missing?: Rule['missing'],
): Rule =>
  ({
    id: 'r',
    severity: 'error',
    scope,
    ...(missing === undefined ? {} : { missing }),
    message: { vi: message, en: message },
    conditions,
  }) as Rule

describe('facts in rules', () => {
  it('compares a value with the target that applies, through its path', async () => {
    const evaluation = await run(
      [
        rule(
          {
            all: [
              {
                fact: 'value',
                params: { indicator: 'digital_economy_share_grdp' },
                operator: 'decimalGte',
                value: {
                  fact: 'target',
                  params: { indicator: 'digital_economy_share_grdp' },
                  path: '$.value',
                },
              },
            ],
          },
          { units: ['58'], periods: ['2024', '2025'] },
          '{fact:value} < {expected:value}',
        ),
      ],
      source,
    )
    const before = resultOf(evaluation, '58', '2024')
    expect(before.outcome).toBe('failed')
    expect(before.message?.en).toBe('12.5 < 20')
    expect(before.conditions[0]).toMatchObject({
      expected: '20',
      expectedFact: { fact: 'target', path: '$.value' },
    })
    expect(resultOf(evaluation, '58', '2025').outcome).toBe('passed')
  })

  it('reads unit attributes and kinds, and the period, by path', async () => {
    const evaluation = await run(
      [
        rule(
          {
            any: [
              { fact: 'unit', path: '$.attributes.urban', operator: 'equal', value: true },
              { not: { fact: 'unit', path: '$.kind', operator: 'in', value: ['commune'] } },
              { fact: 'period', path: '$.year', operator: 'decimalLt', value: '2024' },
            ],
          },
          { unitKinds: ['commune', 'agency'], periods: ['2024'] },
          '{failed}',
          // Only 58.001 has the attribute: the others are judged without it.
          'never_skip',
        ),
      ],
      source,
    )
    expect(evaluation.results.map((r) => `${r.unit} ${r.outcome}`)).toEqual([
      '58.001 passed',
      '58.002 failed',
      '58.STTTT passed',
      '58.SYT passed',
    ])
    // The explanation says where each comparison sits and what it found.
    expect(resultOf(evaluation, '58.002', '2024').conditions).toEqual([
      {
        at: '/any/0',
        fact: 'unit',
        params: {},
        path: '$.attributes.urban',
        operator: 'equal',
        actual: null,
        expected: true,
        result: null,
        missing: true,
      },
      {
        at: '/any/1/not',
        fact: 'unit',
        params: {},
        path: '$.kind',
        operator: 'in',
        actual: 'commune',
        expected: ['commune'],
        result: true,
        missing: false,
      },
      {
        at: '/any/2',
        fact: 'period',
        params: {},
        path: '$.year',
        operator: 'decimalLt',
        actual: 2024,
        expected: '2024',
        result: false,
        missing: false,
      },
    ])
  })

  it('checks coverage of the children that reported', async () => {
    const evaluation = await run(
      [
        rule(
          {
            all: [
              {
                fact: 'coverage',
                params: { indicator: 'digital_economy_share_grdp' },
                operator: 'decimalGte',
                value: '0.75',
              },
            ],
          },
          { units: ['58'], periods: ['2024', '2025'] },
          'coverage {fact:coverage}',
        ),
      ],
      source,
    )
    // In 2024 both of Ninh Thuận's communes reported; its two agencies never report the
    // share, so they are not counted as missing. In 2025 neither commune did.
    expect(resultOf(evaluation, '58', '2024').outcome).toBe('passed')
    expect(resultOf(evaluation, '58', '2025').message?.en).toBe('coverage 0')
  })

  it('asks the assessment given for progress facts', async () => {
    const assess = (): AssessOutput => ({
      status: 'limited_progress',
      baseline: { period: '2020', value: '5' },
      latest: { period: '2024', value: '12.5' },
      cagr: '0.2574',
      requiredCagr: '0.3195',
      ratio: '0.8056',
      projected: '15.7',
      gap: '7.5',
      currentStatus: '5',
    })
    const params = { indicator: 'digital_economy_share_grdp' }
    const evaluation = await run(
      [
        rule(
          {
            all: [
              { fact: 'status', params, operator: 'in', value: ['on_track', 'achieved'] },
              { fact: 'progress', params, operator: 'decimalGte', value: '0.5' },
              {
                fact: 'cagr',
                params,
                operator: 'decimalGte',
                value: { fact: 'required_cagr', params },
              },
            ],
          },
          { units: ['58'], periods: ['2024'] },
          '{fact:status}: {fact:progress} of the way, growth {fact:cagr} < {expected:cagr}',
        ),
      ],
      source,
      { assess },
    )
    const result = resultOf(evaluation, '58', '2024')
    expect(result.conditions.map((c) => c.result)).toEqual([false, true, false])
    expect(result.message?.en).toBe('limited_progress: 0.5 of the way, growth 0.2574 < 0.3195')
  })

  it('warns of a rule that applies to no unit', async () => {
    const evaluation = await run(
      [
        {
          id: 'typo',
          severity: 'error',
          template: 'annual_quota',
          params: { record: 'dx_product' },
          scope: { unitKinds: ['agencies'], periods: ['2024'] },
        },
      ],
      source,
    )
    expect(evaluation.results).toEqual([])
    expect(evaluation.issues.map((i) => [i.code, i.severity, i.message.en])).toEqual([
      ['no_scopes', 'warning', 'Rule `typo` applies to no unit in 2024–2024.'],
    ])
  })
})
