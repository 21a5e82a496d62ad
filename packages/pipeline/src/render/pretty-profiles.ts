/**
 * The terminal report's section on the institutions' own verdicts: one line per series a
 * named profile judged, Tiendo's status beside the institution's label (Eurostat's short and
 * long term side by side, Destatis's symbol with its plain-text equivalent, Open SDG's
 * score), then Open SDG's indicator-level status, wrapped to the terminal's width. @internal
 */

import type { Palette } from '@tiendo/io/internal'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { indicatorProgressOf } from '../report/indicator-progress'
import type { PipelineReport } from '../report/report'
import { indicatorSeriesText, indicatorVerdictText } from './indicator-progress-view'
import { hasProfileVerdict, profileLine } from './profile-view'
import { PROFILE_WORDS } from './profile-words'
import { unitLabel } from './report-view'
import { statusLabel } from './words'

/** How the terminal report writes: wrapped prose, control characters escaped, coloured statuses. */
export interface PrettyKit {
  readonly p: Palette
  /** Wraps a paragraph to the width, continuation lines indented by `indent`. */
  readonly prose: (text: string, indent?: string) => string
  /** Writes the control characters of text from a pack or a file as visible escapes. */
  readonly escape: (text: string) => string
  readonly tint: (status: string) => (text: string) => string
}

/** The section, or `''` when no series carries an institution's verdict. */
export function prettyProfileSection(
  report: PipelineReport,
  shown: readonly TargetReport[],
  lang: Language,
  kit: PrettyKit,
): string {
  const judged = shown.filter((series) => hasProfileVerdict(series.assessment))
  if (judged.length === 0) return ''
  const indicators = indicatorProgressOf(shown).map((progress) => {
    const name = progress.indicator.name[lang]
    const status = kit.tint(progress.status)(statusLabel(progress.status, lang))
    const verdict = `${indicatorVerdictText(progress, lang)}; ${indicatorSeriesText(report, progress, lang)}`
    return kit.prose(`• ${kit.escape(name)}: ${status} — ${kit.escape(verdict)}`, '  ')
  })
  const indicatorLines =
    indicators.length === 0
      ? []
      : [`\n${kit.p.bold(PROFILE_WORDS[lang].indicatorLevel)}\n`, ...indicators]
  const lines = judged.map((series) => {
    const a = series.assessment
    const name = `${series.indicator.name[lang]} (${unitLabel(report, series.unit, lang, series.unitName)})`
    const status = kit.tint(a.status)(statusLabel(a.status, lang))
    const verdict = profileLine(a, lang, { reason: true }) ?? ''
    return kit.prose(`• ${kit.escape(name)}: ${status} — ${kit.escape(verdict)}`, '  ')
  })
  return [`\n${kit.p.bold(PROFILE_WORDS[lang].section)}\n`, ...lines, ...indicatorLines].join('')
}
