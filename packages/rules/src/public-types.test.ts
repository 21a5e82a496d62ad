/**
 * The issues `@tiendo/rules` reports are a union keyed on `code`: narrowing on the code gives
 * its typed fields. Checked by the compiler (`npm run typecheck` covers test files); the
 * runtime assertions check that the fields are on the issues the row checks give.
 */

import type { IssueUnion, Name } from '@tiendo/schema'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { indicators, pack } from './__tests__/fixtures'
import type { BoundedFigure, RulesIssueFields } from './index'
import { createRowChecker } from './pipeline/check-rows'

type RulesIssue = IssueUnion<RulesIssueFields>

describe('the issue types of @tiendo/rules', () => {
  it('narrow on code to the typed fields of the row checks', () => {
    const fieldsOf = (issue: RulesIssue) => {
      switch (issue.code) {
        case 'value_out_of_bounds':
          expectTypeOf(issue.field).toEqualTypeOf<BoundedFigure>()
          expectTypeOf(issue.max).toEqualTypeOf<string | undefined>()
          expectTypeOf(issue.indicatorName).toEqualTypeOf<Name>()
          return issue.value
        case 'value_not_whole':
          expectTypeOf(issue.thousands).toEqualTypeOf<string | undefined>()
          expectTypeOf(issue.indicatorUnit).toEqualTypeOf<string>()
          return issue.value
        case 'record_in_future':
          expectTypeOf(issue.today).toEqualTypeOf<string>()
          return issue.date
        case 'unknown_indicator':
          // Left out when a pack's rule, not a row, names the indicator.
          expectTypeOf(issue.suggestions).toEqualTypeOf<readonly string[] | undefined>()
          return issue.pack
        default:
          return undefined
      }
    }
    expectTypeOf(fieldsOf).returns.toEqualTypeOf<string | undefined>()
  })

  it('give no typed field to a pack problem that has none', () => {
    const unknownFact = (issue: Extract<RulesIssue, { code: 'unknown_fact' }>) => {
      // @ts-expect-error unknown_fact carries no `suggestions`
      return issue.suggestions
    }
    void unknownFact
  })

  it('put the fields on the issues of the row checks', () => {
    const checker = createRowChecker(pack([], { indicators }), { today: '2025-03-01' })
    const [issue] = checker.observation({
      observation: {
        indicator: indicators[0]!.id.slice(0, -1),
        unit: '58',
        period: '2024',
        value: '1',
      },
    }).issues
    expect(issue).toMatchObject({ code: 'unknown_indicator', suggestions: [indicators[0]!.id] })
  })
})
