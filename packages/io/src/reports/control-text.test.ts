import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { escapeControls } from './control-text'
import { issuesToGithubAnnotations } from './github'
import { issuesToMarkdownTable } from './markdown'
import { issueToPretty } from './pretty'
import { validationReportToJson } from './validation-report'

// A unit name from an untrusted pack, quoted in a rule's message: ESC (a colour, a screen
// clear), SOH, VT, NUL, a C1 CSI, a right-to-left override and a line break.
const hostile = 'Dept\u0001Ctrl\u000bVT\u001b[31mRed\u0000nul\u009b2J\u202egnp.exe\nNext'
const issue: TiendoIssue = {
  code: 'rule_failed',
  severity: 'error',
  message: { vi: `${hostile} chưa đủ.`, en: `${hostile} has too few.` },
  hint: { vi: 'Thêm \u001b]8;;x\u0007.', en: 'Add \u001b]8;;x\u0007.' },
  location: { file: 'a\u001b[2J.csv', row: 3 },
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('control characters from packs and data', () => {
  it('are written as escapes', () => {
    expect(escapeControls('a\u001b[31mb\u0000c\u202ed\ne\tf')).toBe(
      'a\\u001b[31mb\\u0000c\\u202ed\\ne\\tf',
    )
    expect(escapeControls('Tỉnh Ninh Thuận 東京 ✓')).toBe('Tỉnh Ninh Thuận 東京 ✓')
  })

  it('never reach the terminal, even without colour, and a line break keeps the layout', () => {
    for (const width of [undefined, 80]) {
      const text = issueToPretty(issue, 'en', false, width)
      expect(text).not.toMatch(CONTROL)
      expect(text).toContain('Dept\\u0001Ctrl\\u000bVT\\u001b[31mRed\\u0000nul')
      // The message's own line break is shown, not obeyed: the hint starts the only new line.
      expect(text).toContain('\\nNext')
      if (width === undefined) expect(text.trimEnd().split('\n')).toHaveLength(2)
    }
  })

  it('never reach a GitHub annotation or a Markdown table', () => {
    const github = issuesToGithubAnnotations([issue], 'en')
    expect(github).not.toMatch(CONTROL)
    expect(github.trimEnd().split('\n')).toHaveLength(1)
    const markdown = issuesToMarkdownTable([issue], 'vi')
    expect(markdown).not.toMatch(CONTROL)
    expect(markdown.split('\n')).toHaveLength(3)
  })

  it('stay as they are in JSON, which escapes them itself', () => {
    const json = validationReportToJson(
      {
        valid: false,
        stats: { files: 1, rows: 1, observations: 0, records: 0, errors: 1, warnings: 0 },
        issues: [issue],
      },
      'en',
    )
    expect(JSON.parse(json).issues[0].message).toBe(`${hostile} has too few.`)
  })
})
