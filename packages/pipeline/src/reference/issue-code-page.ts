/**
 * The issue-code reference (`docs/issue-codes.md`): every code Tiendo reports about data
 * files and packs, from the registries that define them, with what each means and how to fix
 * it in both languages. Made from the code, so that a test keeps page and code together.
 */

import { CANNOT_READ_CODES } from '@tiendo/io/internal'
import { IO_ISSUE_CODES } from '@tiendo/io/parse'
import { PACKS_ISSUE_CODES } from '@tiendo/packs'
import { PACK_PROBLEM_CODES, type PackProblemCode, RULES_ISSUE_CODES } from '@tiendo/rules'
import type { IssueCodeSpec, IssueRegistry, Language, TiendoIssue } from '@tiendo/schema'
import { ObservationSchema, SCHEMA_ISSUE_CODES, TIENDO_CODES, toTiendoIssues } from '@tiendo/schema'
import { markdownTable } from '../catalogue/markdown-table'
import { DATA_ISSUE_CODES } from './data-issue-codes'
import { SCHEMA_SAMPLES } from './schema-samples'

/** Problems `evaluate` finds with a rule in one run: warned of, never a refused pack. */
const NOT_EVALUATED: readonly PackProblemCode[] = ['no_periods', 'no_scopes']

/** The issue a sample row raises with its code, or `undefined`. @internal */
export function sampleIssue(code: string): TiendoIssue | undefined {
  const sample = SCHEMA_SAMPLES[code]
  if (sample === undefined) return undefined
  const parsed = ObservationSchema.safeParse(sample)
  if (parsed.success) return undefined
  return toTiendoIssues(parsed.error, { input: sample }).find((issue) => issue.code === code)
}

/** A registry of any package, as the page reads it. */
type AnyRegistry = IssueRegistry<Record<string, object>>

/** The typed fields of a code, as a cell: their names. */
function fieldNames(spec: IssueCodeSpec): string {
  const names = Object.keys(spec.fields)
  return names.length === 0 ? '' : names.map((name) => `\`${name}\``).join(', ')
}

/** What a code means and how to fix it, in one language, from its registry entry. */
function meaningCell(spec: IssueCodeSpec, lang: Language): string {
  const meaning = spec.meaning?.[lang] ?? ''
  if (spec.fix === undefined) return meaning
  return `${meaning} **${lang === 'vi' ? 'Cách sửa' : 'Fix'}:** ${spec.fix[lang]}`
}

/** The rows of a registry's table: code, severity, typed fields, both languages. */
function registryRows(registry: AnyRegistry): string[][] {
  return Object.entries(registry).map(([code, spec]) => [
    code,
    spec.severity,
    fieldNames(spec),
    meaningCell(spec, 'vi'),
    meaningCell(spec, 'en'),
  ])
}

/**
 * One row a typed field: the code, the field, what it holds. A code in two registries (the
 * row checks of `@tiendo/rules` are both in its own and among the data codes) is listed once.
 */
function fieldRows(registries: readonly AnyRegistry[]): string[][] {
  const listed = new Set<string>()
  return registries.flatMap((registry) =>
    Object.entries(registry).flatMap(([code, spec]) => {
      if (listed.has(code)) return []
      listed.add(code)
      return Object.entries(spec.fields).map(([name, what]) => [code, `\`${name}\``, what])
    }),
  )
}

/**
 * The typed fields of a row's values: those every schema code carries once, under `*`,
 * then what each code adds.
 */
function schemaFieldRows(): string[][] {
  const specs = Object.values(SCHEMA_ISSUE_CODES).map((spec) => spec.fields)
  // The fields every code carries, described once.
  const shared = Object.entries(specs[0] ?? {}).filter(([name]) =>
    specs.every((fields) => name in fields),
  )
  const sharedNames = new Set(shared.map(([name]) => name))
  return [
    ...shared.map(([name, what]) => ['every code of a row’s values', `\`${name}\``, what]),
    ...Object.entries(SCHEMA_ISSUE_CODES).flatMap(([code, spec]) =>
      Object.entries(spec.fields)
        .filter(([name]) => !sharedNames.has(name))
        .map(([name, what]) => [code, `\`${name}\``, what]),
    ),
  ]
}

