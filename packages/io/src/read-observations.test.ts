import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixture } from './__tests__/helpers'
import { buildXlsxFixtures, type XlsxFixtures } from './__tests__/xlsx-fixtures'
import { CANNOT_READ_CODES } from './codes'
import { isTiendoIssue } from './issue'
import { isIoIssue } from './issue-fields'
import { readObservationFile, readObservations } from './read-observations'

let books: XlsxFixtures
let scratch: string

beforeAll(async () => {
  books = await buildXlsxFixtures()
  scratch = await mkdtemp(join(tmpdir(), 'tiendo-io-observations-'))
})

afterAll(async () => {
  await rm(books.dir, { recursive: true, force: true })
  await rm(scratch, { recursive: true, force: true })
})

describe('readObservationFile', () => {
  it('reads observations with their locations, and reports a row’s problem with its figure', async () => {
    const file = fixture('observations-bom-crlf.csv')
    const { observations, issues, stats } = await readObservationFile(file)
    expect(
      observations.map(({ location, observation }) => [location.row, observation.value]),
    ).toEqual([
      [2, '0.5934'],
      [3, '87.5'],
      [6, '90'],
    ])
    expect(observations[1]?.observation).toEqual({
      indicator: 'smartphone_user_rate',
      unit: '58',
      period: '2024-01/2024-09',
      value: '87.5',
      status: 'estimate',
      note: 'Tỉnh Ninh Thuận,\r\nchín tháng đầu năm',
    })
    // Empty optional cells are absent, not empty strings.
    expect('source' in (observations[1]?.observation ?? {})).toBe(false)
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'value_required',
      severity: 'error',
      location: { file, row: 5, column: 'value' },
      indicator: 'household_fibre_rate',
      unit: '58',
      period: '2024',
    })
    expect(issues[0]?.message.vi).toMatch(/value/)
    expect(issues[0]?.message.en).toMatch(/value/)
    expect(stats).toEqual({ rows: 4, accepted: 3, errors: 1, warnings: 0, infos: 0 })
  })

  it('reads qualifiers: a range without a value and a lower bound', async () => {
    const { observations, issues } = await readObservationFile(fixture('observations-lf.csv'))
    expect(issues).toEqual([])
    expect(observations.map((row) => row.observation)).toEqual([
      {
        indicator: 'digital_economy_share',
        unit: '58',
        period: '2024',
        qualifier: 'range',
        low: '25',
        high: '30',
      },
      {
        indicator: 'ecommerce_enterprise_count',
        unit: '58',
        period: '2024',
        value: '90',
        qualifier: 'more_than',
      },
      { indicator: 'dti_score', unit: '56', period: '2024', value: '0.7079' },
    ])
  })

  it('reports every malformed number at its cell', async () => {
    const file = fixture('numbers.csv')
    const { observations, issues } = await readObservationFile(file)
    expect(observations.map((row) => row.observation.value)).toEqual(['-12.25'])
    expect(
      issues.map((issue) => [issue.code, issue.location?.row, issue.location?.column]),
    ).toEqual([
      ['ambiguous_number', 2, 'value'],
      ['invalid_number', 3, 'value'],
      ['invalid_number', 4, 'value'],
      ['invalid_number', 5, 'value'],
      ['invalid_number', 6, 'value'],
      ['invalid_number', 7, 'value'],
      ['invalid_number', 8, 'value'],
      ['invalid_number', 10, 'value'],
    ])
    // No second issue saying the refused value is missing.
    expect(issues.filter((issue) => issue.code === 'value_required')).toEqual([])
  })

  it('refuses a Vietnamese-format file without the locale, and doubts its 363.558 too', async () => {
    const file = fixture('vietnamese-numbers.csv')
    const { observations, issues } = await readObservationFile(file)
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['ambiguous_number', 3],
      ['invalid_number', 4],
      ['ambiguous_number', 2],
    ])
    const doubt = issues[2]
    expect(doubt?.message.en).toContain('may mean 363558 rather than 363.558')
    expect(doubt?.message.vi).toContain('có thể là 363558')
    expect(doubt?.related).toEqual([{ file, row: 3, column: 'value' }])
    expect(doubt).toMatchObject({ indicator: 'population', unit: '58', period: '2024' })
    // The row parsed, so it is listed; the file is invalid all the same.
    expect(observations.map((row) => row.observation.value)).toEqual(['363.558'])
  })

  it('reads the same file the Vietnamese way when told', async () => {
    const { observations, issues } = await readObservationFile(fixture('vietnamese-numbers.csv'), {
      numberLocale: 'vi',
    })
    expect(issues).toEqual([])
    expect(observations.map((row) => row.observation.value)).toEqual([
      '363558',
      '87.5',
      '1234567.89',
    ])
  })

  it('never re-reads a spreadsheet number through the Vietnamese locale', async () => {
    const { observations } = await readObservationFile(books.observations, { numberLocale: 'vi' })
    const population = observations.find((row) => row.observation.indicator === 'population')
    expect(population?.observation.value).toBe('363.558')
  })

  it('reports missing required columns once, with a hint at the column meant', async () => {
    const file = fixture('missing-column.csv')
    const { observations, issues, stats } = await readObservationFile(file)
    expect(observations).toEqual([])
    expect(issues.map((issue) => [issue.code, issue.severity, issue.location])).toEqual([
      ['missing_column', 'error', { file, row: 1 }],
      ['missing_column', 'error', { file, row: 1 }],
      // `Đơn vị` and `Giá trị` are named by those hints, to rename: not also "unknown".
      ['unknown_column', 'warning', { file, row: 1, column: 'extra' }],
    ])
    expect(issues[0]?.message.en).toBe('The required column `unit` is missing.')
    expect(issues[0]?.message.vi).toBe('Thiếu cột bắt buộc `unit`.')
    expect(issues[1]?.hint?.en).toContain('Is the column "Giá trị" meant to be `value`?')
    expect(issues[1]?.hint?.vi).toContain('Cột "Giá trị" có phải là `value` không?')
    expect(stats).toMatchObject({ rows: 1, accepted: 0, errors: 2, warnings: 1 })
  })

  it('treats a header-only file as a valid submission with no rows', async () => {
    const { observations, issues, stats } = await readObservationFile(fixture('header-only.csv'))
    expect(observations).toEqual([])
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
    expect(stats).toEqual({ rows: 0, accepted: 0, errors: 0, warnings: 0, infos: 1 })
  })

  it('reports a key Tiendo does not read once per file', async () => {
    const file = fixture('observations.ndjson')
    const { observations, issues } = await readObservationFile(file)
    expect(observations.map((row) => [row.location.row, row.observation.value])).toEqual([
      [1, '0.5934'],
      [2, '0.6869'],
    ])
    expect(
      issues.filter((issue) => issue.code === 'unknown_column').map((issue) => issue.location),
    ).toEqual([{ file, row: 6, column: 'extra' }])
  })

  it('locates schema problems in JSON by JSON Pointer', async () => {
    const file = fixture('observations.json')
    const { issues } = await readObservationFile(file)
    const schema = issues.filter((issue) => issue.location?.path?.startsWith('/2'))
    expect(schema.map((issue) => [issue.code, issue.location])).toEqual([
      ['id_syntax', { file, path: '/2/indicator' }],
      ['period_month_range', { file, path: '/2/period' }],
    ])
    expect(schema[0]).toMatchObject({ indicator: 'DTI score', period: '2024-13' })
  })

  it('adds a hint when Excel turned a period into a date', async () => {
    const { issues } = await readObservationFile(books.observations)
    const period = issues.find((issue) => issue.location?.column === 'period')
    expect(period?.location).toMatchObject({ sheet: 'Số liệu', row: 11 })
    expect(period?.hint?.en).toContain('Excel may have turned')
    expect(period?.hint?.vi).toContain('Excel có thể đã tự đổi')
  })

  it('calls an ISO 8601 date cell (t="d") a date, never the year it starts with', async () => {
    const { observations, issues } = await readObservationFile(books.isoDates)
    // Before, `2024-09-01T00:00:00` was read as 2024: row 2 passed as the period 2024.
    expect(observations.map(({ location }) => location.row)).toEqual([7])
    const period = issues.find((issue) => issue.location?.row === 2)
    expect(period).toMatchObject({ code: 'period_syntax', location: { column: 'period' } })
    expect(period?.hint?.en).toContain('Excel may have turned')
    const value = issues.find((issue) => issue.location?.row === 3)
    expect(value).toMatchObject({ code: 'invalid_number', location: { column: 'value' } })
    expect(value?.message.en).toBe('The cell holds a date, not a number.')
  })

  it('keeps at most maxIssues issues but counts them all', async () => {
    const { issues, stats } = await readObservationFile(fixture('numbers.csv'), { maxIssues: 2 })
    expect(issues.map((issue) => issue.code)).toEqual([
      'ambiguous_number',
      'invalid_number',
      'too_many_issues',
    ])
    expect(stats.errors).toBe(8)
    expect(stats.warnings).toBe(1)
  })
})

