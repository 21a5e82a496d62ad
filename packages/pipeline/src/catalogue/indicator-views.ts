/**
 * A pack's indicators for people: cards for a terminal, a table for Markdown, rows for a
 * spreadsheet. Words come from the vocabulary; JSON is the entries themselves.
 */

import { escapeControls, toCsv, wrapText } from '@tiendo/io/internal'
import type { Language } from '@tiendo/schema'
import { toDecimal } from '@tiendo/schema'
import { formatNumber, targetText, textIn } from '../render/format'
import {
  AGGREGATION_WORDS,
  DIRECTION_WORDS,
  MEASURE_WORDS,
  RECORD_STATUS_WORDS,
  UNIT_KIND_WORDS,
  wordFor,
} from '../render/vocabulary'
import { CATALOGUE_WORDS } from './catalogue-words'
import type { IndicatorEntry, TargetEntry } from './indicator-entries'
import { markdownTable } from './markdown-table'

/** An indicator's bounds in words: `0–100`, `≥ 0`, or `—`. */
function boundsText(entry: IndicatorEntry, lang: Language): string {
  const min = entry.bounds?.min
  const max = entry.bounds?.max
  if (min != null && max != null) return `${formatNumber(min, lang)}–${formatNumber(max, lang)}`
  if (min != null) return `≥ ${formatNumber(min, lang)}`
  if (max != null) return `≤ ${formatNumber(max, lang)}`
  return '—'
}

/** How an indicator aggregates up the unit tree, in words, with its parts and options. */
function aggregationText(entry: IndicatorEntry, lang: Language): string {
  const w = CATALOGUE_WORDS[lang]
  const { aggregation } = entry
  let text = wordFor(AGGREGATION_WORDS, aggregation.method, lang)
  if (aggregation.method === 'weighted_mean') text += ` ${w.weightedBy(aggregation.weight)}`
  const options = [
    aggregation.method !== 'none' && aggregation.missing !== undefined
      ? w.missing[aggregation.missing]
      : undefined,
    aggregation.method !== 'none' && aggregation.minCoverage !== undefined
      ? w.minCoverage(formatNumber(toDecimal(aggregation.minCoverage).times(100), lang))
      : undefined,
  ].filter((option) => option !== undefined)
  return options.length === 0 ? text : `${text}; ${options.join('; ')}`
}

function ratioText(derivation: { numerator: string; denominator: string; factor?: unknown }) {
  const factor = derivation.factor === undefined ? '' : ` × ${String(derivation.factor)}`
  return `\`${derivation.numerator}\` / \`${derivation.denominator}\`${factor}`
}

/** How an indicator's figures are derived when nobody submits them, or `undefined`. */
function derivationText(entry: IndicatorEntry, lang: Language): string | undefined {
  const { derivation } = entry
  if (derivation === null) return undefined
  if (derivation.kind === 'ratio') return ratioText(derivation)
  if (derivation.kind === 'record_count') {
    const statuses = (derivation.statuses ?? ['completed'])
      .map((status) => wordFor(RECORD_STATUS_WORDS, status, lang))
      .join(', ')
    return CATALOGUE_WORDS[lang].records(derivation.record, statuses)
  }
  return undefined
}

/** The unit of measure in words, and whether it takes whole numbers: `số lượng (số nguyên)`. */
function measureText(entry: IndicatorEntry, lang: Language): string {
  const word = wordFor(MEASURE_WORDS, entry.unit, lang)
  return entry.wholeNumbers ? `${word} (${CATALOGUE_WORDS[lang].wholeNumbers})` : word
}

/** How an indicator is carried onto a reorganised unit: `tổng (mặc định)`. */
function carryText(entry: IndicatorEntry, lang: Language): string {
  const word = wordFor(AGGREGATION_WORDS, entry.carry, lang)
  return entry.carryDeclared ? word : `${word} (${CATALOGUE_WORDS[lang].defaultCarry})`
}

/** A target with whom it is set for and its source: `≥ 80% đến năm 2025 — VN; Quyết định …`. */
function targetLine(target: TargetEntry, measure: string, lang: Language): string {
  const who =
    target.unit ?? (target.unitKind === null ? '' : wordFor(UNIT_KIND_WORDS, target.unitKind, lang))
  const source = target.source === null ? '' : `; ${textIn(target.source, lang)}`
  return `${targetText(target, measure, lang)} — ${who}${source}`
}

