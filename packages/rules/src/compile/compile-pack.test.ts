import type { Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { pack } from '../__tests__/fixtures'
import { packProblems as problemsOf } from '../__tests__/run'
import { compilePack } from './compile-pack'
import type { CompiledPackInternal } from './compiled'

const rule = (conditions: unknown, extra: Record<string, unknown> = {}): Rule =>
  ({
    id: 'r',
    severity: 'error',
    message: { vi: 'Lỗi {unit}', en: 'Error {unit}' },
    conditions,
    ...extra,
  }) as Rule
const cond = (condition: Record<string, unknown>) => rule({ all: [condition] })
const households = { indicator: 'households' }
/** The problems of rules given distinct ids. */
const packProblems = (
  rules: Rule[],
  ...rest: Parameters<typeof problemsOf> extends [unknown, ...infer R] ? R : never
) =>
  problemsOf(
    rules.map((r, i) => ({ ...r, id: `r${i}` })),
    ...rest,
  )

describe('compilePack', () => {
  it('compiles a valid pack into rules with their inputs', () => {
    const compiled = compilePack(
      pack([
        rule({
          any: [
            { fact: 'value', params: households, operator: 'decimalGte', value: '1' },
            {
              not: {
                fact: 'value',
                params: households,
                operator: 'decimalLt',
                value: { fact: 'value', params: { indicator: 'households', offset: -1 } },
              },
            },
            { fact: 'unit', path: '$.kind', operator: 'in', value: ['commune', 'agency'] },
          ],
        }),
      ]),
    )
    expect(compiled.ok).toBe(true)
    if (!compiled.ok) return
    const internal = compiled.pack as CompiledPackInternal
    const [compiledRule] = internal.rules
    expect(compiledRule?.missing).toBe('skip_if_any_missing')
    // Each fact reference once, numbered across the pack.
    expect(
      compiledRule?.inputs.map(({ fact, params, path, index }) => ({ fact, params, path, index })),
    ).toEqual([
      { fact: 'value', params: households, path: undefined, index: 0 },
      { fact: 'value', params: { indicator: 'households', offset: -1 }, path: undefined, index: 1 },
      { fact: 'unit', params: {}, path: '$.kind', index: 2 },
    ])
    expect(compiledRule?.comparisons.map((c) => c.at)).toEqual(['/any/0', '/any/1/not', '/any/2'])
    expect(internal.engines.size).toBe(1)
  })

  it('reports unknown facts and operators where they are, with what exists', () => {
    const compiled = compilePack(
      pack([cond({ fact: 'valeu', params: households, operator: 'decimalGte', value: '1' })]),
    )
    expect(compiled.ok).toBe(false)
    if (compiled.ok) return
    const [issue] = compiled.issues
    expect(issue?.code).toBe('unknown_fact')
    expect(issue?.location?.path).toBe('/rules/0/conditions/all/0/fact')
    expect(issue?.message.en).toBe(
      'Field `rules[0].conditions.all[0].fact` names an unknown fact `valeu`.',
    )
    expect(issue?.hint?.en).toContain('`value`, `reported`')
    expect(issue?.message.vi).toBe(
      'Trường `rules[0].conditions.all[0].fact` dùng dữ kiện không tồn tại `valeu`.',
    )
    expect(
      packProblems([cond({ fact: 'value', params: households, operator: 'atLeast', value: '1' })]),
    ).toEqual(['unknown_operator /rules/0/conditions/all/0/operator'])
  })

  it('refuses json-rules-engine’s floating-point operators, naming the exact one', () => {
    const compiled = compilePack(
      pack([cond({ fact: 'value', params: households, operator: 'greaterThan', value: 1 })]),
    )
    expect(compiled.ok).toBe(false)
    if (compiled.ok) return
    expect(compiled.issues[0]).toMatchObject({
      code: 'unsafe_operator',
      location: { path: '/rules/0/conditions/all/0/operator' },
      hint: { en: 'Use `decimalGt` instead.', vi: 'Dùng `decimalGt` thay thế.' },
    })
  })

  it('refuses operators that cannot compare the fact, and values that do not fit them', () => {
    expect(
      packProblems([
        cond({ fact: 'value', params: households, operator: 'equal', value: '1' }),
        cond({ fact: 'status', params: households, operator: 'decimalGte', value: '1' }),
        cond({ fact: 'value', params: households, operator: 'decimalGte', value: 'many' }),
        cond({ fact: 'value', params: households, operator: 'decimalBetween', value: ['5', '1'] }),
        cond({ fact: 'value', params: households, operator: 'decimalBetween', value: '5' }),
        cond({ fact: 'unit', path: '$.kind', operator: 'in', value: 'commune' }),
        cond({
          fact: 'value',
          params: households,
          operator: 'decimalGte',
          value: { fact: 'status', params: households },
        }),
      ]),
    ).toEqual([
      'operator_fact_type /rules/0/conditions/all/0/operator',
      'operator_fact_type /rules/1/conditions/all/0/operator',
      'operator_value /rules/2/conditions/all/0/value',
      'operator_value /rules/3/conditions/all/0/value',
      'operator_value /rules/4/conditions/all/0/value',
      'operator_value /rules/5/conditions/all/0/value',
      'operator_value /rules/6/conditions/all/0/value',
    ])
  })

  it('checks fact parameters: names, kinds, indicators, targets, directions', () => {
    expect(
      packProblems([
        cond({ fact: 'value', params: { indicator: 'nope' }, operator: 'decimalGte', value: '1' }),
        cond({ fact: 'value', params: {}, operator: 'decimalGte', value: '1' }),
        cond({
          fact: 'value',
          params: { indicator: 'households', year: 2024 },
          operator: 'decimalGte',
          value: '1',
        }),
        cond({
          fact: 'value',
          params: { indicator: 'households', offset: 1.5 },
          operator: 'decimalGte',
          value: '1',
        }),
        cond({
          fact: 'record_count',
          params: { kind: 'dx_product', status: 'done!' },
          operator: 'decimalGte',
          value: '1',
        }),
        cond({
          fact: 'cagr',
          params: { indicator: 'temperature_band' },
          operator: 'decimalGte',
          value: '0',
        }),
        cond({
          fact: 'gap',
          params: { indicator: 'households', target: 'de_share_2025' },
          operator: 'decimalLte',
          value: '0',
        }),
        cond({
          fact: 'value',
          params: { indicator: 'households', unit: '58', period: '2024-13' },
          operator: 'decimalGte',
          value: '1',
        }),
      ]),
    ).toEqual([
      'unknown_indicator /rules/0/conditions/all/0/params/indicator',
      'param_required /rules/1/conditions/all/0/params/indicator',
      'unknown_param /rules/2/conditions/all/0/params/year',
      'param_type /rules/3/conditions/all/0/params/offset',
      'param_type /rules/4/conditions/all/0/params/status',
      'indicator_direction /rules/5/conditions/all/0/params/indicator',
      'target_indicator /rules/6/conditions/all/0/params/target',
      'param_type /rules/7/conditions/all/0/params/period',
    ])
  })

  it('allows `path` only into facts that are objects', () => {
    expect(
      packProblems([
        cond({
          fact: 'value',
          params: households,
          path: '$.d',
          operator: 'decimalGte',
          value: '1',
        }),
      ]),
    ).toEqual(['path_not_allowed /rules/0/conditions/all/0/path'])
  })

  it('refuses unknown placeholders and facts the rule does not compare', () => {
    const comparison = { fact: 'value', params: households, operator: 'decimalGte', value: '1' }
    expect(
      packProblems([
        rule({ all: [comparison] }, { message: { vi: '{unit} {đơn_vị}', en: '{unit}' } }),
        rule({ all: [comparison] }, { message: { vi: '{fact:value}', en: '{fact:cagr}' } }),
        rule({ all: [comparison] }, { message: { vi: '{expected:value} }', en: '{unit' } }),
        rule(
          { all: [comparison] },
          { message: { vi: '{{ok}} {failed} {rule}', en: '{unit_name} {unit_kind} {period}' } },
        ),
      ]),
    ).toEqual([
      'unknown_placeholder /rules/0/message/vi',
      'unknown_placeholder /rules/1/message/en',
      'unknown_placeholder /rules/2/message/vi',
      'unknown_placeholder /rules/2/message/en',
    ])
  })

  it('limits the number of rules, comparisons and nesting depth', () => {
    const comparison = { fact: 'value', params: households, operator: 'decimalGte', value: '1' }
    const many = [0, 1, 2].map((i) => ({ ...rule({ all: [comparison, comparison] }), id: `r${i}` }))
    expect(packProblems(many, {}, { maxRules: 2 })).toEqual(['too_many_rules /rules'])
    expect(packProblems(many, {}, { maxConditions: 5 })).toEqual(['too_many_conditions /rules'])
    const deep = rule({ all: [{ not: { any: [comparison] } }] })
    expect(packProblems([deep], {}, { maxConditionDepth: 2 })).toEqual([
      'condition_depth /rules/0/conditions',
    ])
  })

  it('reports schema problems of an untrusted pack, never throwing', () => {
    const hostile = [
      cond({ condition: 'shared' }),
      cond({ fact: 'value', params: households, operator: 'decimalGte', value: '1', path: '$..a' }),
      cond({
        fact: 'value',
        params: JSON.parse('{"__proto__": {"polluted": true}}'),
        operator: 'decimalGte',
        value: '1',
      }),
      cond({ fact: 'value', params: households, operator: 'everyFact:decimalGte', value: '1' }),
    ]
    for (const bad of hostile) {
      const compiled = compilePack(pack([bad]))
      expect(compiled.ok).toBe(false)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(compilePack(null).ok).toBe(false)
    expect(compilePack('{"id": "x"}').ok).toBe(false)
  })

  it('reports an unknown template where it is named', () => {
    const compiled = compilePack(
      pack([{ id: 'q', severity: 'error', template: 'quota', params: {} } as unknown as Rule]),
    )
    expect(compiled.ok).toBe(false)
    if (compiled.ok) return
    expect(compiled.issues.map((i) => `${i.code} ${i.location?.path}`)).toEqual([
      'invalid_value /rules/0/template',
    ])
    expect(compiled.issues[0]?.message.en).toContain('`annual_quota`')
  })

  it('refuses a pack that still extends another', () => {
    const compiled = compilePack(pack([], { extends: 'vn-national' }))
    expect(compiled.ok === false && compiled.issues.map((i) => i.code)).toEqual([
      'pack_not_resolved',
    ])
  })
})
