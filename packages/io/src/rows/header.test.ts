import { describe, expect, it } from 'vitest'
import { buildHeader, cellsOf, columnLetters } from './header'
import { cellLocation } from './raw-row'

describe('buildHeader', () => {
  it('trims names and normalises them to NFC', () => {
    const { header, issues } = buildHeader([' indicator', 'value ', 'ghi chu\u0301'], { row: 1 })
    expect(header.columns).toEqual(['indicator', 'value', 'ghi chú'])
    expect(issues).toEqual([])
  })

  it('reads the first of two equal names and reports the second', () => {
    const { header, issues } = buildHeader(['value', 'unit', 'value'], { file: 'f.csv', row: 1 })
    expect(header.names).toEqual(['value', 'unit', undefined])
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['duplicate_column', { file: 'f.csv', row: 1, column: 'value' }],
    ])
  })
})

describe('cellsOf', () => {
  it('maps cells by name in a prototype-free object, empty cells undefined', () => {
    const { header } = buildHeader(['__proto__', 'value', '', 'note'], { row: 1 })
    const { cells, stray } = cellsOf(header, ['x', '', 'data', 'n'])
    expect(Object.getPrototypeOf(cells)).toBeNull()
    expect(Object.entries(cells)).toEqual([
      ['__proto__', 'x'],
      ['value', undefined],
      ['note', 'n'],
    ])
    expect(stray).toEqual([2])
  })
})

describe('cell locations and letters', () => {
  it('extends a JSON Pointer with an escaped key, or names the column', () => {
    expect(cellLocation({ file: 'a.json', path: '/3' }, 'a/b~c')).toEqual({
      file: 'a.json',
      path: '/3/a~1b~0c',
    })
    expect(cellLocation({ file: 'a.csv', row: 4 }, 'value')).toEqual({
      file: 'a.csv',
      row: 4,
      column: 'value',
    })
  })

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters)
  })
})
