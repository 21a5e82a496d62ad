import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drain, fixture, plain } from '../__tests__/helpers'
import { readRows } from '../read-rows'

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-io-csv-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('reading CSV rows', () => {
  it('reads UTF-8 with a BOM and CRLF, locating each record by the line it starts on', async () => {
    const file = fixture('observations-bom-crlf.csv')
    const { headers, rows, issues } = await drain(readRows(file))
    expect(issues).toEqual([])
    expect(headers).toEqual([
      {
        kind: 'header',
        columns: ['indicator', 'unit', 'period', 'value', 'status', 'source', 'note'],
        location: { file, row: 1 },
      },
    ])
    // Line 3 holds a quoted note that runs onto line 4, so the next record starts on line 5.
    expect(rows.map((row) => row.location.row)).toEqual([2, 3, 5, 6])
    expect(plain(rows[1])).toEqual({
      indicator: 'smartphone_user_rate',
      unit: '58',
      period: '2024-01/2024-09',
      value: '87.5',
      status: 'estimate',
      source: undefined,
      note: 'Tỉnh Ninh Thuận,\r\nchín tháng đầu năm',
    })
    expect(plain(rows[2]).value).toBeUndefined()
  })

  it('skips blank lines and rows of empty cells, keeping the line numbers an editor shows', async () => {
    const { rows, issues } = await drain(readRows(fixture('observations-lf.csv')))
    expect(issues).toEqual([])
    expect(rows.map((row) => row.location.row)).toEqual([2, 4, 6])
  })

  it('normalises text to NFC', async () => {
    const { rows } = await drain(readRows(fixture('nfd.csv')))
    const note = plain(rows[0]).note
    expect(note).toBe('Khánh Hòa sau sáp nhập'.normalize('NFC'))
    expect(note).not.toBe('Khánh Hòa sau sáp nhập'.normalize('NFD'))
  })

  it('explains a semicolon-delimited file once, instead of a column error per row', async () => {
    const file = fixture('semicolon.csv')
    const { rows, headers, issues } = await drain(readRows(file))
    expect(rows).toEqual([])
    expect(headers).toEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'semicolon_delimited',
      severity: 'error',
      location: { file, row: 1 },
    })
    expect(issues[0]?.message.vi).toContain('dấu chấm phẩy')
    expect(issues[0]?.message.en).toContain('semicolons')
    expect(issues[0]?.hint?.en).toContain('--number-locale vi')
    expect(issues[0]?.hint?.vi).toContain('.xlsx')
  })

  it('explains a tab-delimited file', async () => {
    const { issues } = await drain(readRows(fixture('tabs.csv')))
    expect(issues.map((issue) => issue.code)).toEqual(['tab_delimited'])
  })

  it('reports ragged rows at their line and reads the rows around them', async () => {
    const file = fixture('ragged.csv')
    const { rows, issues } = await drain(readRows(file))
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['ragged_row', 2],
      ['ragged_row', 3],
    ])
    expect(issues[0]?.message.en).toBe('The row has 6 cells but the header has 5 columns.')
    expect(issues[0]?.message.vi).toBe('Dòng có 6 ô nhưng dòng tiêu đề có 5 cột.')
    expect(issues[0]?.hint?.en).toContain('quoted')
    expect(issues[1]?.message.en).toBe('The row has only 4 cells but the header has 5 columns.')
    expect(rows.map((row) => [row.location.row, row.rejected ?? false])).toEqual([
      [2, true],
      [3, true],
      [4, false],
    ])
  })

  it('names a number an unquoted comma split, at its column, with how to write it', async () => {
    const file = join(folder, 'split-number.csv')
    await writeFile(
      file,
      'indicator,unit,period,value,note\nx,56,2024,87,5,\nx,56,2025,1,250,\nx,56,2023,12,Phan Rang, Ninh Thuan\n',
    )
    const { rows, issues } = await drain(readRows(file))
    expect(
      issues.map((issue) => [issue.code, issue.location?.row, issue.location?.column]),
    ).toEqual([
      ['ragged_row', 2, 'value'],
      ['ragged_row', 3, 'value'],
      ['ragged_row', 4, undefined],
    ])
    expect(issues[0]).toMatchObject({ splitNumber: '87,5', decimalReading: '87.5' })
    expect(issues[0]).not.toHaveProperty('thousandsReading')
    expect(issues[0]?.message.en).toBe(
      'The row has 6 cells but the header has 5 columns: the comma in the number `87,5` split it across cells.',
    )
    expect(issues[0]?.hint?.en).toContain('Write `87.5`, with a dot for decimals.')
    expect(issues[0]?.hint?.en).toContain('(`"87,5"`) and state `--number-locale vi`')
    expect(issues[0]?.hint?.vi).toContain('Ghi `87.5`, dùng dấu chấm cho phần thập phân.')
    expect(issues[1]).toMatchObject({ thousandsReading: '1250', decimalReading: '1.250' })
    expect(issues[1]?.hint?.en).toContain(
      'Write `1250` if the comma separates thousands, or `1.250` if it is the decimal mark.',
    )
    expect(issues[1]?.message.vi).toContain('dấu phẩy trong số `1,250`')
    // Text split by a comma keeps the advice about quoting text.
    expect(issues[2]?.hint?.en).toContain('Phan Rang')
    expect(rows.every((row) => row.rejected)).toBe(true)
  })

  it("counts one cell or column in the singular in a ragged row's message", async () => {
    const file = join(folder, 'one-column.csv')
    await writeFile(file, 'indicator\nsmartphone_user_rate,58\n')
    const { issues } = await drain(readRows(file))
    expect(issues[0]?.message.en).toBe('The row has 2 cells but the header has 1 column.')
    await writeFile(file, 'indicator,unit\nsmartphone_user_rate\n')
    const again = await drain(readRows(file))
    expect(again.issues[0]?.message.en).toBe(
      'The row has only 1 cell but the header has 2 columns.',
    )
  })

  it('reports an unclosed quote at the line and column where its record starts', async () => {
    const file = fixture('unclosed-quote.csv')
    const { rows, issues } = await drain(readRows(file))
    expect(rows.map((row) => row.location.row)).toEqual([2])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'unclosed_quote',
      location: { file, row: 3, column: 'note' },
    })
    expect(issues[0]?.message.vi).toContain('ngoặc kép')
    expect(issues[0]?.hint?.en).toContain('`""`')
  })

  it('skips the first line `sep=,` Excel writes, saying so, and keeps the lines an editor shows', async () => {
    const file = join(folder, 'sep-line.csv')
    const body = 'indicator,unit,period,value\r\nx,58,2024,87.5\r\ny,58,2024,1\r\n'
    for (const first of ['sep=,', 'SEP=,', '\ufeffsep=,']) {
      await writeFile(file, `${first}\r\n${body}`)
      const { headers, rows, issues, order } = await drain(readRows(file))
      expect(order).toEqual(['sep_line', 'header', 'row', 'row'])
      expect(headers[0]).toMatchObject({ columns: ['indicator', 'unit', 'period', 'value'] })
      expect(headers[0]?.location).toEqual({ file, row: 2 })
      expect(rows.map((row) => [row.location.row, plain(row).value])).toEqual([
        [3, '87.5'],
        [4, '1'],
      ])
      expect(issues[0]).toMatchObject({
        code: 'sep_line',
        severity: 'info',
        location: { file, row: 1 },
      })
      expect(issues[0]?.message.en).toContain('Tiendo skipped it and read the header from line 2')
      expect(issues[0]?.message.vi).toContain('bỏ qua dòng này')
      expect(issues[0]?.hint?.en).toContain('delete the first line')
    }
  })

  it('reads `sep=` only as the first line, and refuses `sep=;` as a semicolon-separated file', async () => {
    const file = join(folder, 'sep-later.csv')
    await writeFile(file, 'indicator,unit,period,value\nsep=,\nx,58,2024,1\n')
    const later = await drain(readRows(file))
    expect(later.issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['ragged_row', 2],
    ])
    await writeFile(file, 'sep=;\nindicator;unit;period;value\nx;58;2024;1\n')
    const semicolon = await drain(readRows(file))
    expect(semicolon.issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['semicolon_delimited', 1],
    ])
  })

  it('gives no verdict on a file an unclosed quote stopped before any row', async () => {
    const file = join(folder, 'unclosed-first-row.csv')
    await writeFile(file, 'indicator,unit,period,value,note\nx,y,z,1,"never closed\nmore')
    const { headers, rows, issues } = await drain(readRows(file))
    expect(headers).toHaveLength(1)
    expect(rows).toEqual([])
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['unclosed_quote', 2],
    ])
    await writeFile(file, '"indicator,unit\n')
    const header = await drain(readRows(file))
    expect(header.issues.map((issue) => issue.code)).toEqual(['unclosed_quote'])
  })

  it('reads every row before a record too long, after a line csv-parse had to read', async () => {
    const file = join(folder, 'too-long.csv')
    const lines = ['indicator,unit,period,value,note', 'a,1,2024,1,"multi\nline"']
    for (let i = 0; i < 100; i++) lines.push(`a,${i},2024,1,n${i}`)
    lines.push(`a,1,2024,1,"${'x'.repeat(300)}"`, 'b,1,2024,1,after')
    await writeFile(file, lines.join('\n'))
    const limits = { maxCellChars: 20, maxColumns: 5 }
    const { rows, issues } = await drain(readRows(file, { limits }))
    expect(rows).toHaveLength(101)
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['limit_exceeded', { file, row: 104, column: 'note' }],
    ])
  })

  it('calls a zero-byte file empty, and a header-only file a valid file with no rows', async () => {
    const empty = await drain(readRows(fixture('empty.csv')))
    expect(empty.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['empty_file', 'error'],
    ])
    const headerOnly = await drain(readRows(fixture('header-only.csv')))
    expect(headerOnly.headers).toHaveLength(1)
    expect(
      headerOnly.issues.map((issue) => [issue.code, issue.severity, issue.location?.row]),
    ).toEqual([['header_only', 'info', 1]])
  })

  it('calls a file of blank lines and spaces empty, and skips a row of spaces', async () => {
    for (const [name, text] of [
      ['blank-lines.csv', '\n\n\r\n'],
      ['spaces.csv', '  \n\t\n'],
      ['spaced-cells.csv', ' , \u00a0,,\n'],
    ] as const) {
      const file = join(folder, name)
      await writeFile(file, text)
      const { headers, issues } = await drain(readRows(file))
      expect(headers, name).toHaveLength(0)
      expect(
        issues.map((issue) => issue.code),
        name,
      ).toEqual(['empty_file'])
    }
    const file = join(folder, 'spaces-under-header.csv')
    await writeFile(file, 'indicator,unit,period,value\n , , , \n')
    const { rows, issues } = await drain(readRows(file))
    expect(rows).toHaveLength(0)
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([['header_only', 1]])
  })

  it('reports a repeated column and data under a column without a name', async () => {
    const file = fixture('duplicate-columns.csv')
    const { headers, rows, issues } = await drain(readRows(file))
    expect(headers[0]?.columns).toEqual(['indicator', 'unit', 'period', 'value'])
    expect(plain(rows[0]).value).toBe('0.7')
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['duplicate_column', { file, row: 1, column: 'value' }],
      ['cell_without_header', { file, row: 2 }],
    ])
    expect(issues[0]?.message.en).toContain('columns 4 and 5')
    expect(issues[1]?.message.vi).toContain('Cột thứ 6')
  })

  it('stops at the line that is not UTF-8, after reading the lines before it', async () => {
    const file = fixture('not-utf8.csv')
    const { rows, issues } = await drain(readRows(file))
    expect(rows.map((row) => row.location.row)).toEqual([2])
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['invalid_utf8', { file, row: 3 }],
    ])
  })

  it('reads another encoding when told, normalising it to NFC', async () => {
    const { rows, issues } = await drain(
      readRows(fixture('not-utf8.csv'), { encoding: 'windows-1258' }),
    )
    expect(issues).toEqual([])
    // In Windows-1258 0xE1 is "á" and 0xF2 a combining dot below, which NFC joins to the H.
    expect(plain(rows[1]).note).toBe('Khánh \u1e24a')
  })
})
