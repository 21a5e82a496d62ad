import { markdownText } from '@tiendo/io/internal'
import { issuesToMarkdownTable } from '@tiendo/io/parse'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../report/report'
import { derivedRow, indicatorsOf, withheldRow } from './derived-view'
import { periodText, targetText } from './format'
import { markdownProfileLines } from './markdown-profiles'
import {
  failedRules,
  groupSeries,
  isIllustrativeRule,
  isIllustrativeSeries,
  latestPoint,
  latestText,
  type RenderOptions,
  ruleLabel,
  scopeLine,
  unitLabel,
} from './report-view'
import { PROGRESS_WORDS, STATUS_ORDER, statusLabel, statusTone } from './words'

const ICONS = { good: '🟢', fair: '🟡', poor: '🟠', bad: '🔴', none: '⚪' } as const

/** How many rule failures a Markdown report lists before saying how many more there are. */
const MAX_FAILURES = 50

/** How many of the data's issues it lists (file, row, column, what, how to fix). */
const MAX_ISSUES = 50

/** How many derived and withheld figures it lists. */
const MAX_DERIVED = 200

const status = (value: string, lang: Language) =>
  `${ICONS[statusTone(value)]} ${statusLabel(value, lang)}`

/**
 * The report as Markdown, for a pull-request comment or a CI job summary: the
 * illustrative-data warning when any dataset is illustrative, status counts, one table row
 * per series (latest value, target, status), the derived figures with their provenance,
 * rule failures (the first 50) and the data's validity with its issues (the first 50). Text
 * is escaped (`|`, line breaks, backslashes, and HTML).
 */
export function reportToMarkdown(report: PipelineReport, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'vi'
  const w = PROGRESS_WORDS[lang]
  // Packs and data are untrusted: no HTML gets through to the rendered comment either.
  const cell = markdownText
  const lines: string[] = [
    `## ${cell(report.title[lang])}`,
    '',
    `${w.pack}: ${cell(report.pack.title[lang])} (\`${cell(report.pack.id)}\` ${cell(report.pack.version)})`,
    '',
  ]
  const scope = scopeLine(report, lang)
  if (scope !== undefined) lines.push(cell(scope), '')
  if (report.datasets.some((d) => d.illustrative)) {
    lines.push(`> ⚠️ **${cell(w.illustrativeBanner)}**`, '')
  }
  const { targeted, trends, withoutData } = groupSeries(report)
  const shown = [...targeted, ...trends]
  const counts = STATUS_ORDER.map((s) => ({
    s,
    count: shown.filter((t) => t.assessment.status === s).length,
  })).filter((c) => c.count > 0)
  if (counts.length > 0) {
    lines.push(counts.map((c) => `${status(c.s, lang)}: ${c.count}`).join(' · '), '')
  }
  if (shown.length > 0) {
    lines.push(
      `| ${w.indicator} | ${w.unit} | ${w.latest} | ${w.target} | ${w.status} |`,
      '| --- | --- | ---: | --- | --- |',
    )
    for (const series of shown) {
      const unit = series.indicator.unit
      const latest = latestPoint(series)
      const a = series.assessment
      const tags = [
        isIllustrativeSeries(report, series) ? w.illustrative : undefined,
        latest?.derived !== undefined ? w.derivedMark : undefined,
      ].filter((tag) => tag !== undefined)
      const name = `${series.indicator.name[lang]}${tags.map((tag) => ` (${tag})`).join('')}`
      const target = a.target === null ? '—' : targetText(a.target, unit, lang)
      lines.push(
        `| ${cell(name)} | ${cell(unitLabel(report, series.unit, lang, series.unitName))} | ${cell(latestText(series, lang) ?? '—')} | ${cell(target)} | ${cell(status(a.status, lang))} |`,
      )
    }
    lines.push('')
  }
  lines.push(...markdownProfileLines(report, shown, lang, cell, (value) => status(value, lang)))
  if (withoutData.length > 0) {
    lines.push(`### ${w.withoutData} (${withoutData.length})`, '')
    for (const series of withoutData) {
      const targets = series.targets.map((t) => targetText(t, series.indicator.unit, lang))
      lines.push(
        `- ${cell(series.indicator.name[lang])} — ${cell(unitLabel(report, series.unit, lang, series.unitName))}: ${cell(targets.join('; '))}`,
      )
    }
    lines.push('')
  }
  lines.push(...derivedLines(report, lang, cell))
  const evaluation = report.evaluation
  if (evaluation !== undefined) {
    lines.push(`### ${w.rules}`, '', w.rulesSummary(evaluation.summary), '')
    const failed = failedRules(report)
    if (failed.length > 0) {
      lines.push(
        `| ${w.severity} | ${w.rule} | ${w.unit} | ${w.period} | ${w.message} |`,
        '| --- | --- | --- | --- | --- |',
      )
      for (const result of failed.slice(0, MAX_FAILURES)) {
        const tag = isIllustrativeRule(report, result.ruleId) ? ` (${w.illustrative})` : ''
        const label = ruleLabel(report, result.ruleId, lang)
        const rule = label === result.ruleId ? `\`${cell(label)}\`` : cell(label)
        lines.push(
          `| ${w.severities[result.severity]} | ${rule}${cell(tag)} | ${cell(unitLabel(report, result.unit, lang))} | ${cell(periodText(result.period, lang))} | ${cell(result.message?.[lang] ?? '')} |`,
        )
      }
      if (failed.length > MAX_FAILURES) lines.push('', w.more(failed.length - MAX_FAILURES))
      lines.push('')
    }
  }
  const { validation } = report
  lines.push(
    `### ${w.validation}`,
    '',
    `${validation.valid ? `✅ ${w.valid}` : `❌ ${w.invalid}`} — ${w.validationSummary(validation.stats)}`,
    '',
  )
  if (validation.issues.length > 0) {
    // Escaped as every other cell: the issues quote the data.
    lines.push(issuesToMarkdownTable(validation.issues.slice(0, MAX_ISSUES), lang), '')
    if (validation.issues.length > MAX_ISSUES) {
      lines.push(w.more(validation.issues.length - MAX_ISSUES), '')
    }
  }
  return `${lines.join('\n')}`
}

/** The derived figures and those withheld, as two tables. */
function derivedLines(
  report: PipelineReport,
  lang: Language,
  cell: (text: string) => string,
): string[] {
  const w = PROGRESS_WORDS[lang]
  const { figures, withheld } = report.derived
  if (figures.length === 0 && withheld.length === 0) return []
  const indicators = indicatorsOf(report)
  const lines = [`### ${w.derived}`, '', w.derivedSummary(figures.length, withheld.length), '']
  const table = (header: string[], rows: string[][], total: number) => {
    lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`)
    for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`)
    if (total > rows.length) lines.push('', w.more(total - rows.length))
    lines.push('')
  }
  if (figures.length > 0) {
    table(
      [w.indicator, w.unit, w.period, w.value, w.how],
      figures.slice(0, MAX_DERIVED).map((point) => derivedRow(report, point, indicators, lang)),
      figures.length,
    )
  }
  if (withheld.length > 0) {
    lines.push(`#### ${w.withheld}`, '')
    table(
      [w.indicator, w.unit, w.period, w.how, w.reason],
      withheld.slice(0, MAX_DERIVED).map((figure) => withheldRow(report, figure, indicators, lang)),
      withheld.length,
    )
  }
  return lines
}
