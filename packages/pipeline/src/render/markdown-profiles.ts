/**
 * The Markdown report's section on the institutions' own verdicts: Tiendo's status beside
 * each institution's label, and Eurostat's short-term and long-term verdicts in two columns
 * side by side. @internal
 */

import { EUROSTAT_HORIZONS } from '@tiendo/forecast'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../report/report'
import { hasProfileVerdict, horizonCell, profileCell, profileColumnsOf } from './profile-view'
import { PROFILE_WORDS } from './profile-words'
import { unitLabel } from './report-view'
import { PROGRESS_WORDS } from './words'

/**
 * The section's lines, or none when no series carries an institution's verdict. `cell`
 * escapes text for a table cell; `status` writes Tiendo's status as the report does.
 */
export function markdownProfileLines(
  report: PipelineReport,
  shown: readonly TargetReport[],
  lang: Language,
  cell: (text: string) => string,
  status: (value: string) => string,
): string[] {
  const judged = shown.filter((series) => hasProfileVerdict(series.assessment))
  if (judged.length === 0) return []
  const w = PROFILE_WORDS[lang]
  const words = PROGRESS_WORDS[lang]
  const { horizons } = profileColumnsOf(judged)
  const header: string[] = [words.indicator, words.unit, w.tiendoStatus, w.column]
  if (horizons) {
    header.push(
      w.shortTerm(EUROSTAT_HORIZONS.short.years),
      w.longTerm(EUROSTAT_HORIZONS.long.years),
    )
  }
  const lines = [
    `### ${cell(w.section)}`,
    '',
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
  ]
  for (const series of judged) {
    const a = series.assessment
    const row = [
      cell(series.indicator.name[lang]),
      cell(unitLabel(report, series.unit, lang, series.unitName)),
      cell(status(a.status)),
      cell(profileCell(a, lang)),
    ]
    if (horizons) {
      row.push(
        a.horizons === null ? '' : cell(horizonCell(a.horizons.short, lang, { reason: true })),
        a.horizons === null ? '' : cell(horizonCell(a.horizons.long, lang, { reason: true })),
      )
    }
    lines.push(`| ${row.join(' | ')} |`)
  }
  lines.push('', cell(w.note), '')
  return lines
}
