/**
 * The issues `@tiendo/core` reports about data are a union keyed on `code`: narrowing on the
 * code gives its typed fields. Checked by the compiler (`npm run typecheck` covers test
 * files); the runtime assertions check that the fields are on the issues a dataset gives.
 */

import type { Name, Observation } from '@tiendo/schema'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { MERGER_UNITS } from './__tests__/units'
import type { CoreIssue, DerivationMethod, LocatedValue } from './index'
import { createDataset, createUnitRegistry, isCoreIssue } from './index'

const units = createUnitRegistry(MERGER_UNITS)
const obs = (unit: string, period: string, value: string) =>
  ({ indicator: 'dti_score', unit, period, value }) as Observation

describe('the issue types of @tiendo/core', () => {
  it('narrow on code to the typed fields of each code', () => {
    const fieldsOf = (issue: CoreIssue) => {
      switch (issue.code) {
        case 'conflicting_observation':
          expectTypeOf(issue.values).toEqualTypeOf<readonly LocatedValue[]>()
          return issue.values.length
        case 'derived_value_differs':
          expectTypeOf(issue.method).toEqualTypeOf<DerivationMethod>()
          expectTypeOf(issue.difference).toEqualTypeOf<string | undefined>()
          return issue.rule
        case 'unknown_unit':
          expectTypeOf(issue.suggestions).toEqualTypeOf<readonly string[]>()
          expectTypeOf(issue.suggestionNames).toEqualTypeOf<readonly Name[]>()
          return issue.suggestions[0]
        default:
          return undefined
      }
    }
    expectTypeOf(fieldsOf).returns.toEqualTypeOf<number | string | undefined>()
  })

  it('keep one code’s fields off another', () => {
    const duplicate = (issue: Extract<CoreIssue, { code: 'duplicate_observation' }>) => {
      // @ts-expect-error duplicate_observation carries one `value`, not `values`
      return issue.values
    }
    void duplicate
  })

  it('narrow a TiendoIssue with isCoreIssue, its fields on the issue', () => {
    const { issues } = createDataset({
      observations: [obs('58', '2022', '0.5'), obs('58', '2022', '0.6'), obs('99', '2022', '1')],
      units,
    })
    const conflict = issues.find((issue) => isCoreIssue(issue, 'conflicting_observation'))
    if (conflict === undefined || !isCoreIssue(conflict, 'conflicting_observation')) {
      throw new Error('expected a conflicting_observation')
    }
    expect(conflict.values.map((v) => v.value)).toEqual(['0.5', '0.6'])
    const unknown = issues.find((issue) => issue.code === 'unknown_unit')
    if (unknown === undefined || !isCoreIssue(unknown, 'unknown_unit')) {
      throw new Error('expected an unknown_unit')
    }
    expect(unknown.unit).toBe('99')
    expect(unknown.suggestions.length).toBe(unknown.suggestionNames.length)
  })
})
