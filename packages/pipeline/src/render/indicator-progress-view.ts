/**
 * What every format shows of Open SDG's indicator-level status: one line an indicator, its
 * name, Tiendo's status, Open SDG's label with the mean score, and the series it rests on.
 * @internal
 */

import type { Language } from '@tiendo/schema'
import type { IndicatorProgress } from '../report/indicator-progress'
import type { PipelineReport } from '../report/report'
import { verdictText } from './profile-view'
import { PROFILE_WORDS, profileName } from './profile-words'
import { unitLabel } from './report-view'

/** `Open SDG: Tiến bộ đáng kể (điểm 3,89)`. */
export function indicatorVerdictText(progress: IndicatorProgress, lang: Language): string {
  return `${profileName('opensdg')}: ${verdictText(progress.verdict, lang)}`
}

/** `2 chuỗi: Việt Nam, Tỉnh Ninh Thuận`. */
export function indicatorSeriesText(
  report: PipelineReport,
  progress: IndicatorProgress,
  lang: Language,
): string {
  const units = progress.units.map((unit) => unitLabel(report, unit, lang))
  return `${PROFILE_WORDS[lang].seriesCount(units.length)}: ${units.join(', ')}`
}
