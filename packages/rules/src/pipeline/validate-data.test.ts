import type { Observation, Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { dxProductRule, pack, product } from '../__tests__/fixtures'
import { compilePack } from '../compile/compile-pack'
import { closestId } from './check-closest-id'
import { isDataQualityRule, validationRuleIds } from './check-rules'
import { validateData } from './validate-data'

const boundsRule: Rule = {
  id: 'bounds_de_share',
  severity: 'warning',
  template: 'bounds',
  params: { indicator: 'digital_economy_share_grdp' },
}
const tightRule: Rule = {
  id: 'de_share_at_most_50',
  severity: 'error',
  template: 'bounds',
  params: { indicator: 'digital_economy_share_grdp', max: '50' },
}
const completeness: Rule = {
  id: 'complete_yearly',
  severity: 'warning',
  template: 'completeness',
  params: { indicators: ['digital_economy_share_grdp', 'households'] },
  scope: { unitKinds: ['province'] },
}

function row(observation: Partial<Observation>, line: number) {
  return {
    observation: {
      indicator: 'digital_economy_share_grdp',
      unit: '58',
      period: '2023',
      value: '12.5',
      ...observation,
    } as Observation,
    location: { file: 'quy.csv', row: line },
  }
}

async function check(rules: Rule[], rows: ReturnType<typeof row>[], today = '2025-03-01') {
  const resolved = pack(rules)
  const compiled = compilePack(resolved)
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues))
  return validateData({ pack: resolved, compiled: compiled.pack, observations: rows, today })
}

describe('validateData', () => {
  it('accepts a partial submission although the pack has completeness rules', async () => {
    const result = await check([completeness, dxProductRule], [row({}, 2)])
    expect(result.issues).toEqual([])
    expect(result.valid).toBe(true)
    expect(result.dataset.size).toBe(1)
  })

  it('names an unknown indicator at its cell, with the closest id as a hint', async () => {
    const result = await check([], [row({ indicator: 'digital_economy_share_grd' }, 3)])
    expect(result.valid).toBe(false)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({
      code: 'unknown_indicator',
      severity: 'error',
      location: { file: 'quy.csv', row: 3, column: 'indicator' },
      hint: { en: 'Did you mean `digital_economy_share_grdp`?' },
    })
    expect(result.dataset.size).toBe(0)
  })

  it('reports a value outside the bounds once, with the restating rule severity', async () => {
    const result = await check([boundsRule], [row({ value: '120' }, 4)])
    const codes = result.issues.map((issue) => issue.code)
    expect(codes).toEqual(['value_out_of_bounds'])
    expect(result.issues[0]).toMatchObject({
      severity: 'warning',
      location: { row: 4, column: 'value' },
    })
    expect(result.issues[0]!.message.vi).toContain('[0, 100]')
    expect(result.valid).toBe(true)
  })

  it('runs a bounds rule of its own as a rule, located at the observation', async () => {
    const result = await check([tightRule], [row({ value: '60' }, 5), row({ period: '2022' }, 6)])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({
      code: 'de_share_at_most_50',
      severity: 'error',
      unit: '58',
      period: '2023',
      location: { file: 'quy.csv', row: 5 },
    })
    expect(result.issues[0]!.hint?.en).toContain('actual 60')
  })

  it('refuses observations in the future, and units not valid in the period', async () => {
    const result = await check([], [row({ period: '2025-Q3' }, 7)], '2025-06-15')
    const codes = result.issues.map((issue) => issue.code).sort()
    // 58 ceased on 30 June 2025, and 2025-Q3 starts after 15 June 2025.
    expect(codes).toEqual(['observation_in_future', 'unit_not_valid_in_period'])
    expect(result.issues.find((i) => i.code === 'observation_in_future')?.location).toEqual({
      file: 'quy.csv',
      row: 7,
      column: 'period',
    })
  })

  it('reports conflicts from the dataset and checks records', async () => {
    const resolved = pack([dxProductRule])
    const result = await validateData({
      pack: resolved,
      observations: [row({}, 2), row({ value: '13' }, 3)],
      records: [
        { record: product('58.SYT', '2024-05-01'), location: { file: 'p.csv', row: 2 } },
        {
          record: { ...product('58.SYT', '2026-01-01'), kind: 'dx_prodct' },
          location: { file: 'p.csv', row: 3 },
        },
      ],
      today: '2025-01-01',
    })
    const codes = result.issues.map((issue) => issue.code).sort()
    expect(codes).toEqual(['conflicting_observation', 'record_in_future', 'unknown_record_kind'])
    expect(result.valid).toBe(false)
  })
})

describe('isDataQualityRule', () => {
  it('leaves completeness, quotas and targets to evaluate', () => {
    const compiled = compilePack(pack([completeness, dxProductRule, boundsRule, tightRule]))
    if (!compiled.ok) throw new Error('pack does not compile')
    const kept = compiled.pack.rules.filter(isDataQualityRule).map((rule) => rule.id)
    expect(kept).toEqual(['bounds_de_share', 'de_share_at_most_50'])
    // The bounds rule restating the indicator's bounds is checked on every row instead.
    const resolved = pack([completeness, dxProductRule, boundsRule, tightRule])
    expect(validationRuleIds(compiled.pack, resolved)).toEqual(['de_share_at_most_50'])
  })
})

describe('closestId', () => {
  it('finds a near id and refuses a far one', () => {
    expect(closestId('housholds', ['households', 'fibre_households'])).toBe('households')
    expect(closestId('zzz', ['households'])).toBeUndefined()
  })
})