/** The targets of a table's cell, each after its id (which `tiendo assess --target` takes). */
function targetsText(entry: IndicatorEntry, lang: Language): string {
  if (entry.targets.length === 0) return '—'
  return entry.targets
    .map((target) => `\`${target.id}\`: ${targetLine(target, entry.unit, lang)}`)
    .join(' · ')
}

/** The indicators as cards for a terminal, each line wrapped to `width`. */
export function indicatorsToPretty(
  entries: readonly IndicatorEntry[],
  pack: string,
  options: { readonly lang: Language; readonly width: number },
): string {
  const { lang, width } = options
  const w = CATALOGUE_WORDS[lang]
  // Each line of a card two columns in, its continuations four. A pack's texts are untrusted:
  // no control character reaches the terminal (line breaks stay).
  const wrap = (text: string) =>
    wrapText(escapeControls(text, true), width - 2, '  ')
      .split('\n')
      .map((line) => (line === '' ? '' : `  ${line}`))
      .join('\n')
  const cards = entries.map((entry) => {
    const derived = derivationText(entry, lang)
    const lines = [
      `${escapeControls(entry.id)}\n`,
      wrap(entry.name.vi),
      ...(entry.name.en === entry.name.vi ? [] : [wrap(entry.name.en)]),
      wrap(
        `${w.measuredIn} ${measureText(entry, lang)} · ${wordFor(DIRECTION_WORDS, entry.direction, lang)} · ${w.bounds} ${boundsText(entry, lang)}`,
      ),
      wrap(
        `${w.aggregation}: ${aggregationText(entry, lang)} · ${w.carry}: ${carryText(entry, lang)}`,
      ),
      ...(derived === undefined ? [] : [wrap(`${w.derivedFrom}: ${derived}`)]),
      ...(entry.targets.length === 0
        ? [wrap(`${w.targets}: ${w.noTarget}`)]
        : // Each with its id, which `tiendo assess --target` takes.
          entry.targets.map((target) =>
            wrap(`${w.target(target.id)}: ${targetLine(target, entry.unit, lang)}`),
          )),
    ]
    return lines.join('')
  })
  return `${w.indicators(entries.length, pack)}\n\n${cards.join('\n')}`
}

/** The indicators' rows as the Markdown table and the CSV file show them. */
function indicatorRows(entries: readonly IndicatorEntry[], lang: Language): string[][] {
  return entries.map((entry) => [
    entry.id,
    entry.name.vi,
    entry.name.en,
    measureText(entry, lang),
    wordFor(DIRECTION_WORDS, entry.direction, lang),
    boundsText(entry, lang),
    [aggregationText(entry, lang), derivationText(entry, lang)]
      .filter((text) => text !== undefined)
      .join('; '),
    carryText(entry, lang),
    targetsText(entry, lang),
  ])
}

/** The indicators as one Markdown table: both names, how each is measured, its targets. */
export function indicatorsTable(entries: readonly IndicatorEntry[], lang: Language): string[] {
  return markdownTable(CATALOGUE_WORDS[lang].indicatorHeader, indicatorRows(entries, lang))
}

/** The indicators as Markdown: how many, then {@link indicatorsTable}. */
export function indicatorsToMarkdown(
  entries: readonly IndicatorEntry[],
  pack: string,
  lang: Language,
): string {
  const title = CATALOGUE_WORDS[lang].indicators(entries.length, pack)
  return [title, '', ...indicatorsTable(entries, lang), ''].join('\n')
}

/**
 * The indicators as CSV for a spreadsheet: codes where a program reads (`unit`, `direction`,
 * `aggregation`, `carry`, `target_ids`), words where a person does (`targets`, in the language
 * asked). `target_ids` lists the ids of `targets` in the same order, separated by `;`.
 */
export function indicatorsToCsv(entries: readonly IndicatorEntry[], lang: Language): string {
  return toCsv([
    [
      'id',
      'name_vi',
      'name_en',
      'unit',
      'direction',
      'bounds_min',
      'bounds_max',
      'whole_numbers',
      'aggregation',
      'carry',
      'derivation',
      'targets',
      'target_ids',
    ],
    ...entries.map((entry) => [
      entry.id,
      entry.name.vi,
      entry.name.en,
      entry.unit,
      entry.direction,
      entry.bounds?.min ?? '',
      entry.bounds?.max ?? '',
      String(entry.wholeNumbers),
      entry.aggregation.method,
      entry.carry,
      derivationText(entry, lang) ?? '',
      entry.targets.map((target) => targetLine(target, entry.unit, lang)).join('; '),
      entry.targets.map((target) => target.id).join(';'),
    ]),
  ])
}
