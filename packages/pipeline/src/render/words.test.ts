import { describe, expect, it } from 'vitest'
import { PROGRESS_WORDS } from './words'

describe('the validation summary', () => {
  it('agrees with its counts in English', () => {
    const one = { files: 1, rows: 1, errors: 1, warnings: 1, quarantined: 1 }
    expect(PROGRESS_WORDS.en.validationSummary(one)).toBe(
      '1 file, 1 row, 1 error, 1 warning; 1 row refused, used in no figure',
    )
    const two = { files: 2, rows: 10, errors: 0, warnings: 2, quarantined: 0 }
    expect(PROGRESS_WORDS.en.validationSummary(two)).toBe('2 files, 10 rows, 0 errors, 2 warnings')
    expect(PROGRESS_WORDS.vi.validationSummary(one)).toContain('1 tệp, 1 dòng, 1 lỗi')
  })
})

describe('the English summaries', () => {
  it('make each count agree with its noun: 1 scope, 1 figure, 2 scopes', () => {
    const rules = { passed: 1, failed: 0, skipped: 0 }
    expect(PROGRESS_WORDS.en.rulesSummary({ ...rules, scopes: 1 })).toBe(
      '1 passed, 0 failed, 0 skipped, over 1 scope (unit × period)',
    )
    expect(PROGRESS_WORDS.en.rulesSummary({ ...rules, scopes: 2 })).toContain('over 2 scopes')
    expect(PROGRESS_WORDS.en.derivedSummary(1, 0)).toBe('1 figure derived from those submitted')
    expect(PROGRESS_WORDS.en.derivedSummary(0, 0)).toBe('0 figures derived from those submitted')
  })
})