describe('readObservations, files that cannot be read', () => {
  it.each([
    ['missing.csv', 'file_not_found', 'does not exist'],
    ['notes.dat', 'unknown_format', 'not known from its extension'],
    [
      'so-lieu.txt',
      'unknown_format',
      'If it holds comma-separated figures, give it the extension .csv',
    ],
    ['so-lieu.tsv', 'unknown_format', 'a text file with tabs between its columns'],
    ['book.xls', 'unknown_format', 'old-style Excel workbook'],
    ['so-lieu.ods', 'unknown_format', 'OpenDocument spreadsheet (LibreOffice Calc)'],
    ['bao-cao.docx', 'unknown_format', 'a Word document, not a table of figures'],
    ['bao-cao.PDF', 'unknown_format', 'a PDF document, not a table of figures'],
  ])('reports %s as %s', async (name, code, words) => {
    const file = join(scratch, name)
    // The file must be there to be judged by its extension.
    if (code !== 'file_not_found') await writeFile(file, 'indicator,unit,period,value\n')
    const { issues } = await readObservationFile(file)
    expect(issues.map((issue) => issue.code)).toEqual([code])
    const { message, hint } = issues[0] ?? {}
    expect(`${message?.en} ${hint?.en}`).toContain(words)
  })

  it.each([
    [
      'windows-1258.csv',
      // "Ninh Thuận" saved as Windows-1258 on the third line: 0xF2 is no UTF-8.
      Buffer.concat([
        Buffer.from('indicator,unit,period,value,note\nx,58,2024,1,a\nx,58,2023,2,Thu'),
        Buffer.from([0xe2, 0xf2, 0x6e]),
        Buffer.from('\nx,58,2022,3,c\n'),
      ]),
      'invalid_utf8',
    ],
    [
      'windows-1258.ndjson',
      Buffer.concat([
        Buffer.from('{"indicator":"x","unit":"58","period":"2024","value":1}\n{"note":"Thu'),
        Buffer.from([0xe2, 0xf2, 0x6e]),
        Buffer.from('"}\n{"indicator":"x","unit":"58","period":"2022","value":3}\n'),
      ]),
      'invalid_utf8',
    ],
    [
      'unclosed.csv',
      Buffer.from(
        'indicator,unit,period,value,note\nx,58,2024,1,a\nx,58,2023,2,"b\nx,58,2022,3,c\n',
      ),
      'unclosed_quote',
    ],
  ])(
    'counts %s, read only up to a line, as not read (as a read limit that stopped reading)',
    async (name, bytes, code) => {
      const file = join(scratch, name)
      await writeFile(file, bytes)
      const { observations, issues } = await readObservationFile(file)
      // The rows before the line are read and checked…
      expect(observations.map(({ observation }) => observation.period)).toEqual(['2024'])
      expect(issues.map((issue) => issue.code)).toEqual([code])
      // …but the file was not read to its end: a command cannot vouch for it (exit code 2).
      expect(CANNOT_READ_CODES.has(code)).toBe(true)
    },
  )

  it('reports a folder', async () => {
    const { issues } = await readObservationFile(scratch, { format: 'csv' })
    expect(issues.map((issue) => issue.code)).toEqual(['not_a_file'])
  })

  it('warns that a sheet was named for a CSV file', async () => {
    const { issues, observations } = await readObservationFile(fixture('observations-lf.csv'), {
      sheet: 'Sheet1',
    })
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['sheet_ignored', 'warning'],
    ])
    expect(observations).toHaveLength(3)
  })

  it('names the limit and how to raise it', async () => {
    const file = fixture('observations-lf.csv')
    const rows = await readObservationFile(file, { limits: { maxRows: 2 } })
    expect(rows.observations).toHaveLength(2)
    expect(rows.issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['limit_exceeded', { file, row: 6 }],
    ])
    expect(rows.issues[0]?.message.en).toBe(
      'The number of data rows is over the limit maxRows = 2; nothing past it was read.',
    )
    expect(rows.issues[0]?.hint?.en).toContain('`limits.maxRows` (command line: `--max-rows`)')
    expect(rows.issues[0]?.hint?.vi).toContain('`limits.maxRows` (dòng lệnh: `--max-rows`)')

    const cells = await readObservationFile(fixture('observations-bom-crlf.csv'), {
      limits: { maxCellChars: 20 },
    })
    expect(cells.issues[0]).toMatchObject({
      code: 'limit_exceeded',
      location: { row: 2, column: 'source' },
    })
    expect(cells.issues[0]?.message.en).toContain('maxCellChars')

    const columns = await readObservationFile(file, { limits: { maxColumns: 3 } })
    expect(columns.issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['limit_exceeded', 1],
    ])

    const bytes = await readObservationFile(file, { limits: { maxFileBytes: 10 } })
    expect(bytes.issues[0]?.message.en).toContain('maxFileBytes')

    // Which limit, and whether reading stopped, from the typed fields, not the message.
    expect(rows.issues[0]).toMatchObject({ limit: 'maxRows', max: 2, stoppedReading: true })
    expect(cells.issues[0]).toMatchObject({
      limit: 'maxCellChars',
      max: 20,
      measure: 'cell_chars',
      stoppedReading: false,
    })
    expect(columns.issues[0]).toMatchObject({
      limit: 'maxColumns',
      max: 3,
      measure: 'header_columns',
      stoppedReading: true,
    })
    expect(bytes.issues[0]).toMatchObject({
      limit: 'maxFileBytes',
      max: 10,
      measure: 'file_bytes',
      stoppedReading: true,
    })
    // A copy keeps them: they are data, not a side table keyed on the object.
    const copy = { ...rows.issues[0]! }
    expect(isIoIssue(copy, 'limit_exceeded') && copy.stoppedReading).toBe(true)
  })

  it('says a cell too long refuses its row only, and how to fix it', async () => {
    const file = join(scratch, 'long-cell.csv')
    const lines = [
      'indicator,unit,period,value,note',
      `x,58,2024,1,${'n'.repeat(25)}`,
      'x,58,2023,2,ok',
    ]
    await writeFile(file, `${lines.join('\n')}\n`)
    const { observations, issues } = await readObservationFile(file, {
      limits: { maxCellChars: 20 },
    })
    // Only that row is refused: the row after it is read, and the message says so.
    expect(observations.map(({ location }) => location.row)).toEqual([3])
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['limit_exceeded', 2],
    ])
    expect(issues[0]?.message.en).toBe(
      'The length of the cell (25 characters) is over the limit maxCellChars = 20: the row is refused; the rows after it are read.',
    )
    expect(issues[0]?.message.vi).toBe(
      'Độ dài của ô (25 ký tự) vượt giới hạn maxCellChars = 20: dòng này bị từ chối; các dòng sau vẫn được đọc.',
    )
    expect(issues[0]?.hint?.en).toMatch(/^Shorten the cell .*`--max-cell-chars`/)
    expect(issues[0]?.hint?.en).not.toContain('Split the file')
    expect(issues[0]?.hint?.vi).toMatch(/^Rút ngắn nội dung ô .*`--max-cell-chars`/)
  })

  it('stops at a CSV record longer than maxCellChars × maxColumns, and says reading stopped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tiendo-io-record-'))
    try {
      const file = join(dir, 'unclosed.csv')
      // An unclosed quote runs the record on to the end of the file.
      await writeFile(
        file,
        `indicator,unit,period,value\nx,58,2024,"1\n${'x,58,2024,1\n'.repeat(20)}`,
      )
      const read = await readObservationFile(file, { limits: { maxCellChars: 10, maxColumns: 4 } })
      const issue = read.issues.find((item) => item.code === 'limit_exceeded')
      expect(issue?.message.en).toContain('the rest of the file was not read')
      expect(issue).toMatchObject({
        limit: 'maxCellChars',
        max: 40,
        measure: 'record_chars',
        stoppedReading: true,
      })
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('refuses a limit that is not a positive whole number', async () => {
    await expect(
      readObservationFile(fixture('header-only.csv'), { limits: { maxRows: 0 } }),
    ).rejects.toThrow(RangeError)
  })

  it('stops with the abort reason when aborted', async () => {
    const controller = new AbortController()
    const seen: unknown[] = []
    const reading = (async () => {
      for await (const item of readObservations(fixture('observations-lf.csv'), {
        signal: controller.signal,
      })) {
        seen.push(item)
        controller.abort()
      }
    })()
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' })
    expect(seen).toHaveLength(1)
  })
})

