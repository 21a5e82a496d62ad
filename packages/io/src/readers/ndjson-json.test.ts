import { describe, expect, it } from 'vitest'
import { drain, fixture, plain } from '../__tests__/helpers'
import { readRows } from '../read-rows'
import { readSourceRows } from '../read-source-rows'
import { locateJsonSyntaxError } from './json-position'

describe('reading NDJSON rows', () => {
  it('reads each line, reporting broken lines and going on', async () => {
    const file = fixture('observations.ndjson')
    const { rows, issues, order } = await drain(readRows(file))
    expect(order).toEqual([
      'row',
      'row',
      'invalid_json',
      'row',
      'not_an_object',
      'row',
      'row',
      'invalid_cell',
      'row',
    ])
    expect(rows.map((row) => [row.location.row, row.rejected ?? false])).toEqual([
      [1, false],
      [2, false],
      [4, true],
      [5, true],
      [6, false],
      [7, true],
    ])
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['invalid_json', { file, row: 4 }],
      ['not_an_object', { file, row: 5 }],
      ['invalid_cell', { file, row: 7, column: 'value' }],
    ])
    // `"value":}` — the 62nd character of line 4 is the `}`.
    expect(issues[0]?.message.en).toBe(
      'Invalid JSON on line 4, character 62: expected a value (a string, number, object, array, true, false or null) but found "}".',
    )
    expect(issues[0]?.message.vi).toContain('dòng 4, ký tự 62')
    expect(issues[0]?.hint?.en).toContain('A value is missing after the colon')
    expect(issues[1]?.message.vi).toContain('một mảng')
  })

  it('keeps JSON numbers as their decimal text, marked as numbers', async () => {
    const { rows } = await drain(readRows(fixture('observations.ndjson')))
    expect(plain(rows[1]).value).toBe('0.6869')
    expect(rows[1]?.types).toEqual({ value: 'number' })
    expect(rows[0]?.types).toBeUndefined()
  })
})

describe('reading JSON rows', () => {
  it('locates rows and cells by JSON Pointer', async () => {
    const file = fixture('observations.json')
    const { rows, issues } = await drain(readRows(file))
    expect(rows.map((row) => [row.location, row.rejected ?? false])).toEqual([
      [{ file, path: '/0' }, false],
      [{ file, path: '/1' }, false],
      [{ file, path: '/2' }, false],
      [{ file, path: '/3' }, true],
      [{ file, path: '/4' }, true],
    ])
    expect(issues.map((issue) => [issue.code, issue.severity, issue.location])).toEqual([
      ['not_an_object', 'error', { file, path: '/3' }],
      ['imprecise_number', 'error', { file, path: '/4/value' }],
    ])
    expect(issues[1]?.hint?.en).toContain('strings')
    expect(issues[1]?.hint?.vi).toContain('ngoặc kép')
  })

  it('names the key that holds the array when the file is an object', async () => {
    const file = fixture('not-an-array.json')
    const { rows, issues } = await drain(readRows(file))
    expect(rows).toEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'not_an_array', location: { file, path: '' } })
    expect(issues[0]?.message.en).toContain('an object')
    expect(issues[0]?.message.vi).toContain('một đối tượng')
    expect(issues[0]?.hint?.en).toContain('"observations"')
  })

  it('locates a syntax error by line and character, and recognises a trailing comma', async () => {
    const file = fixture('syntax-error.json')
    const { issues } = await drain(readRows(file))
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['invalid_json', { file, row: 2 }],
    ])
    expect(issues[0]?.message.en).toContain('line 2, character 43')
    expect(issues[0]?.hint?.en).toBe('Remove the extra comma before the closing bracket.')
    expect(issues[0]?.hint?.vi).toBe('Xóa dấu phẩy thừa trước dấu đóng.')
  })

  it.each([
    ['data.json', '[\n  // the 2024 figures\n  {"indicator": "x"}\n]'],
    ['data.json', '[{"indicator": "x"} /* draft */]'],
    ['data.ndjson', '{"indicator": "x"} // draft'],
  ])('tells a comment in %s that JSON has none', async (name, text) => {
    const { issues } = await drain(readSourceRows({ name, text }))
    expect(issues.map((issue) => issue.code)).toEqual(['invalid_json'])
    expect(issues[0]?.hint?.en).toMatch(/^JSON has no comments: remove the `\/\/` or/)
    expect(issues[0]?.hint?.vi).toMatch(/^JSON không có chú thích/)
    expect(issues[0]).toMatchObject({ found: text.includes('/*') ? '/*' : '//' })
  })

  it('takes a slash that opens no comment for no comment', async () => {
    const { issues } = await drain(readSourceRows({ name: 'data.json', text: '[{"a": /x}]' }))
    expect(issues[0]).toMatchObject({ code: 'invalid_json', found: '/' })
    expect(issues[0]?.hint?.en).not.toMatch(/comment/)
    expect(locateJsonSyntaxError('{"a": /x}')?.comment).toBe(false)
    expect(locateJsonSyntaxError('{"a": 1 // x\n}')?.comment).toBe(true)
    expect(locateJsonSyntaxError('{"a": 1}')).toBeUndefined()
  })

  it('calls an empty array a valid file with no rows', async () => {
    const { issues } = await drain(readRows(fixture('empty-array.json')))
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([['no_rows', 'info']])
  })
})
