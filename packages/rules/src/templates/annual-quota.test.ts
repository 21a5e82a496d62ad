import { describe, expect, it } from 'vitest'
import { indicators, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

describe('template annual_quota', () => {
  it('expands the one-product-a-year rule into a yearly record count', () => {
    const expanded = expandTemplate(
      {
        id: 'dx_product_every_year',
        severity: 'error',
        template: 'annual_quota',
        params: { record: 'dx_product' },
        scope: { unitKinds: ['agency', 'commune'], from: '2021' },
      },
      { indicators },
    )
    expect(expanded.ok && expanded.rule.conditions).toEqual({
      all: [
        {
          fact: 'record_count',
          params: { kind: 'dx_product', status: 'completed' },
          operator: 'decimalGte',
          value: '1',
        },
      ],
    })
    // The rule names its own periods (from 2021), which replace the template's `every`.
    expect(expanded.ok && expanded.rule.scope).toEqual({
      unitKinds: ['agency', 'commune'],
      from: '2021',
    })
  })

  it('counts the statuses named, or takes an indicator’s yearly value', () => {
    const counted = expandTemplate(
      {
        id: 'q',
        severity: 'error',
        template: 'annual_quota',
        params: { record: 'dx_product', statuses: ['completed', 'in_progress'], min: 2 },
      },
      { indicators },
    )
    expect(counted.ok && counted.rule.conditions).toEqual({
      all: [
        {
          fact: 'record_count',
          params: { kind: 'dx_product', status: 'completed,in_progress' },
          operator: 'decimalGte',
          value: '2',
        },
      ],
    })
    expect(counted.ok && counted.rule.scope).toEqual({ every: 'year' })
    const valued = expandTemplate(
      {
        id: 'v',
        severity: 'error',
        template: 'annual_quota',
        params: { indicator: 'households', min: '0.5' },
      },
      { indicators },
    )
    expect(valued.ok && valued.rule.conditions).toEqual({
      all: [
        {
          fact: 'value',
          params: { indicator: 'households' },
          operator: 'decimalGte',
          value: '0.5',
        },
      ],
    })
  })

  it('refuses a quota counted two ways, or not by year', () => {
    expect(
      packProblems([
        { id: 'a', severity: 'error', template: 'annual_quota', params: {} },
        {
          id: 'b',
          severity: 'error',
          template: 'annual_quota',
          params: { record: 'dx_product', indicator: 'households' },
        },
        {
          id: 'c',
          severity: 'error',
          template: 'annual_quota',
          params: { record: 'dx_product' },
          scope: { every: 'quarter' },
        },
        {
          id: 'd',
          severity: 'error',
          template: 'annual_quota',
          params: { indicator: 'households', statuses: ['completed'] },
        },
        {
          id: 'e',
          severity: 'error',
          template: 'annual_quota',
          params: { record: 'DX', min: -1, per: 'year' },
        },
      ]),
    ).toEqual([
      'template_params /rules/0/params',
      'template_params /rules/1/params',
      'template_params /rules/2/scope',
      'template_params /rules/3/params/statuses',
      'unknown_param /rules/4/params/per',
      'param_type /rules/4/params/record',
      'param_type /rules/4/params/min',
    ])
  })

  it('fails a unit below a yearly minimum of an indicator, in both languages', async () => {
    const source = createMemoryFactSource({
      units,
      observations: [
        { indicator: 'households', unit: '58.001', period: '2024', value: '0.49' },
        { indicator: 'households', unit: '58.002', period: '2024', value: '0.5' },
      ],
    })
    const evaluation = await run(
      [
        {
          id: 'v',
          severity: 'warning',
          template: 'annual_quota',
          params: { indicator: 'households', min: '0.5' },
          scope: { unitKinds: ['commune'], periods: ['2024'] },
        },
      ],
      source,
    )
    expect(resultOf(evaluation, '58.002', '2024').outcome).toBe('passed')
    const failed = resultOf(evaluation, '58.001', '2024')
    expect(failed).toMatchObject({ outcome: 'failed', severity: 'warning' })
    expect(failed.message).toEqual({
      vi: 'Phường Phan Rang (58.001): Số hộ gia đình năm 2024 là 0.49; yêu cầu ít nhất 0.5 mỗi năm.',
      en: 'Phường Phan Rang (58.001): Households in 2024 is 0.49; at least 0.5 a year is required.',
    })
  })
})
