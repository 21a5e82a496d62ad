import { describe, expect, it } from 'vitest'
import type { RawRow } from '../rows/raw-row'
import { rowToObservation, rowToRecord } from './convert-row'

function row(cells: Record<string, string | undefined>, extra: Partial<RawRow> = {}): RawRow {
  return { kind: 'row', cells, location: { file: 'f.csv', row: 7 }, ...extra }
}

const base = { indicator: 'dti_score', unit: '58', period: '2024' }

describe('rowToObservation', () => {
  it('builds an observation, leaving out empty cells and columns it does not read', () => {
    expect(
      rowToObservation(row({ ...base, value: '0.7079', note: undefined, extra: 'x' })),
    ).toEqual({
      ok: true,
      value: { ...base, value: '0.7079' },
    })
  })

  it('reads numbers in the stated locale', () => {
    expect(rowToObservation(row({ ...base, value: '363.558' }), { numberLocale: 'vi' })).toEqual({
      ok: true,
      value: { ...base, value: '363558' },
    })
  })

  it('takes a cell that already is a number as it is, whatever the locale', () => {
    const numeric = row({ ...base, value: '363.558' }, { types: { value: 'number' } })
    expect(rowToObservation(numeric, { numberLocale: 'vi' })).toEqual({
      ok: true,
      value: { ...base, value: '363.558' },
    })
  })

  it('refuses a date or a boolean where a number belongs', () => {
    const date = rowToObservation(
      row({ ...base, value: '2024-09-01' }, { types: { value: 'date' } }),
    )
    expect(date).toMatchObject({ ok: false, issues: [{ code: 'invalid_number' }] })
    const flag = rowToObservation(row({ ...base, value: 'true' }, { types: { value: 'boolean' } }))
    expect(flag.ok ? [] : flag.issues.map((issue) => issue.message.en)).toEqual([
      'The cell holds a true/false value, not a number.',
    ])
  })

  it('locates problems at their cell and names the figure', () => {
    const result = rowToObservation(row({ ...base, value: '87,5', status: 'final' }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['ambiguous_number', { file: 'f.csv', row: 7, column: 'value' }],
      ['invalid_value', { file: 'f.csv', row: 7, column: 'status' }],
    ])
    for (const issue of result.issues) {
      expect(issue).toMatchObject({ indicator: 'dti_score', unit: '58', period: '2024' })
    }
  })

  it('locates problems in JSON rows by pointer', () => {
    const json: RawRow = {
      kind: 'row',
      cells: { ...base, value: 'x' },
      location: { file: 'f.json', path: '/4' },
    }
    const result = rowToObservation(json)
    expect(result.ok ? [] : result.issues.map((issue) => issue.location)).toEqual([
      { file: 'f.json', path: '/4/value' },
    ])
  })

  it('checks the cross-field rules of ranges', () => {
    const result = rowToObservation(row({ ...base, qualifier: 'range', low: '30', high: '25' }))
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['range_order'])
  })
})

describe('rowToRecord', () => {
  const record = {
    kind: 'dx_product',
    unit: '58.SNV',
    date: '2022-06-14',
    status: 'completed',
    title: 'Chữ ký số',
  }

  it('builds a record', () => {
    expect(rowToRecord(row(record))).toEqual({ ok: true, value: record })
  })

  it('reads a hyperlink’s target as the evidence, but not as any other field', () => {
    const linked = row(
      { ...record, evidence: 'Quyết định 123', title: 'Xem' },
      { links: { evidence: 'https://x.gov.vn/qd-123', title: 'https://x.gov.vn' } },
    )
    expect(rowToRecord(linked)).toEqual({
      ok: true,
      value: { ...record, title: 'Xem', evidence: 'https://x.gov.vn/qd-123' },
    })
  })

  it('names the unit on its issues', () => {
    const result = rowToRecord(row({ ...record, status: 'done' }))
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.unit])).toEqual([
      ['invalid_value', '58.SNV'],
    ])
  })
})
