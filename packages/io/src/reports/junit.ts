import type { Language, TiendoIssue } from '@tiendo/schema'
import { stopsReading } from '../stops-reading'
import { issueLabel } from './issue-label'
import { unitAndPeriod } from './issue-scope'

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

/** Text for an element's content; a carriage return as a reference, which parsers keep. */
function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(XML_FORBIDDEN, '')
}

/**
 * Text for an attribute's value. A parser turns a raw line break or tab in an attribute into a
 * space (XML 1.0, 3.3.3 attribute-value normalisation); written as references, they are kept.
 */
function escapeAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')
}

/**
 * The words of suite and case names. They are the same in every language, as the codes are:
 * CI servers follow a case by its name from run to run, and a run's language (`--lang`, or
 * the runner's `LANG`) must not rename it. Messages follow the language.
 */
const NAMES = { pack: 'pack', valid: 'valid', row: 'row' } as const

/**
 * Issues as JUnit XML, which CI servers render as test results: one test suite per file,
 * one test case per error, and a passing case for a file without errors. An error that
 * stopped a file being read (missing, unreadable, cut short) is an `<error>`: the check could
 * not run; any other is a `<failure>`: the data was checked and is wrong. Warnings are listed
 * in the suite's `system-out`, since JUnit has no warning state. Suites and cases are named
 * alike in every language; messages and hints are in `lang`.
 */
export function issuesToJunit(
  files: readonly string[],
  issues: readonly TiendoIssue[],
  lang: Language,
): string {
  const fileOf = (issue: TiendoIssue) => issue.location?.file ?? ''
  const suites = [...new Set([...files, ...issues.map(fileOf)])]
  const totals = { tests: 0, failures: 0, errors: 0 }
  const body = suites.map((file) => {
    const own = issues.filter((issue) => fileOf(issue) === file)
    const failed = own.filter((issue) => issue.severity === 'error')
    const others = own.filter((issue) => issue.severity !== 'error')
    const name = file || NAMES.pack
    const errors = failed.filter(stopsReading).length
    const names = caseNames(failed)
    const cases =
      failed.length === 0
        ? [
            `    <testcase classname="${escapeAttribute(name)}" name="${escapeAttribute(NAMES.valid)}"/>`,
          ]
        : failed.map((issue, i) => {
            const element = stopsReading(issue) ? 'error' : 'failure'
            const hint = issue.hint ? `\n${issue.hint[lang]}` : ''
            return [
              `    <testcase classname="${escapeAttribute(name)}" name="${escapeAttribute(names[i]!)}">`,
              `      <${element} type="${escapeAttribute(issue.code)}" message="${escapeAttribute(issue.message[lang])}">${escapeXml(`${issue.message[lang]}${hint}`)}</${element}>`,
              '    </testcase>',
            ].join('\n')
          })
    const out =
      others.length > 0
        ? [
            `    <system-out>${escapeXml(others.map((issue) => `${issue.severity} ${caseName(issue)}: ${issue.message[lang]}`).join('\n'))}</system-out>`,
          ]
        : []
    const tests = Math.max(failed.length, 1)
    totals.tests += tests
    totals.failures += failed.length - errors
    totals.errors += errors
    return [
      `  <testsuite name="${escapeAttribute(name)}" tests="${tests}" failures="${failed.length - errors}" errors="${errors}" skipped="0">`,
      ...cases,
      ...out,
      '  </testsuite>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tiendo" tests="${totals.tests}" failures="${totals.failures}" errors="${totals.errors}">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n')
}

/**
 * A test case's name, which CI servers list and follow from run to run: the code (with the
 * pack's rule), then where in the file (`row 12 [value]`, `Sheet1!row 4`, `/3/unit`), the
 * indicator, and the unit and period: `rule_failed/dx_product_every_year: 58.STP/2022`.
 */
function caseName(issue: TiendoIssue): string {
  const { sheet, row, column, path } = issue.location ?? {}
  const line = row === undefined ? undefined : `${NAMES.row} ${row}`
  const cell = [[sheet, line].filter(Boolean).join('!'), column && `[${column}]`, path]
    .filter(Boolean)
    .join(' ')
  const place = [cell, issue.indicator, unitAndPeriod(issue)].filter(Boolean).join(', ')
  return place === '' ? issueLabel(issue) : `${issueLabel(issue)}: ${place}`
}

/** The cases' names, each told apart: a name that comes again is numbered, `(2)`, `(3)`. */
function caseNames(issues: readonly TiendoIssue[]): string[] {
  const seen = new Map<string, number>()
  return issues.map((issue) => {
    const name = caseName(issue)
    const count = (seen.get(name) ?? 0) + 1
    seen.set(name, count)
    return count === 1 ? name : `${name} (${count})`
  })
}
