/**
 * The issue-code reference (`docs/issue-codes.md`): every code Tiendo reports about data
 * files and packs, from the registries that define them, with what each means and how to fix
 * it in both languages. Made from the code, so that a test keeps page and code together.
 */

import { IO_ISSUE_CODES } from '@tiendo/io/parse'
import { PACKS_ISSUE_CODES } from '@tiendo/packs'
import { RULES_ISSUE_CODES } from '@tiendo/rules'
import type { TiendoIssue } from '@tiendo/schema'
import { ObservationSchema, TIENDO_CODES, toTiendoIssues } from '@tiendo/schema'
import { markdownTable } from '../catalogue/markdown-table'
import { DATA_ISSUE_CODES } from './data-issue-codes'
import { IO_ISSUE_CODES_VI } from './io-codes-vi'
import { SCHEMA_SAMPLES } from './schema-samples'

/** The issue a sample row raises with its code, or `undefined`. @internal */
export function sampleIssue(code: string): TiendoIssue | undefined {
  const sample = SCHEMA_SAMPLES[code]
  if (sample === undefined) return undefined
  const parsed = ObservationSchema.safeParse(sample)
  if (parsed.success) return undefined
  return toTiendoIssues(parsed.error, { input: sample }).find((issue) => issue.code === code)
}

/** The severity an `@tiendo/io` code is reported with, as its meaning says. */
function ioSeverity(meaning: string): string {
  return meaning.startsWith('Warning:') ? 'warning' : meaning.startsWith('Info:') ? 'info' : 'error'
}

const strip = (meaning: string) => meaning.replace(/^(Warning|Info): /, '')

/** The page, as Markdown. `regenerate` is the command that writes it again. */
export function issueCodePage(regenerate: string): string {
  const io = Object.entries(IO_ISSUE_CODES).map(([code, en]) => [
    code,
    ioSeverity(en),
    IO_ISSUE_CODES_VI[code as keyof typeof IO_ISSUE_CODES],
    strip(en),
  ])
  const data = Object.entries(DATA_ISSUE_CODES).map(([code, entry]) => [
    code,
    entry.severity,
    `${entry.meaning.vi} **Cách sửa:** ${entry.fix.vi}`,
    `${entry.meaning.en} **Fix:** ${entry.fix.en}`,
  ])
  const schema = TIENDO_CODES.map((code) => {
    const issue = sampleIssue(code)
    return issue === undefined
      ? [
          code,
          'error',
          'Kiểm tra trường trong bộ quy tắc (xem thông báo kèm theo).',
          'A check on a pack’s fields (see the message given).',
        ]
      : [
          code,
          'error',
          `${issue.message.vi} **Cách sửa:** ${issue.hint?.vi ?? ''}`,
          `${issue.message.en} **Fix:** ${issue.hint?.en ?? ''}`,
        ]
  })
  const header = ['Code', 'Severity', 'Tiếng Việt', 'English']
  return [
    '# Issue codes',
    '',
    `<!-- Made from the code's registries by \`${regenerate}\`; a test fails when it drifts. Do not edit by hand. -->`,
    '',
    'Every issue Tiendo reports carries a stable `code` (in JSON, JUnit, SARIF and GitHub',
    'annotations alike), a severity, a message and a hint on how to fix it, in Vietnamese and',
    'English. Tools and translations key on the codes; they do not change between versions.',
    '`error` refuses the row (or the file, or the pack) and makes `tiendo validate` exit 1;',
    '`warning` and `info` are reported and let it pass. A few codes mean the file could not',
    'be read at all (exit code 2): `file_not_found`, `not_a_file`, `file_unreadable`,',
    '`unknown_format`, `unsupported_encoding`, `sheet_not_found`, `binary_file`, `utf16_file`,',
    '`invalid_xlsx`. A failed rule of a pack is reported under the rule’s own id.',
    '',
    '## Reading a file',
    '',
    'What `@tiendo/io` finds while reading CSV, NDJSON, JSON and XLSX files.',
    '',
    ...markdownTable(header, io),
    '',
    '## Values in a row',
    '',
    'What `@tiendo/schema` finds in a row’s fields; the examples are the messages Tiendo gives',
    'for a sample row (a period `2024-H3`, a value `0,59.34`…). The same checks apply to the',
    'fields of a pack.',
    '',
    ...markdownTable(header, schema),
    '',
    '## Rows against the pack',
    '',
    'What the checks of each row against the pack find: indicators, units and their validity,',
    'bounds, dates, duplicates, derived figures.',
    '',
    ...markdownTable(header, data),
    '',
    '## Packs',
    '',
    'A pack with one of these problems is refused (exit code 2); each message names the file, the',
    'field (as a JSON Pointer) and how to fix it. From `@tiendo/rules`:',
    RULES_ISSUE_CODES.map((code) => `\`${code}\``).join(', '),
    '',
    'From `@tiendo/packs`:',
    '',
    ...markdownTable(
      ['Code', 'Severity', 'English'],
      Object.entries(PACKS_ISSUE_CODES).map(([code, en]) => [code, 'error', en]),
    ),
    '',
    'The record file’s columns and statuses, and the observation file’s, are in',
    '[data files](data-files.md).',
    '',
  ].join('\n')
}
