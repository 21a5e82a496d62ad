/**
 * The Markdown report's section on the institutions' own verdicts: Tiendo's status beside
 * each institution's label, and Eurostat's short-term and long-term verdicts in two columns
 * side by side; then Open SDG's indicator-level status. @internal
 */

import { EUROSTAT_HORIZONS } from '@tiendo/forecast'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { indicatorProgressOf } from '../report/indicator-progress'
import type { PipelineReport } from '../report/report'
import { indicatorSeriesText } from './indicator-progress-view'
import {
  hasProfileVerdict,
  horizonCell,
  profileCell,
  profileColumnsOf,
  verdictText,
} from './profile-view'
import { PROFILE_WORDS, profileName } from './profile-words'
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
  lines.push('')
  const indicators = indicatorProgressOf(shown)
  if (indicators.length > 0) {
    const head = [words.indicator, w.tiendoStatus, profileName('opensdg'), w.seriesColumn]
    lines.push(
      `#### ${cell(w.indicatorLevel)}`,
      '',
      `| ${head.map(cell).join(' | ')} |`,
      `| ${head.map(() => '---').join(' | ')} |`,
      ...indicators.map(
        (progress) =>
          `| ${[
            cell(progress.indicator.name[lang]),
            cell(status(progress.status)),
            cell(verdictText(progress.verdict, lang)),
            cell(indicatorSeriesText(report, progress, lang)),
          ].join(' | ')} |`,
      ),
      '',
    )
  }
  lines.push(cell(w.note), '')
  return lines
}
