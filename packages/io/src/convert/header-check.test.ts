import { describe, expect, it } from 'vitest'
import { checkHeader } from './header-check'
import { OBSERVATION_SPEC, RECORD_SPEC } from './spec'

const header = (columns: string[]) => ({
  kind: 'header' as const,
  columns,
  location: { file: 'data.csv', row: 1 },
})

describe('checkHeader', () => {
  it('reports a data row where the header should be as one issue naming the header', () => {
    const checked = checkHeader(
      header(['household_fibre_rate', '58', '2024', '81.7']),
      OBSERVATION_SPEC,
    )
    expect(checked.blocked).toBe(true)
    expect(checked.issues.map((issue) => [issue.code, issue.severity, issue.location])).toEqual([
      ['missing_column', 'error', { file: 'data.csv', row: 1 }],
    ])
    const [issue] = checked.issues
    expect(issue?.message.en).toContain('`indicator`, `unit`, `period`, `value`')
    expect(issue?.message.vi).toContain('dòng đầu tiên không phải dòng tiêu đề')
    expect(issue?.hint?.en).toContain(
      'The first row must be the header `indicator,unit,period,value`',
    )
    expect(issue?.hint?.vi).toContain('`indicator,unit,period,value`')
    // The columns are still known to be unknown, so rows do not report them again.
    expect(checked.unknown).toEqual(['household_fibre_rate', '58', '2024', '81.7'])
  })

  it('names the column an optional one in Vietnamese or another case is meant for', () => {
    const checked = checkHeader(
      header(['STT', 'indicator', 'unit', 'period', 'value', 'Ghi chú', 'Source']),
      OBSERVATION_SPEC,
    )
    expect(checked.blocked).toBe(false)
    const unknown = checked.issues.map((issue) => [issue.code, (issue as { meant?: string }).meant])
    expect(unknown).toEqual([
      ['unknown_column', undefined],
      ['unknown_column', 'note'],
      ['unknown_column', 'source'],
    ])
    // `STT` numbers the rows: it may stay.
    expect(checked.issues[0]).toMatchObject({ formColumn: 'row_number' })
    expect(checked.issues[0]?.hint?.en).toBe(
      'It numbers the rows. Tiendo needs no such column: the file is read without it, and it may stay.',
    )
    expect(checked.issues[1]?.hint?.en).toBe(
      'Is the column "Ghi chú" meant to be `note`? Column names are lower-case English: rename it `note`, and its data is read.',
    )
    expect(checked.issues[1]?.hint?.vi).toContain('đổi thành `note` thì dữ liệu của cột được đọc')
    const other = checkHeader(
      header(['indicator', 'unit', 'period', 'value', 'Ký hiệu']),
      OBSERVATION_SPEC,
    )
    expect(other.issues[0]?.hint?.en).toMatch(/^The columns Tiendo reads are/)
  })

  it('names the record header for a record file without one', () => {
    const checked = checkHeader(header(['dx_product', '58']), RECORD_SPEC)
    expect(checked.issues).toHaveLength(1)
    expect(checked.issues[0]?.hint?.en).toContain('`kind,unit,date,status,title`')
  })

  it('keeps one issue per missing column when the header is a header with mistakes', () => {
    const checked = checkHeader(header(['indcator', 'unit', 'period', 'Giá trị']), OBSERVATION_SPEC)
    // `Giá trị` is named by the hint of `value`, to rename: it is not also "unknown".
    expect(checked.issues.map((issue) => [issue.code, issue.location?.column])).toEqual([
      ['missing_column', undefined],
      ['missing_column', undefined],
      ['unknown_column', 'indcator'],
    ])
    // A Vietnamese name alone is still recognised as a header, with the column it means.
    const vietnamese = checkHeader(
      header(['Chỉ tiêu', 'Đơn vị', 'Kỳ', 'Giá trị']),
      OBSERVATION_SPEC,
    )
    expect(vietnamese.issues.filter((issue) => issue.code === 'missing_column')).toHaveLength(4)
    expect(vietnamese.issues[0]?.hint?.en).toContain('rename it `indicator`')
  })

  it('recognises a header whose every name is in another case or padded, with a hint for each', () => {
    const checked = checkHeader(
      header(['Indicator', ' Unit ', 'PERIOD', 'Value']),
      OBSERVATION_SPEC,
    )
    expect(checked.blocked).toBe(true)
    const missing = checked.issues.filter((issue) => issue.code === 'missing_column')
    // Not "the first row is not a header": each column named, with what to rename.
    expect(missing.map((issue) => [issue.message.en, issue.hint?.en])).toEqual([
      [
        'The required column `indicator` is missing.',
        'Is the column "Indicator" meant to be `indicator`? Column names are lower-case English: rename it `indicator`.',
      ],
      [
        'The required column `unit` is missing.',
        'Is the column " Unit " meant to be `unit`? Column names are lower-case English: rename it `unit`.',
      ],
      [
        'The required column `period` is missing.',
        'Is the column "PERIOD" meant to be `period`? Column names are lower-case English: rename it `period`.',
      ],
      [
        'The required column `value` is missing.',
        'Is the column "Value" meant to be `value`? Column names are lower-case English: rename it `value`.',
      ],
    ])
    expect(missing[3]?.hint?.vi).toContain('`value`')
    // Each column is told once, to rename, never also as a column Tiendo does not read.
    expect(checked.issues).toHaveLength(4)
    // The same for a record file.
    const records = checkHeader(header(['KIND', 'Unit', 'Date', 'Status', 'Title']), RECORD_SPEC)
    const hints = records.issues.filter((issue) => issue.code === 'missing_column')
    expect(hints.map((issue) => issue.hint?.en?.match(/rename it `(\w+)`/)?.[1])).toEqual(
      RECORD_SPEC.required,
    )
  })
})
