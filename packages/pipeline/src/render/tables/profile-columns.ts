/**
 * The columns of the progress tables that carry the methodology profiles' own verdicts,
 * after Tiendo's status: the institution, its verdict in words (symbol first, Destatis's
 * plain-text equivalent), its label's code, Open SDG's score and ESCAP's indices as numbers,
 * and Eurostat's short and long term side by side. Present only when a series of the table has one, so a
 * run of Tiendo's default method keeps its tables as they were. @internal
 */

import { EUROSTAT_HORIZONS } from '@tiendo/forecast'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { horizonCell, profileCell, type profileColumnsOf } from '../profile-view'
import { PROFILE_WORDS, profileName } from '../profile-words'
import { numberCell, type TableCell, type TableColumn, textCell } from './table-model'

/** Which profile columns a table has: {@link profileColumnsOf} its series. */
export type ProfileColumns = ReturnType<typeof profileColumnsOf>

/** The columns' ids, headers and widths. */
export function profileTableColumns(columns: ProfileColumns, lang: Language): TableColumn[] {
  const w = PROFILE_WORDS[lang]
  const out: [string, string, number][] = []
  if (columns.verdict) {
    out.push(['profile', w.profile, 12], ['profileVerdict', w.column, 36])
    out.push(['profileLabel', w.labelCode, 22])
  }
  if (columns.score) out.push(['profileScore', w.score, 12])
  if (columns.escap) {
    out.push(
      ['currentStatus', w.currentStatusColumn, 14],
      ['anticipatedGap', w.anticipatedGapColumn, 14],
    )
  }
  if (columns.horizons) {
    out.push(
      ['shortTerm', w.shortTerm(EUROSTAT_HORIZONS.short.years), 30],
      ['shortTermLabel', w.shortTermCode, 22],
      ['longTerm', w.longTerm(EUROSTAT_HORIZONS.long.years), 30],
      ['longTermLabel', w.longTermCode, 22],
    )
  }
  return out.map(([id, header, width]) => ({ id, header, width }))
}

/** A series' cells in the profile columns. */
export function profileTableCells(
  series: TargetReport,
  columns: ProfileColumns,
  lang: Language,
): TableCell[] {
  const a = series.assessment
  const verdict = a.profileVerdict
  const cells: TableCell[] = []
  if (columns.verdict) {
    const named = verdict !== null || a.horizons !== null
    cells.push(
      textCell(named ? profileName(verdict?.profile ?? a.profile) : ''),
      textCell(profileCell(a, lang)),
      textCell(verdict?.label),
    )
  }
  // The score as a number, every digit kept; shown to two places as everywhere else.
  if (columns.score) cells.push(numberCell(verdict?.score ?? null, lang, { places: 2 }))
  if (columns.escap) {
    const escap = verdict?.profile === 'escap'
    cells.push(
      numberCell(escap ? a.currentStatus : null, lang, { places: 2 }),
      numberCell(escap ? a.anticipatedGap : null, lang, { places: 2 }),
    )
  }
  if (columns.horizons) {
    const h = a.horizons
    cells.push(
      textCell(h === null ? '' : horizonCell(h.short, lang, { reason: true })),
      textCell(h?.short.verdict?.label),
      textCell(h === null ? '' : horizonCell(h.long, lang, { reason: true })),
      textCell(h?.long.verdict?.label),
    )
  }
  return cells
}
