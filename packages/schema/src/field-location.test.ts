import { describe, expect, it } from 'vitest'
import { cellOfRow, fieldLocation } from './field-location'

describe('fieldLocation', () => {
  it('names the column of a row in a table', () => {
    expect(fieldLocation({ file: 'a.csv', row: 3 }, 'unit')).toEqual({
      file: 'a.csv',
      row: 3,
      column: 'unit',
    })
  })

  it('extends the pointer of a row in a JSON file, escaped as RFC 6901 asks', () => {
    expect(fieldLocation({ file: 'a.json', path: '/3' }, 'unit')).toEqual({
      file: 'a.json',
      path: '/3/unit',
    })
    expect(fieldLocation({ path: '/0' }, 'a/b~c')).toEqual({ path: '/0/a~1b~0c' })
  })

  it('keeps a column the location names already', () => {
    const cell = { file: 'a.csv', row: 3, column: 'value' }
    expect(fieldLocation(cell, 'unit')).toBe(cell)
  })
})

describe('cellOfRow', () => {
  it('names the cell a row location asks for, as fieldLocation does', () => {
    for (const row of [
      { file: 'a.csv', row: 3 },
      { file: 'a.json', path: '/3' },
    ]) {
      expect(cellOfRow(row, 'a/b~c')).toEqual(fieldLocation(row, 'a/b~c'))
    }
  })

  it('puts the cell’s column in place of one the location named', () => {
    expect(cellOfRow({ file: 'a.csv', row: 3, column: 'value' }, 'unit')).toEqual({
      file: 'a.csv',
      row: 3,
      column: 'unit',
    })
  })
})
