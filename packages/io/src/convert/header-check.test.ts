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

  it('names the record header for a record file without one', () => {
    const checked = checkHeader(header(['dx_product', '58']), RECORD_SPEC)
    expect(checked.issues).toHaveLength(1)
    expect(checked.issues[0]?.hint?.en).toContain('`kind,unit,date,status,title`')
  })

  it('keeps one issue per missing column when the header is a header with mistakes', () => {
    const checked = checkHeader(header(['indcator', 'unit', 'period', 'Giá trị']), OBSERVATION_SPEC)
    expect(checked.issues.map((issue) => issue.code)).toEqual([
      'missing_column',
      'missing_column',
      'unknown_column',
      'unknown_column',
    ])
    // A Vietnamese name alone is still recognised as a header, with the column it means.
    const vietnamese = checkHeader(
      header(['Chỉ tiêu', 'Đơn vị', 'Kỳ', 'Giá trị']),
      OBSERVATION_SPEC,
    )
    expect(vietnamese.issues.filter((issue) => issue.code === 'missing_column')).toHaveLength(4)
    expect(vietnamese.issues[0]?.hint?.en).toContain('rename it `indicator`')
  })
})
