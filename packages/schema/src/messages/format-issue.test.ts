import { describe, expect, it } from 'vitest'
import type { TiendoIssue } from '../issue'
import { formatIssue } from './format-issue'

const issue: TiendoIssue = {
  code: 'decimal_syntax',
  severity: 'error',
  message: { vi: 'Trường `value` không phải là số.', en: 'Field `value` is not a number.' },
  hint: { vi: 'Ghi `87.5`.', en: 'Write `87.5`.' },
  location: { file: 'data.csv', row: 12, column: 'value' },
}

describe('formatIssue', () => {
  it('puts location, severity, code, message and hint on one line', () => {
    expect(formatIssue(issue, 'en')).toBe(
      'data.csv, row 12, column value: error [decimal_syntax] Field `value` is not a number. Fix: Write `87.5`.',
    )
    expect(formatIssue(issue, 'vi')).toBe(
      'data.csv, dòng 12, cột value: lỗi [decimal_syntax] Trường `value` không phải là số. Cách sửa: Ghi `87.5`.',
    )
  })

  it('shows a JSON Pointer after the file, and works without a location or hint', () => {
    const inPack = { ...issue, location: { file: 'pack.json', path: '/indicators/3' } }
    expect(formatIssue(inPack, 'en')).toMatch(/^pack\.json#\/indicators\/3: error/)
    const bare = { ...issue, location: undefined, hint: undefined, severity: 'warning' as const }
    expect(formatIssue(bare, 'vi')).toBe(
      'cảnh báo [decimal_syntax] Trường `value` không phải là số.',
    )
  })

  it('keeps hostile text on one line and free of terminal escapes', () => {
    const hostile = { ...issue, location: { file: 'a\u001b[2Jb.csv\nc', row: 1 } }
    const line = formatIssue(hostile, 'en')
    expect(line).not.toContain('\n')
    expect(line).not.toContain('\u001b')
    expect(line).toContain('a\\u001b[2Jb.csv c')
    // A right-to-left override reverses what follows it on screen (`txt.exe` read as `exe.txt`).
    const reordered = formatIssue({ ...issue, location: { file: 'a\u202etxt.exe', row: 1 } }, 'en')
    expect(reordered).not.toContain('\u202e')
    expect(reordered).toContain('a\\u202etxt.exe')
  })
})
