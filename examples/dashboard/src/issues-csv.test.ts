import { describe, expect, it } from 'vitest'
import { csvCell, issuesToCsv } from './issues-csv'
import type { IssueView } from './page-view'

describe('csvCell', () => {
  it('quotes what must be quoted', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
  })

  it('keeps a cell that a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvCell('+1')).toBe("'+1")
    expect(csvCell('-2')).toBe("'-2")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
  })
})

describe('issuesToCsv', () => {
  const issue: IssueView = {
    index: 0,
    code: 'invalid_number',
    rule: null,
    severity: 'error',
    message: '"abc" không phải là số.',
    hint: 'Chỉ viết chữ số, dấu `.` thập phân',
    file: 'quý 3.csv',
    sheet: null,
    row: 5,
    column: 'value',
    path: null,
    where: 'quý 3.csv:5 [value]',
    indicator: 'smartphone_user_rate',
    unit: '58',
    period: '2023',
    rowKey: '5',
  }

  it('writes a header and one line per issue, with a BOM and CRLF for Excel', () => {
    const csv = issuesToCsv([issue])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.slice(1).split('\r\n')).toEqual([
      'severity,code,rule,file,sheet,row,column,path,indicator,unit,period,message,hint',
      'error,invalid_number,,quý 3.csv,,5,value,,smartphone_user_rate,58,2023,"""abc"" không phải là số.","Chỉ viết chữ số, dấu `.` thập phân"',
      '',
    ])
  })
})
