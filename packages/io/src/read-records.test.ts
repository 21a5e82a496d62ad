import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixture } from './__tests__/helpers'
import { buildXlsxFixtures, type XlsxFixtures } from './__tests__/xlsx-fixtures'
import { readRecordFile } from './read-records'
import { readSourceRecords } from './read-source-records'

let books: XlsxFixtures

beforeAll(async () => {
  books = await buildXlsxFixtures()
})

afterAll(async () => {
  await rm(books.dir, { recursive: true, force: true })
})

describe('readRecordFile', () => {
  it('reads records and reports each bad cell where it is', async () => {
    const file = fixture('records.csv')
    const { records, issues, stats } = await readRecordFile(file)
    expect(records).toEqual([
      {
        record: {
          id: 'NT-1',
          kind: 'dx_product',
          unit: '58.SNV',
          date: '2022-06-14',
          status: 'completed',
          title: 'Chữ ký số trong gửi nhận văn bản',
          evidence: 'https://snv.ninhthuan.gov.vn/a',
        },
        location: { file, row: 2 },
      },
    ])
    expect(
      issues.map((issue) => [issue.code, issue.location?.row, issue.location?.column, issue.unit]),
    ).toEqual([
      ['invalid_format', 3, 'date', '58.STP'],
      ['invalid_value', 4, 'status', '58.SKHDT'],
      ['invalid_type', 4, 'title', '58.SKHDT'],
      ['invalid_format', 4, 'evidence', '58.SKHDT'],
    ])
    expect(issues[0]?.message.en).toContain('2022-02-30')
    expect(issues[2]?.message.vi).toContain('title')
    expect(stats).toEqual({ rows: 3, accepted: 1, errors: 4, warnings: 0, infos: 0 })
  })

  it('reads a spreadsheet’s date cells as dates and a hyperlink’s target as the evidence', async () => {
    const { records, issues } = await readRecordFile(books.records)
    expect(records.map((row) => row.record)).toEqual([
      {
        id: 'NT-1',
        kind: 'dx_product',
        unit: '58.SNV',
        date: '2022-06-14',
        status: 'completed',
        title: 'Chữ ký số trong gửi nhận văn bản',
        evidence: 'https://snv.ninhthuan.gov.vn/a',
      },
    ])
    // A completion date carrying a time of day is not a calendar date.
    expect(
      issues.map((issue) => [issue.code, issue.location?.row, issue.location?.column]),
    ).toEqual([['invalid_format', 3, 'date']])
  })

  it('reports the record columns that are missing', async () => {
    const { issues } = await readRecordFile(fixture('observations-lf.csv'))
    const missing = issues.filter((issue) => issue.code === 'missing_column')
    expect(missing.map((issue) => issue.message.en)).toEqual([
      'The required column `kind` is missing.',
      'The required column `date` is missing.',
      'The required column `status` is missing.',
      'The required column `title` is missing.',
    ])
  })

  it('refuses a JSON record whose object writes a key twice, at its JSON Pointer (#20)', async () => {
    // A reviewer reading `completed` and Tiendo counting `planned` (or the reverse): the
    // record is refused, never read with either value.
    const text = `[{"kind": "dx_product", "unit": "58.STP", "date": "2024-03-01", "title": "x",
      "status": "completed", "st\\u0061tus": "planned"}]`
    const items = []
    for await (const item of readSourceRecords({ name: 'san-pham.json', text })) items.push(item)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      code: 'duplicate_column',
      severity: 'error',
      location: { file: 'san-pham.json', path: '/0/status' },
    })
  })
})
