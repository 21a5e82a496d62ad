import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { en } from './locales/en'
import { vi } from './locales/vi'
import { isRuleFailed } from './rule-failed'
import { RULES_ISSUE_CODES } from './rules-issue-codes'

describe('rule_failed', () => {
  it('narrows an issue so that the rule id is typed', () => {
    const issue: TiendoIssue = {
      code: 'rule_failed',
      severity: 'warning',
      message: { vi: 'x', en: 'x' },
      rule: 'fibre_no_fall',
    } as TiendoIssue
    if (!isRuleFailed(issue)) throw new Error('expected a failed rule')
    expectTypeOf(issue.rule).toEqualTypeOf<string>()
    expect(issue.rule).toBe('fibre_no_fall')
    // A rule id in `code` is not a failed rule.
    expect(isRuleFailed({ ...issue, code: 'fibre_no_fall' })).toBe(false)
  })

  it('is registered with its field, and worded in each language from it', () => {
    expect(Object.keys(RULES_ISSUE_CODES.rule_failed.fields)).toEqual(['rule'])
    expect(vi.rule_failed({ rule: 'quy_tac_a' }).message).toBe('Quy tắc `quy_tac_a` không thỏa.')
    expect(en.rule_failed({ rule: 'rule_a' }).message).toBe('Rule `rule_a` failed.')
  })
})
