import { describe, expect, it } from 'vitest'
import { codeCounts, DEFAULT_QUERY, queryIssues } from './issue-order'
import type { IssueView } from './page-view'

const issue = (index: number, fields: Partial<IssueView>): IssueView => ({
  index,
  code: 'invalid_number',
  rule: null,
  severity: 'error',
  message: '',
  hint: '',
  file: 'a.csv',
  sheet: null,
  row: index + 2,
  column: 'value',
  path: null,
  where: '',
  indicator: null,
  unit: null,
  period: null,
  rowKey: String(index + 2),
  ...fields,
})

const ISSUES = [
  issue(0, { code: 'unknown_indicator', row: 3 }),
  issue(1, { severity: 'warning', code: 'unit_validity_straddles_period', row: 9 }),
  issue(2, { row: 5 }),
  issue(3, { file: 'b.json', row: null, path: '/0/value' }),
]

describe('queryIssues', () => {
  it('keeps the report’s order by default', () => {
    expect(queryIssues(ISSUES, DEFAULT_QUERY).map((i) => i.index)).toEqual([0, 1, 2, 3])
  })

  it('filters by severity and by code', () => {
    expect(
      queryIssues(ISSUES, { ...DEFAULT_QUERY, severity: 'warning' }).map((i) => i.index),
    ).toEqual([1])
    expect(
      queryIssues(ISSUES, { ...DEFAULT_QUERY, code: 'invalid_number' }).map((i) => i.index),
    ).toEqual([2, 3])
  })

  it('sorts by line both ways, rows without a line last, ties in the report’s order', () => {
    expect(queryIssues(ISSUES, { ...DEFAULT_QUERY, sort: 'row' }).map((i) => i.row)).toEqual([
      3,
      5,
      9,
      null,
    ])
    expect(
      queryIssues(ISSUES, { ...DEFAULT_QUERY, sort: 'row', descending: true }).map((i) => i.row),
    ).toEqual([null, 9, 5, 3])
    expect(queryIssues(ISSUES, { ...DEFAULT_QUERY, sort: 'severity' }).map((i) => i.index)).toEqual(
      [0, 2, 3, 1],
    )
  })

  it('does not change the list it is given', () => {
    const copy = [...ISSUES]
    queryIssues(ISSUES, { ...DEFAULT_QUERY, sort: 'code', descending: true })
    expect(ISSUES).toEqual(copy)
  })
})

describe('codeCounts', () => {
  it('counts each code, most frequent first', () => {
    expect(codeCounts(ISSUES)).toEqual([
      ['invalid_number', 2],
      ['unit_validity_straddles_period', 1],
      ['unknown_indicator', 1],
    ])
  })
})

describe('failed rules', () => {
  const failed = [
    issue(0, { code: 'rule_failed', rule: 'fibre_no_fall', severity: 'warning' }),
    issue(1, { code: 'rule_failed', rule: 'fibre_no_fall', severity: 'warning' }),
    issue(2, { code: 'rule_failed', rule: 'plausible_rate' }),
    issue(3, {}),
  ]

  it('are told apart by rule in the code filter', () => {
    expect(codeCounts(failed)).toEqual([
      ['rule_failed · fibre_no_fall', 2],
      ['invalid_number', 1],
      ['rule_failed · plausible_rate', 1],
    ])
    const kept = queryIssues(failed, { ...DEFAULT_QUERY, code: 'rule_failed · plausible_rate' })
    expect(kept.map((item) => item.index)).toEqual([2])
  })
})
