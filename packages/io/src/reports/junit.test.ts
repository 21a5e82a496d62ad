import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { issuesToJunit } from './junit'

// The founding quota of the Ninh Thuận pack failed for two units in two years: no row to
// blame, so no location, only the unit and the period.
const quota = (unit: string, period: string) =>
  ({
    code: 'rule_failed',
    rule: 'dx_product_every_year',
    severity: 'error',
    message: { vi: `${unit} chưa đủ sản phẩm.`, en: `${unit} has too few products.` },
    unit,
    period,
  }) as TiendoIssue

const outOfBounds: TiendoIssue = {
  code: 'value_out_of_bounds',
  severity: 'error',
  message: { vi: 'Giá trị 104 ngoài khoảng.', en: 'The value 104 is out of bounds.' },
  location: { file: 'q3.csv', row: 14, column: 'value' },
  indicator: 'village_fibre_coverage',
  unit: '58',
  period: '2024',
}

const missing: TiendoIssue = {
  code: 'file_not_found',
  severity: 'error',
  message: { vi: 'Không có tệp q4.csv.', en: 'There is no file q4.csv.' },
  location: { file: 'q4.csv' },
}

/** Every `<testcase … name="…">` of a report, in order. */
const caseNames = (xml: string) =>
  [...xml.matchAll(/<testcase classname="[^"]*" name="([^"]*)"/g)].map((match) => match[1])

describe('JUnit test cases', () => {
  it('are named apart by code, place, indicator, unit and period, with no leading space', () => {
    const xml = issuesToJunit(
      ['ok.csv'],
      [quota('58.STP', '2022'), quota('58.STP', '2023'), quota('58.SNV', '2022')],
      'en',
    )
    expect(caseNames(xml)).toEqual([
      'valid',
      'rule_failed/dx_product_every_year: 58.STP/2022',
      'rule_failed/dx_product_every_year: 58.STP/2023',
      'rule_failed/dx_product_every_year: 58.SNV/2022',
    ])
    expect(caseNames(issuesToJunit([], [outOfBounds], 'en'))).toEqual([
      'value_out_of_bounds: row 14 [value], village_fibre_coverage, 58/2024',
    ])
    const sheet = { ...outOfBounds, location: { file: 'q3.xlsx', sheet: 'Số liệu', row: 4 } }
    const json = { ...outOfBounds, location: { file: 'q3.json', path: '/3/value' } }
    expect(caseNames(issuesToJunit([], [sheet, json], 'en'))).toEqual([
      'value_out_of_bounds: Số liệu!row 4, village_fibre_coverage, 58/2024',
      'value_out_of_bounds: /3/value, village_fibre_coverage, 58/2024',
    ])
  })

  it('number a name that comes again, so that each case is one CI servers can follow', () => {
    const xml = issuesToJunit([], [quota('58.STP', '2022'), quota('58.STP', '2022'), missing], 'en')
    expect(caseNames(xml)).toEqual([
      'rule_failed/dx_product_every_year: 58.STP/2022',
      'rule_failed/dx_product_every_year: 58.STP/2022 (2)',
      'file_not_found',
    ])
  })

  it('are named alike in every language, so that a run in another language renames none', () => {
    const issues = [outOfBounds, quota('58.STP', '2022')]
    const vi = issuesToJunit(['ok.csv'], issues, 'vi')
    expect(caseNames(vi)).toEqual(caseNames(issuesToJunit(['ok.csv'], issues, 'en')))
    expect(caseNames(vi)).toContain('valid')
    expect(vi).toContain('<testsuite name="pack"')
    // The messages are in the language asked for.
    expect(vi).toContain(`message="${quota('58.STP', '2022').message.vi}"`)
  })
})

describe('JUnit errors and failures', () => {
  it('makes a file that could not be read an <error>, counted in errors, not a failure', () => {
    const xml = issuesToJunit(['q3.csv', 'q4.csv'], [outOfBounds, missing], 'en')
    expect(xml).toContain('<testsuites name="tiendo" tests="2" failures="1" errors="1">')
    expect(xml).toContain('<testsuite name="q3.csv" tests="1" failures="1" errors="0"')
    expect(xml).toContain('<testsuite name="q4.csv" tests="1" failures="0" errors="1"')
    expect(xml).toContain(
      '<error type="file_not_found" message="There is no file q4.csv.">There is no file q4.csv.</error>',
    )
    expect(xml).toContain('<failure type="value_out_of_bounds"')
    expect(xml.match(/<failure /g)).toHaveLength(1)
  })

  it('counts a reading stopped at a limit as an error, a cell cut short as a failure', () => {
    const limit = (measure: string, stoppedReading: boolean) =>
      ({
        code: 'limit_exceeded',
        severity: 'error',
        message: { vi: 'Quá giới hạn.', en: 'Over the limit.' },
        location: { file: 'big.csv', row: 3 },
        limit: 'maxRows',
        max: 2,
        measure,
        stoppedReading,
      }) as TiendoIssue
    const xml = issuesToJunit([], [limit('rows', true), limit('cell_chars', false)], 'en')
    expect(xml).toContain('<testsuite name="big.csv" tests="2" failures="1" errors="1"')
    expect(xml).toMatch(/<error type="limit_exceeded"[\s\S]*<failure type="limit_exceeded"/)
  })
})

describe('JUnit attributes', () => {
  it('write a line break, a carriage return and a tab as references, which parsers keep', () => {
    const issue: TiendoIssue = {
      ...quota('58.X', '2023'),
      message: { vi: 'Sở A\nhai dòng', en: 'Dept "A&B"\r\nline2\there' },
    }
    const xml = issuesToJunit([], [issue], 'en')
    expect(xml).toContain('message="Dept &quot;A&amp;B&quot;&#13;&#10;line2&#9;here"')
    // Every line break left in the XML is between elements or inside an element's text.
    for (const tag of xml.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/[\r\n\t]/)
  })
})
