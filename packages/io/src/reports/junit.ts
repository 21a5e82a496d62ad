import type { Language, TiendoIssue } from '@tiendo/schema'
import { issueLabel } from './issue-label'
import { locationText } from './location-text'

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(XML_FORBIDDEN, '')
}

/**
 * Issues as JUnit XML, which CI servers render as test results: one test suite per file,
 * one failing test case per error, and a passing case for a file without errors.
 * Warnings are listed in the suite's `system-out`, since JUnit has no warning state.
 */
export function issuesToJunit(
  files: readonly string[],
  issues: readonly TiendoIssue[],
  lang: Language,
): string {
  const suites = [...new Set([...files, ...issues.map((issue) => issue.location?.file ?? '')])]
  const body = suites.map((file) => {
    const own = issues.filter((issue) => (issue.location?.file ?? '') === file)
    const errors = own.filter((issue) => issue.severity === 'error')
    const others = own.filter((issue) => issue.severity !== 'error')
    const name = file || (lang === 'vi' ? 'bộ quy tắc' : 'pack')
    const cases =
      errors.length === 0
        ? [
            `    <testcase classname="${escapeXml(name)}" name="${escapeXml(lang === 'vi' ? 'hợp lệ' : 'valid')}"/>`,
          ]
        : errors.map((issue) => {
            const where = describe(issue)
            const hint = issue.hint ? `\n${issue.hint[lang]}` : ''
            return [
              `    <testcase classname="${escapeXml(name)}" name="${escapeXml(`${where} ${issueLabel(issue)}`)}">`,
              `      <failure type="${escapeXml(issue.code)}" message="${escapeXml(issue.message[lang])}">${escapeXml(`${issue.message[lang]}${hint}`)}</failure>`,
              '    </testcase>',
            ].join('\n')
          })
    const out =
      others.length > 0
        ? [
            `    <system-out>${escapeXml(others.map((issue) => `${issue.severity} ${describe(issue)} ${issueLabel(issue)}: ${issue.message[lang]}`).join('\n'))}</system-out>`,
          ]
        : []
    return [
      `  <testsuite name="${escapeXml(name)}" tests="${Math.max(errors.length, 1)}" failures="${errors.length}" errors="0" skipped="0">`,
      ...cases,
      ...out,
      '  </testsuite>',
    ].join('\n')
  })
  const failures = issues.filter((issue) => issue.severity === 'error').length
  const tests = suites.reduce((sum, file) => {
    const errors = issues.filter(
      (issue) => (issue.location?.file ?? '') === file && issue.severity === 'error',
    ).length
    return sum + Math.max(errors, 1)
  }, 0)
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="tiendo" tests="${tests}" failures="${failures}" errors="0">`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n')
}

function describe(issue: TiendoIssue): string {
  const { file: _file, ...place } = issue.location ?? {}
  return locationText(place)
}
