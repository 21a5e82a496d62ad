import { describe, expect, it } from 'vitest'
import { detectFormat } from './format'
import { isTiendoIssue } from './issue'
import { DEFAULT_READ_LIMITS, limitFlag, resolveLimits } from './limits'

describe('detectFormat', () => {
  it.each([
    ['data.csv', 'csv'],
    ['data/Quý 3.CSV', 'csv'],
    ['a.ndjson', 'ndjson'],
    ['a.jsonl', 'ndjson'],
    ['a.json', 'json'],
    ['C:\\số liệu\\book.XLSX', 'xlsx'],
    ['a.xls', undefined],
    ['a.tsv', undefined],
    ['.csv', undefined],
    ['csv', undefined],
    ['folder.csv/data', undefined],
  ])('%s → %s', (name, format) => {
    expect(detectFormat(name)).toBe(format)
  })
})

describe('limits', () => {
  it('has safe defaults', () => {
    expect(DEFAULT_READ_LIMITS).toEqual({
      maxFileBytes: 2 * 1024 * 1024 * 1024,
      maxInMemoryBytes: 64 * 1024 * 1024,
      maxRows: 10_000_000,
      maxColumns: 200,
      maxCellChars: 100_000,
    })
    expect(Object.isFrozen(DEFAULT_READ_LIMITS)).toBe(true)
  })

  it('lays given limits over the defaults and refuses nonsense', () => {
    expect(resolveLimits({ maxRows: 5 })).toEqual({ ...DEFAULT_READ_LIMITS, maxRows: 5 })
    expect(() => resolveLimits({ maxRows: -1 })).toThrow(RangeError)
    expect(() => resolveLimits({ maxCellChars: 1.5 })).toThrow('limits.maxCellChars')
  })

  it('names the command-line flag of each limit', () => {
    expect(limitFlag('maxInMemoryBytes')).toBe('--max-in-memory-bytes')
    expect(limitFlag('maxRows')).toBe('--max-rows')
  })
})

describe('isTiendoIssue', () => {
  it('tells issues from rows and observations', () => {
    const issue = { code: 'x', severity: 'error', message: { vi: 'a', en: 'b' } }
    expect(isTiendoIssue(issue)).toBe(true)
    expect(isTiendoIssue({ kind: 'row', cells: {}, location: {} })).toBe(false)
    expect(isTiendoIssue({ observation: {}, location: {} })).toBe(false)
    expect(isTiendoIssue(null)).toBe(false)
  })
})
