/**
 * The HTML report's account of the institutions' own verdicts: columns of the summary table
 * beside Tiendo's status (the institution's label, then Eurostat's short and long term side
 * by side), the lines of each series' card, and Open SDG's indicator-level status. Text is
 * escaped here. @internal
 */

import type { Assessment } from '@tiendo/forecast'
import { EUROSTAT_HORIZONS } from '@tiendo/forecast'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { indicatorProgressOf } from '../report/indicator-progress'
import type { PipelineReport } from '../report/report'
import { indicatorSeriesText } from './indicator-progress-view'
import {
  escapIndexText,
  horizonCell,
  horizonName,
  horizonVerdict,
  profileCell,
  type profileColumnsOf,
  verdictText,
} from './profile-view'
import { PROFILE_WORDS, profileName } from './profile-words'
import { escapeHtml as e } from './svg-escape'
import { PROGRESS_WORDS } from './words'

/** Which profile columns a summary table of these series has. */
export type HtmlProfileColumns = ReturnType<typeof profileColumnsOf>

/** The header cells of the profile columns (none when no series has a verdict). */
export function htmlProfileHeaders(columns: HtmlProfileColumns, lang: Language): string {
  const w = PROFILE_WORDS[lang]
  const headers: string[] = []
  if (columns.verdict) headers.push(w.column)
  if (columns.horizons) {
    headers.push(
      w.shortTerm(EUROSTAT_HORIZONS.short.years),
      w.longTerm(EUROSTAT_HORIZONS.long.years),
    )
  }
  return headers.map((header) => `<th>${e(header)}</th>`).join('')
}

/** A series' cells of the profile columns. */
export function htmlProfileCells(
  series: TargetReport,
  columns: HtmlProfileColumns,
  lang: Language,
): string {
  const a = series.assessment
  const cells: string[] = []
  if (columns.verdict) cells.push(profileCell(a, lang))
  if (columns.horizons) {
    cells.push(
      a.horizons === null ? '' : horizonCell(a.horizons.short, lang),
      a.horizons === null ? '' : horizonCell(a.horizons.long, lang),
    )
  }
  return cells.map((cell) => `<td>${e(cell)}</td>`).join('')
}

/** The card's lines: the institution's verdict (with Open SDG's score), or Eurostat's two horizons. */
export function htmlProfileFigures(a: Assessment, lang: Language): [string, string][] {
  const { horizons } = a
  if (horizons !== null) {
    const name = profileName(a.profile)
    return (['short', 'long'] as const).map((which) => [
      `${name} — ${horizonName(horizons[which], which, lang)}`,
      horizonVerdict(horizons[which], lang, { reason: true }),
    ])
  }
  if (a.profileVerdict === null) return []
  return [
    [
      `${PROFILE_WORDS[lang].column} (${profileName(a.profileVerdict.profile)})`,
      `${verdictText(a.profileVerdict, lang)}${escapIndexText(a, lang)}`,
    ],
  ]
}

/**
 * Open SDG's indicator-level status, a heading and a table (Tiendo's status, Open SDG's label
 * and mean score, the series), or `''` when no indicator has two series under `opensdg`.
 * `badge` draws Tiendo's status as the report does.
 */
export function htmlIndicatorProgress(
  report: PipelineReport,
  list: readonly TargetReport[],
  lang: Language,
  badge: (status: string) => string,
): string {
  const indicators = indicatorProgressOf(list)
  if (indicators.length === 0) return ''
  const w = PROFILE_WORDS[lang]
  const head = [
    PROGRESS_WORDS[lang].indicator,
    w.tiendoStatus,
    profileName('opensdg'),
    w.seriesColumn,
  ]
  const rows = indicators.map(
    (progress) =>
      `<tr><td>${e(progress.indicator.name[lang])}</td><td>${badge(progress.status)}</td><td>${e(verdictText(progress.verdict, lang))}</td><td>${e(indicatorSeriesText(report, progress, lang))}</td></tr>`,
  )
  return `<h3>${e(w.indicatorLevel)}</h3><table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}
