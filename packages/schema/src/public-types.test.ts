/**
 * The types of packs, submissions and issues are the schemas' own (`z.infer`), so a pack
 * that type-checks is one the schema accepts in shape; checked by the compiler
 * (`npm run typecheck` covers test files).
 */

import { describe, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import type {
  Indicator,
  IndicatorSchema,
  Language,
  LocalizedText,
  Observation,
  ObservationSchema,
  Pack,
  PackSchema,
  RecordSchema,
  SourceLocation,
  SubmittedRecord,
  TiendoIssue,
} from './index'

describe('the public types', () => {
  it('are what the schemas parse', () => {
    expectTypeOf<z.infer<typeof PackSchema>>().toEqualTypeOf<Pack>()
    expectTypeOf<z.infer<typeof IndicatorSchema>>().toEqualTypeOf<Indicator>()
    expectTypeOf<z.infer<typeof ObservationSchema>>().toEqualTypeOf<Observation>()
    expectTypeOf<z.infer<typeof RecordSchema>>().toEqualTypeOf<SubmittedRecord>()
  })

  it('keep decimals as strings in observations', () => {
    expectTypeOf<Observation['value']>().toMatchTypeOf<string | undefined>()
    expectTypeOf<Observation['period']>().toEqualTypeOf<string>()
  })

  it('make an issue a code, a severity, a message in both languages and a place', () => {
    expectTypeOf<TiendoIssue['code']>().toEqualTypeOf<string>()
    expectTypeOf<TiendoIssue['severity']>().toEqualTypeOf<'error' | 'warning' | 'info'>()
    expectTypeOf<TiendoIssue['message']>().toEqualTypeOf<LocalizedText>()
    expectTypeOf<LocalizedText>().toEqualTypeOf<Record<Language, string>>()
    expectTypeOf<TiendoIssue['location']>().toEqualTypeOf<SourceLocation | undefined>()
  })
})
