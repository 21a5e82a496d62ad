/**
 * `assessProgress` as the DESIGN contract states it, checked by the compiler
 * (`npm run typecheck` covers test files).
 */

import type { Decimal } from 'decimal.js'
import { describe, expectTypeOf, it } from 'vitest'
import type { Assessment, AssessmentStatus, AssessProgressInput } from './index'
import { assessProgress } from './index'

describe('assessProgress', () => {
  it('takes observations of periods and decimal values, a direction and a target', () => {
    expectTypeOf(assessProgress).parameter(0).toEqualTypeOf<AssessProgressInput>()
    expectTypeOf({
      observations: [
        { period: '2020', value: '12.66' },
        { period: '2025', value: 14.02 },
      ],
      direction: 'increase' as const,
      target: { value: '20', by: '2025' },
    }).toMatchTypeOf<AssessProgressInput>()
    expectTypeOf<{ direction: 'sideways' }>().not.toMatchTypeOf<AssessProgressInput>()
  })

  it('returns a status from the documented list and exact decimals', () => {
    expectTypeOf(assessProgress).returns.toEqualTypeOf<Assessment>()
    expectTypeOf<Assessment['status']>().toEqualTypeOf<AssessmentStatus>()
    expectTypeOf<'achieved' | 'on_track' | 'insufficient_data'>().toMatchTypeOf<AssessmentStatus>()
    expectTypeOf<'improving' | 'stable' | 'worsening'>().toMatchTypeOf<AssessmentStatus>()
    expectTypeOf<Assessment['cagr']>().toEqualTypeOf<Decimal | null>()
    expectTypeOf<Assessment['ratio']>().toEqualTypeOf<Decimal | null>()
    expectTypeOf<Assessment['projected']>().toEqualTypeOf<Decimal | null>()
  })
})
