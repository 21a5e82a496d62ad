/**
 * The body of the báo cáo (Appendix I, Part II, item 6): numbered sections with Roman
 * numerals — summary, progress to each target, rule checks (the units that failed, by rule
 * and year), the data's problems, derived figures, sources and method. @internal
 */

import { locationText } from '@tiendo/io/parse'
import type { RuleOutcome } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { derivedRow, indicatorsOf } from '../derived-view'
import { periodText, targetText } from '../format'
import { hasProfileVerdict } from '../profile-view'
import { PROFILE_WORDS } from '../profile-words'
import { failedRules, groupSeries, isIllustrativeRule, ruleLabel, unitLabel } from '../report-view'
import { PROGRESS_WORDS } from '../words'
import type { ChartRasterizer } from './chart-png'
import { BODY, FONT, type Kit, SIZES } from './decree-30'
import { indicatorProgressParagraphs } from './docx-indicator-progress'
import { targetBlock } from './docx-targets'
import { DOCX_WORDS, roman } from './docx-words'

/** How many data issues and derived figures the body lists (the appendices have them all). */
const MAX_LISTED = 10

const OFF_TRACK = new Set(['needs_acceleration', 'limited_progress', 'deterioration'])

/** What every section is drawn with. */
export interface BodyContext {
  readonly k: Kit
  readonly report: PipelineReport
  readonly lang: Language
  readonly charts: ChartRasterizer | undefined
  /** The number of the appendix holding a table (`I`, `II`…), or none when it is left out. */
  readonly appendix: (table: 'progress' | 'figures' | 'rules' | 'withheld') => string | undefined
}

type Para = InstanceType<Kit['d']['Paragraph']>
type Section = [title: string, paragraphs: Para[]]

/** `Chi tiết tại Phụ lục …` for the tables that are there. */
function seeAppendix(c: BodyContext, ...tables: Parameters<BodyContext['appendix']>[0][]) {
  const numbers = tables.map(c.appendix).filter((n) => n !== undefined)
  return numbers.length === 0
    ? []
    : [text(c.k, DOCX_WORDS[c.lang].seeAppendix(numbers.join(', ')), { italics: true })]
}

/** A body paragraph of plain text. */
const text = (k: Kit, value: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  k.body([k.run(value, { size: SIZES.body, ...style })])

/** A dashed list item (`- …`), as administrative documents write lists. */
const item = (k: Kit, value: string) => text(k, `- ${value}`)

function summarySection({ k, report, lang }: BodyContext): Section {
  const w = DOCX_WORDS[lang]
  const p = PROGRESS_WORDS[lang]
  const withTargets = report.targets.filter((series) => series.targets.length > 0)
  const count = (test: (status: string, hasData: boolean) => boolean) =>
    withTargets.filter((s) => test(s.assessment.status, s.series.length > 0)).length
  const { trends } = groupSeries(report)
  const out: Para[] = []
  if (report.datasets.some((dataset) => dataset.illustrative)) {
    out.push(text(k, p.illustrativeBanner, { bold: true }))
  }
  out.push(
    text(
      k,
      w.counts({
        achieved: count((status) => status === 'achieved'),
        onTrack: count((status) => status === 'on_track'),
        offTrack: count((status) => OFF_TRACK.has(status)),
        noData: count((status, hasData) => status === 'insufficient_data' || !hasData),
      }),
    ),
  )
  if (trends.length > 0) {
    out.push(text(k, w.trendsLine(trends.length)))
  }
  if (report.evaluation !== undefined) {
    out.push(text(k, `${p.rules}: ${p.rulesSummary(report.evaluation.summary)}.`))
  }
  const v = report.validation
  out.push(
    text(k, `${v.valid ? p.valid : p.invalid}: ${p.validationSummary(v.stats)}.`),
    text(
      k,
      `${p.derived}: ${p.derivedSummary(report.derived.figures.length, report.derived.withheld.length)}.`,
    ),
  )
  return [w.sections.summary, out]
}

function targetsSection(c: BodyContext): Section {
  const { k, report, lang, charts } = c
  const w = DOCX_WORDS[lang]
  const { targeted, withoutData } = groupSeries(report)
  const out: Para[] = []
  targeted.forEach((series, index) => {
    out.push(...targetBlock(k, report, series, index + 1, lang, charts))
  })
  if (withoutData.length > 0) {
    out.push(text(k, w.withoutDataLine(withoutData.length)))
    for (const series of withoutData) {
      const targets = series.targets.map((t) => targetText(t, series.indicator.unit, lang))
      out.push(
        item(
          k,
          `${series.indicator.name[lang]} — ${unitLabel(report, series.unit, lang, series.unitName)}: ${targets.join('; ')};`,
        ),
      )
    }
  }
  out.push(...indicatorProgressParagraphs(k, report, lang))
  out.push(...seeAppendix(c, 'progress'))
  return [w.sections.targets, out]
}

/** The failed results of one rule, grouped by period: `Năm 2022: unit, unit`. */
function failuresByPeriod(report: PipelineReport, results: RuleOutcome[], lang: Language) {
  const byPeriod = new Map<string, string[]>()
  for (const result of results) {
    const units = byPeriod.get(result.period) ?? []
    units.push(`${unitLabel(report, result.unit, lang)} (${result.unit})`)
    byPeriod.set(result.period, units)
  }
  return [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, units]) => `${periodText(period, lang)}: ${units.join(', ')};`)
}

