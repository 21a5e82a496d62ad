import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { issuesToGithubAnnotations } from './github'
import { issuesToJunit } from './junit'
import { issuesToMarkdownTable, validationReportToMarkdown } from './markdown'
import { issueToPretty, validationReportToPretty } from './pretty'
import { issuesToSarif } from './sarif'
import { renderTable } from './table'
import { sortIssues, type ValidationReport, validationReportToJson } from './validation-report'

const badValue: TiendoIssue = {
  code: 'ambiguous_number',
  severity: 'error',
  message: { vi: 'Số `87,5` không rõ nghĩa', en: 'The number `87,5` is ambiguous' },
  hint: {
    vi: 'Viết 87.5, hoặc dùng --number-locale vi',
    en: 'Write 87.5, or pass --number-locale vi',
  },
  location: { file: 'data/nộp, quý 3.csv', row: 4, column: 'value' },
  indicator: 'smartphone_user_rate',
  unit: '58',
  period: '2024',
}
const jsonWarning: TiendoIssue = {
  code: 'unknown_column',
  severity: 'warning',
  message: { vi: 'Cột lạ <x> & "y"', en: 'Unknown column <x> & "y"' },
  location: { file: 'b.json', path: '/0/extra' },
}
const report: ValidationReport = {
  valid: false,
  stats: { files: 2, rows: 10, observations: 9, records: 0, errors: 1, warnings: 1 },
  issues: [badValue, jsonWarning],
}

describe('validation report as JSON', () => {
  it('has the contract shape, flat issues in one language, nulls for what is unknown', () => {
    const parsed = JSON.parse(validationReportToJson(report, 'en'))
    expect(Object.keys(parsed)).toEqual(['valid', 'stats', 'issues'])
    expect(parsed.valid).toBe(false)
    expect(parsed.issues[0]).toEqual({
      code: 'ambiguous_number',
      severity: 'error',
      message: 'The number `87,5` is ambiguous',
      file: 'data/nộp, quý 3.csv',
      row: 4,
      column: 'value',
      indicator: 'smartphone_user_rate',
      unit: '58',
      period: '2024',
      hint: 'Write 87.5, or pass --number-locale vi',
    })
    expect(parsed.issues[1]).toMatchObject({
      file: 'b.json',
      row: null,
      column: null,
      path: '/0/extra',
    })
  })

  it('speaks Vietnamese when asked', () => {
    const parsed = JSON.parse(validationReportToJson(report, 'vi'))
    expect(parsed.issues[0].message).toBe('Số `87,5` không rõ nghĩa')
  })
})

describe('GitHub annotations', () => {
  it('escapes properties and data as workflow commands require', () => {
    const text = issuesToGithubAnnotations(
      [{ ...badValue, message: { vi: 'a', en: '50% off\nnext' } }, jsonWarning],
      'en',
    )
    const [first, second] = text.trimEnd().split('\n')
    expect(first).toBe(
      '::error file=data/nộp%2C quý 3.csv,line=4,title=tiendo ambiguous_number::50%25 off%0Anext [value] — Write 87.5%2C or pass --number-locale vi'.replace(
        '87.5%2C',
        '87.5,',
      ),
    )
    expect(second).toBe(
      '::warning file=b.json,title=tiendo unknown_column::Unknown column <x> & "y" [/0/extra]',
    )
  })
})

describe('SARIF', () => {
  it('is a 2.1.0 log with a rule per code and file/line regions', () => {
    const log = JSON.parse(issuesToSarif([badValue, jsonWarning], 'en', { version: '1.2.3' }))
    expect(log.version).toBe('2.1.0')
    const run = log.runs[0]
    expect(run.tool.driver).toMatchObject({ name: 'tiendo', version: '1.2.3' })
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'ambiguous_number',
      'unknown_column',
    ])
    expect(run.results[0]).toMatchObject({
      ruleId: 'ambiguous_number',
      ruleIndex: 0,
      level: 'error',
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'data/n%E1%BB%99p%2C%20qu%C3%BD%203.csv' },
            region: { startLine: 4 },
          },
        },
      ],
    })
    expect(run.results[1].level).toBe('warning')
    expect(run.results[1].locations[0].logicalLocations[0].fullyQualifiedName).toBe('/0/extra')
  })

  it('lists each failed rule of a pack as a rule of its own: rule_failed/<rule>', () => {
    const failed = (rule: string): TiendoIssue =>
      ({
        code: 'rule_failed',
        rule,
        severity: 'warning',
        message: { vi: 'Giảm.', en: 'Fell.' },
        location: { file: 'a.csv', row: 3 },
      }) as TiendoIssue
    const issues = [failed('fibre_no_fall'), failed('plausible_rate'), badValue]
    const run = JSON.parse(issuesToSarif(issues, 'en', { version: '1.2.3' })).runs[0]
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'ambiguous_number',
      'rule_failed/fibre_no_fall',
      'rule_failed/plausible_rate',
    ])
    expect(run.results.map((result: { ruleId: string }) => result.ruleId)).toEqual([
      'rule_failed/fibre_no_fall',
      'rule_failed/plausible_rate',
      'ambiguous_number',
    ])
    expect(run.results[1].ruleIndex).toBe(2)
  })

  it('names the failed rule in the terminal and in Markdown too, not only rule_failed', () => {
    const issue = {
      code: 'rule_failed',
      rule: 'dx_product_every_year',
      severity: 'error',
      message: { vi: 'Chưa đủ.', en: 'Too few.' },
      location: { file: 'a.csv', row: 3 },
    } as TiendoIssue
    expect(issueToPretty(issue, 'vi')).toContain('lỗi rule_failed/dx_product_every_year: Chưa đủ.')
    expect(issuesToMarkdownTable([issue], 'en')).toContain('`rule_failed/dx_product_every_year`')
    expect(issueToPretty(badValue, 'en')).toContain('ambiguous_number:')
    // In a pull request's annotations and a CI's test report too.
    expect(issuesToGithubAnnotations([issue], 'en')).toContain(
      'title=tiendo rule_failed/dx_product_every_year::Too few.',
    )
    const junit = issuesToJunit(['a.csv'], [issue], 'en')
    expect(junit).toContain('name="rule_failed/dx_product_every_year: row 3"')
    expect(junit).toContain('<failure type="rule_failed"')
  })
})

