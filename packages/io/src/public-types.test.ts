/**
 * The issues of `@tiendo/io` are a union keyed on `code`: narrowing on the code gives its
 * typed fields. Checked by the compiler (`npm run typecheck` covers test files); the runtime
 * assertions check that the fields are on the issues the readers give.
 */

import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { IoIssue, LimitMeasure, ReadLimits } from './index'
import { isIoIssue, readSourceObservations } from './index'

describe('the issue types of @tiendo/io', () => {
  it('narrow on code to the typed fields of limit_exceeded', () => {
    const fieldsOf = (issue: IoIssue) => {
      if (issue.code !== 'limit_exceeded') return undefined
      expectTypeOf(issue.limit).toEqualTypeOf<keyof ReadLimits>()
      expectTypeOf(issue.max).toEqualTypeOf<number>()
      expectTypeOf(issue.measure).toEqualTypeOf<LimitMeasure>()
      expectTypeOf(issue.stoppedReading).toEqualTypeOf<boolean>()
      expectTypeOf(issue.found).toEqualTypeOf<number | undefined>()
      return issue.limit
    }
    expectTypeOf(fieldsOf).returns.toEqualTypeOf<keyof ReadLimits | undefined>()
  })

  it('give no typed field to a code that has none', () => {
    const emptyFile = (issue: Extract<IoIssue, { code: 'empty_file' }>) => {
      // @ts-expect-error empty_file carries no `limit`
      return issue.limit
    }
    void emptyFile
  })

  it('narrow a TiendoIssue with isIoIssue', async () => {
    const text = 'indicator,unit,period,value\nx,58,2024,1\nx,58,2025,2\n'
    const issues: TiendoIssue[] = []
    for await (const item of readSourceObservations(
      { name: 'a.csv', text },
      { limits: { maxRows: 1 } },
    )) {
      if ('code' in item) issues.push(item)
    }
    const issue = issues.find((item) => item.code === 'limit_exceeded')
    expect(issue).toBeDefined()
    if (issue === undefined || !isIoIssue(issue, 'limit_exceeded')) {
      throw new Error('expected a limit_exceeded issue')
    }
    expectTypeOf(issue.stoppedReading).toEqualTypeOf<boolean>()
    expect([issue.limit, issue.max, issue.stoppedReading]).toEqual(['maxRows', 1, true])
  })
})
