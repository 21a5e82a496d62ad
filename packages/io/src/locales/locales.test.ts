import { describe, expect, it } from 'vitest'
import { IO_ISSUE_CODES } from '../codes'
import type { LimitExceededFields } from '../issue-fields'
import { en } from './en'
import type { TypedIoIssueFields } from './typed-codes'
import { vi } from './vi'

/** One example of each typed code's fields; each value must show in the text rendered. */
const SAMPLES: { [Code in keyof TypedIoIssueFields]: TypedIoIssueFields[Code][] } = {
  limit_exceeded: (
    [
      { limit: 'maxFileBytes', max: 1000, measure: 'file_bytes', found: 2345 },
      { limit: 'maxFileBytes', max: 1000, measure: 'file_bytes', found: 1001, foundAtLeast: true },
      { limit: 'maxInMemoryBytes', max: 4321, measure: 'file_bytes', found: 5000 },
      { limit: 'maxInMemoryBytes', max: 4321, measure: 'unzipped_bytes' },
      { limit: 'maxRows', max: 77, measure: 'rows' },
      { limit: 'maxColumns', max: 9, measure: 'header_columns', found: 12 },
      { limit: 'maxColumns', max: 9, measure: 'object_fields', found: 13 },
      { limit: 'maxCellChars', max: 20, measure: 'cell_chars', found: 25 },
      { limit: 'maxCellChars', max: 640, measure: 'record_chars' },
    ] satisfies Omit<LimitExceededFields, 'stoppedReading'>[]
  ).map((fields) => ({ ...fields, stoppedReading: fields.measure !== 'cell_chars' })),
  too_many_issues: [{ max: 321 }],
}

describe('the catalogues of io’s typed codes', () => {
  it('word every typed code in every language, each value of its fields shown', () => {
    for (const [lang, catalogue] of Object.entries({ vi, en })) {
      for (const code of Object.keys(SAMPLES) as (keyof TypedIoIssueFields)[]) {
        expect(IO_ISSUE_CODES[code], code).toBeDefined()
        for (const fields of SAMPLES[code]) {
          const text = (
            catalogue[code] as (f: typeof fields) => { message: string; hint?: string }
          )(fields)
          expect(text.message, `${lang} ${code}`).toMatch(/\S/)
          expect(text.hint, `${lang} ${code}`).toMatch(/\S/)
          expect(text.message, `${lang} ${code}`).not.toMatch(/undefined|NaN|\[object/)
          const digits = text.message.replace(/\u202f/g, '')
          expect(digits, `${lang} ${code}`).toContain(String(fields.max))
          if ('found' in fields && fields.found !== undefined) {
            expect(digits, `${lang} ${code}`).toContain(String(fields.found))
          }
          if ('limit' in fields) expect(text.hint, `${lang} ${code}`).toContain(fields.limit)
        }
      }
    }
  })

  it('tell an estimate of a file’s size from its exact size', () => {
    const fields: LimitExceededFields = {
      limit: 'maxFileBytes',
      max: 10,
      measure: 'file_bytes',
      found: 11,
      stoppedReading: true,
    }
    expect(en.limit_exceeded(fields).message).toContain('(11 bytes)')
    expect(en.limit_exceeded({ ...fields, foundAtLeast: true }).message).toContain(
      '(at least 11 bytes)',
    )
    expect(vi.limit_exceeded({ ...fields, foundAtLeast: true }).message).toContain(
      '(ít nhất 11 byte)',
    )
  })
})
