/**
 * A pack's units for people: a table for a terminal and for Markdown, rows for a
 * spreadsheet. Kinds and dates in words; JSON is the entries themselves.
 */

import { escapeControls, renderTable, toCsv } from '@tiendo/io/internal'
import type { Language } from '@tiendo/schema'
import { toDecimal } from '@tiendo/schema'
import { formatNumber } from '../render/format'
import { UNIT_KIND_WORDS, wordFor } from '../render/vocabulary'
import { CATALOGUE_WORDS } from './catalogue-words'
import { markdownTable } from './markdown-table'
import type { UnitEntry } from './unit-entries'

/** An ISO date as a language writes it: `30/06/2025` in Vietnamese, as is in English. */
function dayText(day: string, lang: Language): string {
  if (lang === 'en') return day
  const [year, month, date] = day.split('-')
  return `${date}/${month}/${year}`
}

/** A unit's validity in words: `từ 01/07/2025`, `đến 30/06/2025`, both, or none. */
function validityText(entry: UnitEntry, lang: Language): string {
  const w = CATALOGUE_WORDS[lang]
  const parts = [
    entry.validFrom === null ? undefined : w.from(dayText(entry.validFrom, lang)),
    entry.validTo === null ? undefined : w.until(dayText(entry.validTo, lang)),
  ].filter((part) => part !== undefined)
  return parts.length === 0 ? w.always : parts.join(' ')
}

/** Where a unit went: `56@2025-07-01`, a split with each share (`X2@2025-07-01 60%`). */
function successorsText(entry: UnitEntry, lang: Language): string {
  if (entry.successors.length === 0) return '—'
  return entry.successors
    .map((successor) =>
      successor.share === null
        ? successor.unit
        : `${successor.unit} ${CATALOGUE_WORDS[lang].share(formatNumber(toDecimal(successor.share).times(100), lang))}`,
    )
    .join(', ')
}

function unitRows(entries: readonly UnitEntry[], lang: Language): string[][] {
  return entries.map((entry) => [
    entry.key,
    entry.name[lang],
    wordFor(UNIT_KIND_WORDS, entry.kind, lang),
    entry.parent ?? '—',
    validityText(entry, lang),
    successorsText(entry, lang),
  ])
}

/** What the units were picked from: the pack's id, and the day they are valid on if one was asked. */
export interface UnitsListOptions {
  /** The pack's id. */
  readonly pack: string
  /** The day (`YYYY-MM-DD`) the units were picked for, if any. */
  readonly on?: string | undefined
  /** The language of the words. */
  readonly lang: Language
}

function unitsTitle(entries: readonly UnitEntry[], options: UnitsListOptions): string {
  return CATALOGUE_WORDS[options.lang].units(entries.length, options.pack, options.on)
}

/** The units as a table for a terminal, under a title, wrapped to `width`. */
export function unitsToPretty(
  entries: readonly UnitEntry[],
  options: UnitsListOptions & { readonly width: number },
): string {
  const { lang, width } = options
  const title = unitsTitle(entries, options)
  // A pack's names are untrusted: no control character reaches the terminal (line breaks stay).
  const rows = unitRows(entries, lang).map((row) => row.map((cell) => escapeControls(cell, true)))
  const table = renderTable(CATALOGUE_WORDS[lang].unitHeader, rows, undefined, { width })
  return `${title}\n\n${table}`
}

/** The units as a Markdown table. */
export function unitsTable(entries: readonly UnitEntry[], lang: Language): string[] {
  return markdownTable(CATALOGUE_WORDS[lang].unitHeader, unitRows(entries, lang))
}

/** The units as Markdown: a title, then {@link unitsTable}. */
export function unitsToMarkdown(entries: readonly UnitEntry[], options: UnitsListOptions): string {
  return [unitsTitle(entries, options), '', ...unitsTable(entries, options.lang), ''].join('\n')
}

/** The units as CSV for a spreadsheet: codes and ISO dates, both names. */
export function unitsToCsv(entries: readonly UnitEntry[]): string {
  return toCsv([
    [
      'code',
      'key',
      'name_vi',
      'name_en',
      'kind',
      'parent',
      'valid_from',
      'valid_to',
      'successors',
      'legal_basis',
    ],
    ...entries.map((entry) => [
      entry.code,
      entry.key,
      entry.name.vi,
      entry.name.en,
      entry.kind,
      entry.parent ?? '',
      entry.validFrom ?? '',
      entry.validTo ?? '',
      entry.successors.map((s) => (s.share === null ? s.unit : `${s.unit}:${s.share}`)).join(' '),
      entry.legalBasis ?? '',
    ]),
  ])
}
