import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import {
  ConditionSchema,
  MAX_CONDITION_DEPTH,
  RuleSchema,
  RuleScopeSchema,
  TopLevelConditionSchema,
} from './rule'

const message = {
  vi: 'Mỗi cơ quan, đơn vị, địa phương phải hoàn thành ít nhất một sản phẩm chuyển đổi số mỗi năm',
  en: 'Every agency, unit and locality must complete at least one DX product each year',
}

const plainRule = {
  id: 'fibre_above_national',
  severity: 'warning',
  scope: { unitKinds: ['province'], every: 'year', from: '2021', to: '2025' },
  missing: 'skip_if_any_missing',
  message,
  conditions: {
    all: [
      {
        fact: 'value',
        params: { indicator: 'household_fibre_rate' },
        operator: 'decimalGte',
        value: '80',
      },
    ],
  },
}

const templateRule = {
  id: 'dx_product_every_year',
  template: 'annual_quota',
  severity: 'error',
  scope: { unitKinds: ['agency', 'commune', 'province'] },
  params: { record: 'dx_product', min: 1 },
  message,
}

/** `depth` nested `all`s around one comparison. */
function nested(depth: number): unknown {
  let condition: unknown = { fact: 'value', operator: 'equal', value: 1 }
  for (let i = 0; i < depth; i++) condition = { all: [condition] }
  return condition
}

describe('RuleSchema', () => {
  it('accepts a written-out rule and a template rule', () => {
    expect(RuleSchema.parse(plainRule)).toEqual(plainRule)
    expect(RuleSchema.parse(templateRule)).toEqual(templateRule)
  })

  it('requires a severity and a message in both languages for a plain rule', () => {
    const { severity: _, ...withoutSeverity } = plainRule
    expect(RuleSchema.safeParse(withoutSeverity).success).toBe(false)
    expect(RuleSchema.safeParse({ ...plainRule, message: { vi: message.vi } }).success).toBe(false)
  })

  it('refuses a __proto__ key in template params instead of dropping it', () => {
    const params = JSON.parse('{"__proto__": {"polluted": true}, "min": 1}')
    const result = RuleSchema.safeParse({ ...templateRule, params })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain('key_reserved')
  })

  it('refuses a JSONPath filter in a fact path', () => {
    const condition = { fact: 'value', operator: 'equal', value: 1, path: '$..[?(@.x)]' }
    expect(codesOf(ConditionSchema, condition)).toEqual(['fact_path_syntax@path'])
  })
})

describe('condition nesting', () => {
  it(`accepts ${MAX_CONDITION_DEPTH} levels of all/any/not`, () => {
    expect(TopLevelConditionSchema.safeParse(nested(MAX_CONDITION_DEPTH)).success).toBe(true)
  })

  it(`rejects ${MAX_CONDITION_DEPTH + 1} levels, naming the first level too deep`, () => {
    const path = Array.from({ length: MAX_CONDITION_DEPTH }, () => 'all.0').join('.')
    expect(codesOf(TopLevelConditionSchema, nested(MAX_CONDITION_DEPTH + 1))).toEqual([
      `condition_depth@${path}`,
    ])
  })

  it('rejects a hostile nesting of 100,000 levels with an issue, not a stack overflow', () => {
    let condition: unknown = { fact: 'value', operator: 'equal', value: 1 }
    for (let i = 0; i < 100_000; i++) condition = i % 2 ? { not: condition } : { any: [condition] }
    const result = RuleSchema.safeParse({ ...plainRule, conditions: condition })
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues)).toContain('condition_depth')
    expect(ConditionSchema.safeParse(condition).success).toBe(false)
  })
})

describe('RuleScopeSchema', () => {
  it('accepts kinds, units and a span of years', () => {
    expect(RuleScopeSchema.safeParse(plainRule.scope).success).toBe(true)
    expect(
      RuleScopeSchema.safeParse({ units: ['58', '56@2025-07-01'], periods: ['2024'] }).success,
    ).toBe(true)
  })

  it('rejects periods together with every/from/to, and to before from', () => {
    expect(codesOf(RuleScopeSchema, { periods: ['2024'], every: 'year' })).toEqual([
      'scope_conflict@periods',
    ])
    expect(codesOf(RuleScopeSchema, { from: '2025', to: '2021' })).toEqual(['scope_order@to'])
  })
})
