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

  describe('a unit that existed for part of a year (partialYear)', () => {
    // Two provinces merged on 1 July 2025: A ended on 30 June, M began on 1 July.
    const merged = [
      { code: 'VN', name: { vi: 'Việt Nam' }, kind: 'country' },
      { code: 'A', name: { vi: 'Tỉnh A' }, kind: 'province', parent: 'VN', validTo: '2025-06-30' },
      {
        code: 'M',
        name: { vi: 'Tỉnh M' },
        kind: 'province',
        parent: 'VN',
        validFrom: '2025-07-01',
      },
    ]
    // One product each in 2025: A in March, M in September.
    const source = createMemoryFactSource({
      units: merged,
      records: [
        { kind: 'dx_product', unit: 'A', date: '2025-03-01', status: 'completed', title: 'A1' },
        { kind: 'dx_product', unit: 'M', date: '2025-09-01', status: 'completed', title: 'M1' },
      ],
    })
    const quota = (partialYear?: string) => ({
      id: 'quota',
      severity: 'error' as const,
      template: 'annual_quota' as const,
      params: { record: 'dx_product', min: 2, ...(partialYear ? { partialYear } : {}) },
      scope: { unitKinds: ['province'], periods: ['2025'] },
    })
    const outcomes = async (partialYear?: string) => {
      const evaluation = await run([quota(partialYear)], source)
      return ['A', 'M@2025-07-01'].map((unit) => {
        const result = resultOf(evaluation, unit, '2025')
        return [unit.slice(0, 1), result.outcome, result.skipReason?.code ?? null]
      })
    }

    it('asks the whole minimum by default (full)', async () => {
      expect(await outcomes()).toEqual([
        ['A', 'failed', null],
        ['M', 'failed', null],
      ])
      expect(await outcomes('full')).toEqual(await outcomes())
    })

    it('prorates the minimum by the days the unit existed', async () => {
      // A: 2 × 181/365 = 0.99…, reached with 1; M: 2 × 184/365 = 1.008…, not reached with 1.
      expect(await outcomes('prorate')).toEqual([
        ['A', 'passed', null],
        ['M', 'failed', null],
      ])
      const evaluation = await run([quota('prorate')], source)
      const failed = resultOf(evaluation, 'M@2025-07-01', '2025')
      expect(failed.message?.en).toContain('the minimum is ≈1.008')
      expect(failed.message?.en).toContain('in proportion to the time the unit existed')
    })

    it('waives the quota for part-year units, saying so', async () => {
      expect(await outcomes('waive')).toEqual([
        ['A', 'skipped', 'partial_year_waived'],
        ['M', 'skipped', 'partial_year_waived'],
      ])
    })

    it('refuses a partialYear it does not know', () => {
      expect(packProblems([quota('half') as never])).toEqual([
        'param_type /rules/0/params/partialYear',
      ])
    })
  })
})
