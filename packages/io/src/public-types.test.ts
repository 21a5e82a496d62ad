/**
 * The issues of `@tiendo/io` are a union keyed on `code`: narrowing on the code gives its
 * typed fields. Checked by the compiler (`npm run typecheck` covers test files); the runtime
 * assertions check that the fields are on the issues the readers give.
 */

import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type {
  InvalidNumberReason,
  IoIssue,
  JsonExpectation,
  JsonKind,
  LimitMeasure,
  NumberLocale,
  ReadLimits,
} from './index'
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

describe('the typed fields of the other io codes', () => {
  it('narrow on code to each code’s fields', () => {
    const detailOf = (issue: IoIssue) => {
      switch (issue.code) {
        case 'ragged_row':
          expectTypeOf(issue.expected).toEqualTypeOf<number>()
          expectTypeOf(issue.found).toEqualTypeOf<number>()
          return issue.found - issue.expected
        case 'invalid_number':
          expectTypeOf(issue.reason).toEqualTypeOf<InvalidNumberReason>()
          expectTypeOf(issue.value).toEqualTypeOf<string | undefined>()
          expectTypeOf(issue.numberLocale).toEqualTypeOf<NumberLocale | undefined>()
          return issue.reason
        case 'invalid_json':
          expectTypeOf(issue.expected).toEqualTypeOf<JsonExpectation>()
          expectTypeOf(issue.line).toEqualTypeOf<number>()
          expectTypeOf(issue.format).toEqualTypeOf<'json' | 'ndjson'>()
          return issue.line
        case 'missing_column':
          expectTypeOf(issue.required).toEqualTypeOf<readonly string[]>()
          expectTypeOf(issue.columnName).toEqualTypeOf<string | undefined>()
          return issue.columnName
        case 'not_an_object':
          expectTypeOf(issue.found).toEqualTypeOf<JsonKind>()
          return issue.found
        case 'hidden_columns':
          expectTypeOf(issue.columns).toEqualTypeOf<readonly string[]>()
          return issue.columns[0]
        case 'sheets_not_read':
          expectTypeOf(issue.sheets).toEqualTypeOf<readonly string[]>()
          return issue.sheetName
        case 'hidden_rows':
          expectTypeOf(issue.rows).toEqualTypeOf<readonly number[]>()
          return issue.count
        default:
          return undefined
      }
    }
    expectTypeOf(detailOf).returns.toEqualTypeOf<string | number | undefined>()
  })

  it('keep one code’s fields off another', () => {
    const ragged = (issue: Extract<IoIssue, { code: 'ragged_row' }>) => {
      // @ts-expect-error ragged_row carries no `reason`
      return issue.reason
    }
    void ragged
  })

  it('are on the issues a reader gives, as data', async () => {
    const text = 'indicator,unit,period,value,ghi chú\nx,58,2024,"12,345,678",\nx,58,2025\n'
    const issues: IoIssue[] = []
    for await (const item of readSourceObservations({ name: 'a.csv', text })) {
      if ('code' in item) issues.push(item as IoIssue)
    }
    expect(issues).toEqual([
      expect.objectContaining({
        code: 'unknown_column',
        columnName: 'ghi chú',
        known: expect.arrayContaining(['indicator', 'value']),
      }),
      expect.objectContaining({
        code: 'invalid_number',
        reason: 'thousands_commas',
        value: '12,345,678',
        suggestion: '12345678',
        numberLocale: 'default',
      }),
      expect.objectContaining({ code: 'ragged_row', expected: 5, found: 3 }),
    ])
  })
})
