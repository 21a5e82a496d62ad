/**
 * The body's account of each target: its latest figure, the growth observed and needed, the
 * projection and the verdict, and its chart as an image. @internal
 */

import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { formatNumber, formatRate, periodText, targetText, withUnit } from '../format'
import { profileLine } from '../profile-view'
import { PROFILE_WORDS } from '../profile-words'
import { hasDerivedPoints, isIllustrativeSeries, latestText, unitLabel } from '../report-view'
import { seriesChartSvg } from '../svg-chart'
import { outcomeLabel, PROGRESS_WORDS, statusLabel } from '../words'
import type { ChartRasterizer } from './chart-png'
import { type Kit, SIZES, TEXT_WIDTH } from './decree-30'
import { DOCX_WORDS } from './docx-words'

/** The chart's size in the SVG (its units) and on the page (pixels at 96 dpi). */
const CHART = { width: 560, height: 240 }
const CHART_PIXELS = Math.round((TEXT_WIDTH / 1440) * 96 * 0.9)
/** PNG pixels per displayed pixel: sharp when printed. */
const CHART_SCALE = 2

/** The labels after a series' name: `(minh họa)`, `(tính ra)`. */
export function seriesTags(report: PipelineReport, series: TargetReport, lang: Language): string {
  const w = PROGRESS_WORDS[lang]
  const tags = [
    isIllustrativeSeries(report, series) ? w.illustrative : undefined,
    hasDerivedPoints(series) ? w.derivedMark : undefined,
  ].filter((tag) => tag !== undefined)
  return tags.map((tag) => ` (${tag})`).join('')
}

/** The sentence of figures: latest, growth observed and needed, projection. */
function figuresSentence(series: TargetReport, lang: Language): string {
  const w = DOCX_WORDS[lang]
  const a = series.assessment
  const unit = series.indicator.unit
  const latest = latestText(series, lang)
  const parts: string[] = []
  if (latest !== undefined) parts.push(`${w.latestLine}: ${latest}`)
  if (a.cagr !== null) parts.push(`${w.observedGrowth} ${formatRate(a.cagr, lang)}`)
  if (a.requiredCagr !== null) parts.push(`${w.neededGrowth} ${formatRate(a.requiredCagr, lang)}`)
  if (a.projected !== null && a.target !== null) {
    parts.push(
      w.projection(
        periodText(a.target.by, lang),
        withUnit(formatNumber(a.projected, lang, 2), unit, lang),
      ),
    )
  }
  return parts.length === 0 ? '' : `${parts.join('; ')}.`
}

/** The verdict: the status, then each target's outcome. */
function verdictSentence(series: TargetReport, lang: Language): string {
  const a = series.assessment
  const unit = series.indicator.unit
  const outcomes = new Map(a.targets.map((t) => [t.id, t.outcome]))
  const each = series.targets.map(
    (t) => `${targetText(t, unit, lang)}: ${outcomeLabel(outcomes.get(t.id) ?? 'pending', lang)}`,
  )
  return `${statusLabel(a.status, lang)}${each.length > 0 ? ` — ${each.join('; ')}` : ''}.`
}

/** A series' chart as an inline PNG, or nothing when there is no renderer or nothing to draw. */
function chartParagraph(
  k: Kit,
  report: PipelineReport,
  series: TargetReport,
  lang: Language,
  charts: ChartRasterizer | undefined,
) {
  if (charts === undefined) return []
  const illustrative = isIllustrativeSeries(report, series)
  const svg = seriesChartSvg(series, { lang, illustrative, ...CHART })
  if (svg === '') return []
  const height = Math.round((CHART_PIXELS * CHART.height) / CHART.width)
  const name = `${series.indicator.name[lang]} — ${unitLabel(report, series.unit, lang, series.unitName)}`
  const image = new k.d.ImageRun({
    type: 'png',
    data: charts(svg, CHART_PIXELS * CHART_SCALE),
    transformation: { width: CHART_PIXELS, height },
    altText: { name, title: name, description: `${DOCX_WORDS[lang].chartCaption}: ${name}` },
  })
  return [k.centred([image], { after: 120 })]
}

/** One target's numbered account: heading, figures, verdict, reason, chart. */
export function targetBlock(
  k: Kit,
  report: PipelineReport,
  series: TargetReport,
  index: number,
  lang: Language,
  charts: ChartRasterizer | undefined,
) {
  const w = DOCX_WORDS[lang]
  const unitName = unitLabel(report, series.unit, lang, series.unitName)
  const reason = series.assessment.explanation?.message[lang]
  const figures = figuresSentence(series, lang)
  // The institution's own verdict, beside Tiendo's (the report's vocabulary).
  const profile = profileLine(series.assessment, lang, { reason: true })
  return [
    k.body(
      [
        k.run(`${index}. ${series.indicator.name[lang]} — ${unitName}`, {
          bold: true,
          size: SIZES.body,
        }),
        k.run(seriesTags(report, series, lang), { italics: true, size: SIZES.body }),
      ],
      { keepNext: true },
    ),
    ...(figures === '' ? [] : [k.body([k.run(figures, { size: SIZES.body })])]),
    k.body([
      k.run(`${w.verdict}: `, { italics: true, size: SIZES.body }),
      k.run(verdictSentence(series, lang), { size: SIZES.body }),
    ]),
    ...(profile === undefined
      ? []
      : [
          k.body([
            k.run(`${PROFILE_WORDS[lang].column}: `, { italics: true, size: SIZES.body }),
            k.run(`${profile}.`, { size: SIZES.body }),
          ]),
        ]),
    ...(reason === undefined ? [] : [k.body([k.run(reason, { italics: true, size: SIZES.body })])]),
    ...chartParagraph(k, report, series, lang, charts),
  ]
}
