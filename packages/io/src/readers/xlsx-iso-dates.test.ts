import { describe, expect, it } from 'vitest'
import { isoCellDate, isoDateCellsOf } from './xlsx-iso-dates'

const sheet = (cells: string) =>
  `<?xml version="1.0"?><worksheet><sheetData><row r="2">${cells}</row></sheetData></worksheet>`

describe('finding the t="d" cells of a sheet', () => {
  it('finds each t="d" cell with its address and value, and nothing else', () => {
    const found = isoDateCellsOf(
      sheet(
        '<c r="A2" t="s"><v>3</v></c>' +
          '<c r="B2" t="d"><v>2024-09-01T00:00:00</v></c>' +
          "<c r='c2' s='4' t = 'd'><v> 2023-09-15 </v></c>" +
          '<c r="D2" t="d"><f>TODAY()</f><v>2024-02-29T08:15:00</v></c>' +
          '<c r="E2" t="d"/>' +
          '<c r="F2" t="d"><f>TODAY()</f></c>' +
          '<c r="G2"><f t="shared" si="0">H2</f><v>1</v></c>',
      ),
    )
    expect(found).toEqual({
      kind: 'cells',
      cells: new Map([
        ['B2', '2024-09-01T00:00:00'],
        ['C2', '2023-09-15'],
        ['D2', '2024-02-29T08:15:00'],
      ]),
    })
  })

  it('finds none in a sheet without them', () => {
    const found = isoDateCellsOf(sheet('<c r="A2" t="inlineStr"><is><t>a t="d"</t></is></c>'))
    expect(found).toEqual({ kind: 'cells', cells: new Map() })
  })

  it('refuses a t="d" cell without an address rather than guess where it is', () => {
    const found = isoDateCellsOf(sheet('<c t="d"><v>2024-09-01</v></c>'))
    expect(found).toEqual({ kind: 'unaddressed' })
  })
})

describe('the date of an ISO 8601 cell', () => {
  it.each([
    ['2024-09-01', '2024-09-01T00:00:00.000Z'],
    ['2024-09-01T00:00:00', '2024-09-01T00:00:00.000Z'],
    ['2024-09-01T08:15', '2024-09-01T08:15:00.000Z'],
    ['2024-02-29T08:15:30.5', '2024-02-29T08:15:30.500Z'],
    ['2024-09-01T08:15:00.000Z', '2024-09-01T08:15:00.000Z'],
    ['2024-09-01T08:15:00+00:00', '2024-09-01T08:15:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(isoCellDate(text)?.toISOString()).toBe(iso)
  })

  it.each([
    'soon',
    '2024',
    '2023-02-29',
    '2024-13-01',
    '2024-09-01T24:00:00',
    '2024-09-01T08:15:00+07:00',
    '08:15:00',
    '',
  ])('finds no date in %j', (text) => {
    expect(isoCellDate(text)).toBeUndefined()
  })
})
