import type { Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { dxProductRule, pack } from '../__tests__/fixtures'
import { compileRules } from '../__tests__/run'
import { validationRuleIds } from './check-rules'

const rules: Rule[] = [
  {
    id: 'bounds',
    severity: 'error',
    template: 'bounds',
    params: { indicator: 'households', min: 0 },
  },
  { id: 'outlier', severity: 'warning', template: 'outlier', params: { indicator: 'households' } },
  {
    id: 'regression',
    severity: 'warning',
    template: 'no_regression',
    params: { indicator: 'households' },
  },
  {
    id: 'consistency',
    severity: 'error',
    template: 'consistency',
    params: { part: 'fibre_households', whole: 'households' },
  },
  {
    id: 'regression_never_skipped',
    severity: 'warning',
    template: 'no_regression',
    params: { indicator: 'fibre_households' },
    missing: 'never_skip',
  },
  {
    id: 'complete',
    severity: 'warning',
    template: 'completeness',
    params: { indicators: ['households'] },
  },
  { id: 'on_target', severity: 'error', template: 'target', params: { target: 'de_share_2025' } },
  dxProductRule,
  {
    // A threshold written out: it judges the unit, not the file.
    id: 'fibre_threshold',
    severity: 'error',
    conditions: {
      all: [
        {
          fact: 'value',
          params: { indicator: 'fibre_households' },
          operator: 'decimalGte',
          value: '95',
        },
      ],
    },
    message: { vi: 'Chưa đạt.', en: 'Not reached.' },
  },
]

describe('validationRuleIds', () => {
  it('runs the data-quality templates in validate, every other rule in evaluate only', () => {
    const compiled = compileRules(rules)
    expect(validationRuleIds(compiled, pack(rules))).toEqual([
      'bounds',
      'outlier',
      'regression',
      'consistency',
    ])
  })
})