describe('JUnit', () => {
  it('has a suite per file, a failure per error, and escapes XML', () => {
    const xml = issuesToJunit(
      ['data/nộp, quý 3.csv', 'b.json', 'ok.csv'],
      [badValue, jsonWarning],
      'en',
    )
    expect(xml).toContain('<testsuites name="tiendo" tests="3" failures="1" errors="0">')
    expect(xml).toContain('<testsuite name="data/nộp, quý 3.csv" tests="1" failures="1"')
    expect(xml).toContain(
      '<failure type="ambiguous_number" message="The number `87,5` is ambiguous">',
    )
    expect(xml).toContain('Unknown column &lt;x&gt; &amp; &quot;y&quot;')
    expect(xml).toContain('<testsuite name="ok.csv" tests="1" failures="0"')
    expect(xml).not.toMatch(/<x>/)
  })
})

describe('Markdown', () => {
  it('escapes pipes and line breaks inside cells', () => {
    const table = issuesToMarkdownTable(
      [{ ...badValue, message: { vi: 'a|b', en: 'a|b\nc' } }],
      'en',
    )
    expect(table.split('\n')[2]).toContain('a\\|b<br>c')
    expect(table.split('\n')).toHaveLength(3)
  })

  it('summarises the report', () => {
    const text = validationReportToMarkdown(report, 'vi')
    expect(text).toContain('❌ Dữ liệu không hợp lệ')
    expect(text).toContain('2 tệp · 10 dòng · 1 lỗi · 1 cảnh báo')
  })
})

describe('terminal output', () => {
  it('prints plain text without escape codes when colour is off', () => {
    const text = validationReportToPretty(report, 'en', false)
    expect(text).not.toContain('\u001b[')
    expect(text).toContain(
      'data/nộp, quý 3.csv:4 [value] error ambiguous_number: The number `87,5` is ambiguous',
    )
    expect(text).toContain('how to fix: Write 87.5, or pass --number-locale vi')
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '✘ Not valid — 2 files, 10 rows, 1 error, 1 warning',
    )
    expect(validationReportToPretty(report, 'en', true)).toContain('\u001b[31m')
  })

  it('breaks lines to a width, the location first and the rest indented, colour or not', () => {
    for (const color of [false, true]) {
      const text = validationReportToPretty(report, 'vi', color, 32)
      // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
      const visible = text.replace(/\u001b\[[0-9;]*m/g, '')
      for (const line of visible.trimEnd().split('\n')) {
        expect([...line].length, line).toBeLessThanOrEqual(32)
      }
      expect(visible.startsWith('data/nộp, quý 3.csv:4 [value]')).toBe(true)
      expect(visible).toContain('\n  cách sửa: Viết 87.5, hoặc dùng\n    --number-locale vi\n')
    }
    // Without a width every issue keeps its one line, as before.
    expect(issueToPretty(badValue, 'en').split('\n')).toHaveLength(3)
  })

  it('lines up columns by visible width, Vietnamese letters included', () => {
    const table = renderTable(
      ['Chỉ tiêu', 'Giá trị'],
      [
        ['Tỷ lệ hộ', '81.7'],
        ['Số trạm 5G', '75'],
      ],
      ['left', 'right'],
    )
    const lines = table.trimEnd().split('\n')
    expect(lines[0]).toBe('Chỉ tiêu    Giá trị')
    expect(lines[2]).toBe('Tỷ lệ hộ       81.7')
    expect(lines[3]).toBe('Số trạm 5G       75')
  })
})

describe('sortIssues', () => {
  it('orders by file, row, path and code without changing the input', () => {
    const input = [
      jsonWarning,
      { ...badValue, location: { file: 'a.csv', row: 9 } },
      { ...badValue, location: { file: 'a.csv', row: 2 } },
    ]
    const sorted = sortIssues(input)
    expect(sorted.map((issue) => `${issue.location?.file}:${issue.location?.row ?? ''}`)).toEqual([
      'a.csv:2',
      'a.csv:9',
      'b.json:',
    ])
    expect(input[0]).toBe(jsonWarning)
  })
})
