import { observationsFromRows } from '@tiendo/io/parse'
import { describe, expect, it } from 'vitest'
import { csvRowItems, splitCsv } from './csv'

describe('splitCsv', () => {
  it('reads quotes, doubled quotes, commas and line breaks inside quotes', () => {
    const text = 'a,b\n"x, y","say ""hi"""\n"two\nlines",z\n'
    expect(splitCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 3, cells: ['two\nlines', 'z'] },
    ])
  })

  it('counts lines as an editor does, with CRLF, a BOM and blank lines', () => {
    const text = '\uFEFFa,b\r\n\r\n1,2\r\n3,'
    expect(splitCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', '2'] },
      { line: 4, cells: ['3', ''] },
    ])
  })
})

describe('csvRowItems', () => {
  it('feeds @tiendo/io/parse: observations with their file and row', async () => {
    const text = 'indicator,unit,period,value\nhousehold_fibre_rate,58,2024,81.7\nx,58,2024,87,5\n'
    const items = []
    for await (const item of observationsFromRows(csvRowItems(text, 'f.csv'))) items.push(item)
    expect(items[0]).toMatchObject({
      observation: { indicator: 'household_fibre_rate', unit: '58', period: '2024', value: '81.7' },
      location: { file: 'f.csv', row: 2 },
    })
    // The extra cell of row 3 has no column: the value read is `87`, as the file's header says.
    expect(items[1]).toMatchObject({ observation: { value: '87' }, location: { row: 3 } })
  })

  it('turns empty cells into missing ones and text into NFC', async () => {
    const decomposed = 'Kha\u0301nh Ho\u0300a'
    const items = []
    for await (const item of csvRowItems(`a,b\n,${decomposed}\n`, 'f.csv')) items.push(item)
    expect(items[1]).toMatchObject({ kind: 'row', cells: { a: undefined, b: 'Khánh Hòa' } })
  })
})