function rulesSection(c: BodyContext): Section | undefined {
  const { k, report, lang } = c
  const w = DOCX_WORDS[lang]
  const p = PROGRESS_WORDS[lang]
  const evaluation = report.evaluation
  if (evaluation === undefined) return undefined
  const out = [text(k, `${p.rulesSummary(evaluation.summary)}.`)]
  const failed = failedRules(report)
  if (failed.length === 0) out.push(text(k, w.noFailures))
  const byRule = new Map<string, RuleOutcome[]>()
  for (const result of failed)
    byRule.set(result.ruleId, [...(byRule.get(result.ruleId) ?? []), result])
  for (const [rule, results] of byRule) {
    const tag = isIllustrativeRule(report, rule) ? ` — ${p.illustrative}` : ''
    const severity = p.severities[results[0]!.severity]
    out.push(
      text(
        k,
        `${w.failedUnits(`${ruleLabel(report, rule, lang)}${tag}`, results.length, severity)}`,
      ),
    )
    for (const line of failuresByPeriod(report, results, lang)) out.push(item(k, line))
  }
  for (const issue of evaluation.issues) out.push(item(k, issue.message[lang]))
  if (failed.length > 0) out.push(...seeAppendix(c, 'rules'))
  return [w.sections.rules, out]
}

function dataSection(c: BodyContext): Section {
  const { k, report, lang } = c
  const w = DOCX_WORDS[lang]
  const p = PROGRESS_WORDS[lang]
  const { validation } = report
  const out = [
    text(k, `${validation.valid ? p.valid : p.invalid}: ${p.validationSummary(validation.stats)}.`),
  ]
  if (validation.issues.length === 0) {
    out.push(text(k, w.dataIssuesNone))
    return [w.sections.data, out]
  }
  for (const issue of validation.issues.slice(0, MAX_LISTED)) {
    const where = locationText(issue.location)
    out.push(
      item(
        k,
        `${p.severities[issue.severity]}${where === '' ? '' : ` (${where})`}: ${issue.message[lang]}`,
      ),
    )
  }
  if (validation.issues.length > MAX_LISTED) {
    out.push(text(k, p.more(validation.issues.length - MAX_LISTED)))
  }
  out.push(...seeAppendix(c, 'withheld'))
  return [w.sections.data, out]
}

function derivedSection(c: BodyContext): Section {
  const { k, report, lang } = c
  const w = DOCX_WORDS[lang]
  const p = PROGRESS_WORDS[lang]
  const { figures, withheld } = report.derived
  const out = [text(k, w.derivedNote)]
  out.push(text(k, `${p.derivedSummary(figures.length, withheld.length)}.`))
  // The figures other than each unit's own record counts say the most; list those first.
  const indicators = indicatorsOf(report)
  const telling = figures.filter((point) => point.derived?.method !== 'record_count')
  const listed = (telling.length > 0 ? telling : figures).slice(0, MAX_LISTED)
  for (const point of listed) {
    const [indicator, unit, period, value, how] = derivedRow(report, point, indicators, lang)
    out.push(item(k, `${indicator} — ${unit}, ${period}: ${value} (${p.derivedMark}: ${how});`))
  }
  if (figures.length > listed.length) out.push(text(k, p.more(figures.length - listed.length)))
  if (figures.length > 0) out.push(...seeAppendix(c, 'figures', 'withheld'))
  return [w.sections.derived, out]
}

function sourcesSection({ k, report, lang }: BodyContext): Section {
  const w = DOCX_WORDS[lang]
  const p = PROGRESS_WORDS[lang]
  const out: Para[] = []
  for (const dataset of report.datasets) {
    const label = dataset.illustrative
      ? ` (${p.illustrative.toLocaleUpperCase(lang)})`
      : dataset.published
        ? ` (${p.published})`
        : ''
    out.push(item(k, `${dataset.title[lang]}${label};`))
    // Where it comes from, left-aligned (long addresses do not justify); addresses one to a line.
    const origin = dataset.origin?.trim() ?? ''
    const words = origin.split(/\s+/)
    const sources =
      origin === '' ? [] : words.every((word) => /^https?:\/\//.test(word)) ? words : [origin]
    if (sources.length > 0) {
      out.push(
        new k.d.Paragraph({
          indent: { left: BODY.firstLine },
          spacing: { after: BODY.after },
          children: sources.map(
            (source, i) =>
              new k.d.TextRun({
                text: source,
                font: FONT,
                size: SIZES.recipients * 2,
                break: i > 0 ? 1 : undefined,
              }),
          ),
        }),
      )
    }
  }
  out.push(
    text(k, p.methodology),
    ...(report.targets.some((series) => hasProfileVerdict(series.assessment))
      ? [text(k, PROFILE_WORDS[lang].note)]
      : []),
    text(k, w.generatedBy(`${report.pack.id} ${report.pack.version}`)),
  )
  return [w.sections.sources, out]
}

/** The body's sections, numbered with Roman numerals (a section with nothing to say is left out). */
export function bodySections(c: BodyContext) {
  const sections = [
    summarySection(c),
    targetsSection(c),
    rulesSection(c),
    dataSection(c),
    derivedSection(c),
    sourcesSection(c),
  ].filter((section) => section !== undefined)
  return sections.flatMap(([title, paragraphs], index) => [
    c.k.heading(`${roman(index + 1)}. ${title}`),
    ...paragraphs,
  ])
}