describe('streaming a larger CSV', () => {
  it('keeps exact line numbers across many chunks, multi-line cells and multi-byte text', async () => {
    const file = join(scratch, 'large.csv')
    const records = ['indicator,unit,period,value,note']
    const expected: Array<[number, string]> = []
    let line = 1
    for (let i = 0; i < 20_000; i++) {
      line++
      const value = `${i}.${i % 97}`
      expected.push([line, value])
      const multiLine = i % 1000 === 0
      const note = multiLine ? '"Ghi chú\r\nnhiều dòng, có dấu phẩy"' : `Khánh Hòa ${i}`
      records.push(`dti_score,56,${2000 + (i % 25)},${value},${note}`)
      if (multiLine) line++
    }
    const text = records.join('\r\n')
    await writeFile(file, text)
    const { observations, issues } = await readObservationFile(file)
    expect(issues).toEqual([])
    expect(observations).toHaveLength(20_000)
    expect(observations.map((row) => [row.location.row, row.observation.value])).toEqual(expected)
  })

  it('yields items one at a time', async () => {
    let count = 0
    for await (const item of readObservations(fixture('observations-lf.csv'))) {
      expect(isTiendoIssue(item)).toBe(false)
      count++
      break
    }
    expect(count).toBe(1)
  })
})
