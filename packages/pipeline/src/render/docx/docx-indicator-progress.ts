/**
 * The Word report's lines on Open SDG's indicator-level status, after the targets: one an
 * indicator with two or more series under `opensdg`. @internal
 */

import type { Language } from '@tiendo/schema'
import { indicatorProgressOf } from '../../report/indicator-progress'
import type { PipelineReport } from '../../report/report'
import { indicatorSeriesText, indicatorVerdictText } from '../indicator-progress-view'
import { PROFILE_WORDS } from '../profile-words'
import { statusLabel } from '../words'
import { type Kit, SIZES } from './decree-30'

type Para = InstanceType<Kit['d']['Paragraph']>

/** The paragraphs, or none when no indicator has two series under `opensdg`. */
export function indicatorProgressParagraphs(
  k: Kit,
  report: PipelineReport,
  lang: Language,
): Para[] {
  const list = indicatorProgressOf(report.targets)
  if (list.length === 0) return []
  return [
    k.body([k.run(`${PROFILE_WORDS[lang].indicatorLevel}:`, { italics: true, size: SIZES.body })]),
    ...list.map((progress) =>
      k.body([
        k.run(
          `- ${progress.indicator.name[lang]}: ${statusLabel(progress.status, lang)} — ${indicatorVerdictText(progress, lang)}; ${indicatorSeriesText(report, progress, lang)}.`,
          { size: SIZES.body },
        ),
      ]),
    ),
  ]
}
