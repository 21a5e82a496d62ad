/**
 * The docs page of a pack (`docs/packs/vn-national.md`): what it holds, its indicators with
 * their targets, its units, its rules. Made from the pack itself, so that a test can keep the
 * page and the pack from drifting apart.
 */

import type { Pack, Rule } from '@tiendo/schema'
import { UNIT_KIND_WORDS, wordFor } from '../render/vocabulary'
import { indicatorEntries } from './indicator-entries'
import { indicatorsTable } from './indicator-views'
import { markdownTable } from './markdown-table'
import { unitEntries } from './unit-entries'
import { unitsTable } from './unit-views'

/** Kinds of unit a page counts rather than lists: there are thousands of them. */
const COUNTED_KINDS = new Set(['commune', 'ward', 'special_zone'])

/** What {@link packPage} describes: the pack as written, and as resolved and loaded. */
export interface PackPageInput {
  /** The pack file as written (for what it adds itself and what it extends). */
  readonly written: Pack
  /** The pack resolved (`extends` merged) with the bundled communes it names. */
  readonly resolved: Pack
  /** How the page names the file it was made from (`packages/packs/packs/ninh-thuan.json`). */
  readonly file: string
  /** The command that writes the page again. */
  readonly regenerate: string
}

/** The pack's page, in English (names in both languages), as Markdown. */
export function packPage(input: PackPageInput): string {
  const { written, resolved } = input
  const indicators = indicatorEntries(resolved)
  const derived = indicators.filter((entry) => entry.derivation !== null).length
  const units = unitEntries(resolved)
  const listed = units.filter((unit) => !COUNTED_KINDS.has(unit.kind))
  const counted = units.filter((unit) => COUNTED_KINDS.has(unit.kind))
  const kinds = new Map<string, number>()
  for (const unit of units) kinds.set(unit.kind, (kinds.get(unit.kind) ?? 0) + 1)
  const rules = resolved.rules ?? []
  const lines = [
    `# \`${written.id}\` — ${written.title.en ?? written.title.vi}`,
    '',
    `<!-- Made from ${input.file} by \`${input.regenerate}\`; a test fails when it drifts from the pack. Do not edit by hand. -->`,
    '',
    `_${written.title.vi}_ · version ${written.version}`,
    '',
    ...(written.description?.en === undefined ? [] : [written.description.en, '']),
    ...(written.description?.vi === undefined ? [] : [`> ${written.description.vi}`, '']),
    '## What it holds',
    '',
    `- **Extends**: ${written.extends === undefined ? 'nothing; other packs extend it' : `[\`${written.extends}\`](${written.extends}.md), whose indicators, units and targets it inherits`}.`,
    `- **Indicators**: ${indicators.length} (${indicators.length - derived} submitted, ${derived} derived from others), ${(written.indicators ?? []).length} declared by this pack itself.`,
    `- **Units**: ${count(units.length)} — ${[...kinds].map(([kind, n]) => `${wordFor(UNIT_KIND_WORDS, kind, 'en')}: ${count(n)}`).join(', ')}.${written.communes === undefined ? '' : ` The communes, wards and special zones of 1 July 2025 come from the bundled list (\`communes: ${JSON.stringify(written.communes)}\`).`}`,
    `- **Targets**: ${(resolved.targets ?? []).length}, ${(written.targets ?? []).length} set by this pack itself.`,
    `- **Rules**: ${rules.length}.`,
    '',
    'The same lists on the command line: `tiendo indicators --pack ' +
      `${written.id}\` and \`tiendo units --pack ${written.id} [--on DATE]\` ` +
      '(`--format json|csv|markdown`).',
    '',
    '## Indicators',
    '',
    'Bounds refuse a value outside them; aggregation says how a parent’s figure is computed from its children; carry says how a figure passes to the unit a merger makes (“default” when the pack leaves it to the aggregation).',
    '',
    ...indicatorsTable(indicators, 'en'),
    '',
    '## Units',
    '',
    ...(listed.length === 0 ? ['None besides the communes.'] : unitsTable(listed, 'en')),
    ...(counted.length === 0
      ? []
      : [
          '',
          `And ${count(counted.length)} communes, wards and special zones, not listed here: \`tiendo units --pack ${written.id} --kind commune --kind ward --kind special_zone\`.`,
        ]),
    '',
    '## Rules',
    '',
    ...(rules.length === 0
      ? ['None: the rules are the provinces’ own (see `ninh-thuan`).']
      : markdownTable(
          ['Rule', 'Template', 'Severity', 'What it checks'],
          rules.map((rule) => ruleRow(rule)),
        )),
    '',
  ]
  return lines.join('\n')
}

/** A count as English writes it: `3,321`. */
function count(n: number): string {
  return n.toLocaleString('en-US')
}

function ruleRow(rule: Rule): string[] {
  const description = rule.description?.en ?? rule.description?.vi ?? ''
  const first = /^(.+?[.!?])(?:\s|$)/s.exec(description.trim())?.[1] ?? description
  return [rule.id, 'template' in rule ? rule.template : '—', rule.severity, first]
}