/** The page, as Markdown. `regenerate` is the command that writes it again. */
export function issueCodePage(regenerate: string): string {
  const schema = TIENDO_CODES.map((code) => {
    const issue = sampleIssue(code)
    const fields = fieldNames(SCHEMA_ISSUE_CODES[code])
    return issue === undefined
      ? [
          code,
          'error',
          fields,
          'Kiểm tra trường trong bộ quy tắc (xem thông báo kèm theo).',
          'A check on a pack’s fields (see the message given).',
        ]
      : [
          code,
          'error',
          fields,
          `${issue.message.vi} **Cách sửa:** ${issue.hint?.vi ?? ''}`,
          `${issue.message.en} **Fix:** ${issue.hint?.en ?? ''}`,
        ]
  })
  const registries: AnyRegistry[] = [IO_ISSUE_CODES, DATA_ISSUE_CODES, RULES_ISSUE_CODES]
  const header = ['Code', 'Severity', 'Fields', 'Tiếng Việt', 'English']
  return [
    '# Issue codes',
    '',
    `<!-- Made from the code's registries by \`${regenerate}\`; a test fails when it drifts. Do not edit by hand. -->`,
    '',
    'Every issue Tiendo reports carries a stable `code` (in JSON, JUnit, SARIF and GitHub',
    'annotations alike), a severity, a message and a hint on how to fix it, in Vietnamese and',
    'English. Tools and translations key on the codes; they do not change between versions.',
    'Some codes carry typed fields beside the message (column *Fields*; [below](#typed-fields)',
    'what each holds): a program reads those — `tiendo validate --format json` prints them',
    'after `code` — and never the message, which is worded for people in the chosen language.',
    '`error` refuses the row (or the file, or the pack) and makes `tiendo validate` exit 1;',
    '`warning` and `info` are reported and let it pass. A few codes mean the file could not',
    'be read, or not to its end, so it was not fully checked (exit code 2; `cannotRead` in a',
    `report): ${[...CANNOT_READ_CODES].map((code) => `\`${code}\``).join(', ')}; so do a`,
    '`limit_exceeded` whose `stoppedReading` is true and an `invalid_json` of a JSON file (of an',
    'NDJSON file, only its line is refused). A rule of a pack that fails is reported as',
    '`rule_failed`, the rule’s id in its field `rule`, with the rule’s own severity and message.',
    '',
    '## Reading a file',
    '',
    'What `@tiendo/io` finds while reading CSV, NDJSON, JSON and XLSX files.',
    '',
    ...markdownTable(header, registryRows(IO_ISSUE_CODES)),
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
    ...markdownTable(header, registryRows(DATA_ISSUE_CODES)),
    '',
    '## Packs',
    '',
    'A pack with one of these problems is refused (exit code 2); each message names the file, the',
    'field (as a JSON Pointer) and how to fix it. From `@tiendo/rules`:',
    PACK_PROBLEM_CODES.filter((code) => !NOT_EVALUATED.includes(code))
      .map((code) => `\`${code}\``)
      .join(', '),
    '',
    'Two are warnings of `evaluate`, about a rule it did not evaluate in a run (the run goes on):',
    '`no_periods` (neither the rule, the run nor the data name a period: give `--from`/`--to`)',
    'and `no_scopes` (the rule applies to no unit: most likely a misspelt kind).',
    '',
    'From `@tiendo/packs`:',
    '',
    ...markdownTable(header, registryRows(PACKS_ISSUE_CODES)),
    '',
    '## Rules of a pack',
    '',
    'What `tiendo validate` (a pack’s data-quality rules) and `tiendo evaluate` report when a rule',
    'of the pack fails.',
    '',
    ...markdownTable(header, registryRows({ rule_failed: RULES_ISSUE_CODES.rule_failed })),
    '',
    '## Typed fields',
    '',
    'What each typed field holds. A field left out of an issue is not known for it.',
    '',
    ...markdownTable(
      ['Code', 'Field', 'What it holds'],
      [...fieldRows([...registries, PACKS_ISSUE_CODES]), ...schemaFieldRows()],
    ),
    '',
    'The record file’s columns and statuses, and the observation file’s, are in',
    '[data files](data-files.md).',
    '',
  ].join('\n')
}
