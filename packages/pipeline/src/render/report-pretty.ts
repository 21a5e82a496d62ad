/**
 * The report for a terminal: tables that wrap inside their cells to the terminal's width,
 * statuses coloured when asked, nothing from a pack or a file able to move the cursor: its
 * control characters and bidi overrides are written as visible escapes, as `validate` writes
 * them (`escapeControls`).
 */

import { escapeControls, type Palette, palette, renderTable, wrapText } from '@tiendo/io/internal'
import { issueToPretty } from '@tiendo/io/parse'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../report/report'
import { derivedRow, indicatorsOf, withheldRow } from './derived-view'
import { formatNumber, formatRate, periodText, targetText, withUnit } from './format'
import { prettyProfileSection } from './pretty-profiles'
import {
  failedRules,
  groupSeries,
  hasDerivedPoints,
  isIllustrativeRule,
  isIllustrativeSeries,
  latestPoint,
  latestText,
  type RenderOptions,
  ruleLabel,
  scopeLine,
  unitLabel,
} from './report-view'
import {
  outcomeLabel,
  PROGRESS_WORDS,
  STATUS_ORDER,
  type StatusTone,
  statusLabel,
  statusTone,
} from './words'

/** Options of {@link reportToPretty}. */
export interface PrettyOptions extends RenderOptions {
  /** Colour the statuses (ANSI). Defaults to `false`; see `shouldUseColor`. */
  readonly color?: boolean | undefined
  /** The terminal's width: tables wrap inside their cells to fit it. Defaults to `80`. */
  readonly width?: number | undefined
  /** How many rule failures, derived figures and data issues to list before saying how many more. Defaults to `20`. */
  readonly maxRows?: number | undefined
}

const tint = (p: Palette, tone: StatusTone) =>
  tone === 'good'
    ? p.green
    : tone === 'fair' || tone === 'poor'
      ? p.yellow
      : tone === 'bad'
        ? p.red
        : p.dim

/** What the assessment says in one line: the figures that decided the status. */
function verdict(series: TargetReport, lang: Language): string {
  const a = series.assessment
  const w = PROGRESS_WORDS[lang]
  const unit = series.indicator.unit
  const parts: string[] = []
  for (const target of a.targets) {
    parts.push(`${targetText(target, unit, lang)}: ${outcomeLabel(target.outcome, lang)}`)
  }
  if (a.status === 'achieved') {
    // Met: the growth figures decided nothing.
  } else if (a.cagr !== null && a.requiredCagr !== null) {
    parts.push(
      `${w.cagr} ${formatRate(a.cagr, lang)} / ${w.requiredCagr} ${formatRate(a.requiredCagr, lang)}`,
    )
  } else if (a.growth !== null) {
    parts.push(`${w.growth} ${formatRate(a.growth, lang)}`)
  }
  if (a.projected !== null && a.target !== null) {
    parts.push(
      `${w.projected} ${periodText(a.target.by, lang)}: ${withUnit(formatNumber(a.projected, lang, 2), unit, lang)}`,
    )
  }
  const reason = a.explanation?.message[lang]
  if (reason !== undefined && a.status === 'insufficient_data') parts.push(reason)
  return parts.join('; ')
}

/**
 * The report for a terminal: the illustrative-data warning, a table of every series (latest
 * value — marked when derived —, target, status), one line per target on what decided it,
 * the derived figures, the rule failures, and the data's validity with its issues (the first
 * `maxRows`).
 */
export function reportToPretty(report: PipelineReport, options: PrettyOptions = {}): string {
  const lang = options.lang ?? 'vi'
  const w = PROGRESS_WORDS[lang]
  const p = palette(options.color ?? false)
  const width = Math.max(40, options.width ?? 80)
  const table = (header: string[], rows: string[][], align?: ('left' | 'right')[]) =>
    renderTable(header, rows, align, { width })
  const max = options.maxRows ?? 20
  const prose = (text: string, indent = '') => wrapText(text, width, indent)
  const out: string[] = [
    prose(
      `${p.bold(escapeControls(report.title[lang]))} — ${escapeControls(report.pack.title[lang])} (${escapeControls(report.pack.id)} ${escapeControls(report.pack.version)})`,
    ),
  ]
  const scope = scopeLine(report, lang)
  if (scope !== undefined) out.push(prose(escapeControls(scope), '  '))
  if (report.datasets.some((d) => d.illustrative)) {
    out.push(prose(p.yellow(`⚠ ${w.illustrativeBanner}`), '  '))
  }
  out.push('\n')
  const { targeted, trends, withoutData } = groupSeries(report)
  if (report.targets.length > 0) {
    const rows = [...targeted, ...trends].map((series) => {
      const unit = series.indicator.unit
      const latest = latestPoint(series)
      const a = series.assessment
      const tags = [
        isIllustrativeSeries(report, series) ? w.illustrative : undefined,
        latest?.derived !== undefined ? w.derivedMark : undefined,
      ].filter((tag) => tag !== undefined)
      const name = `${series.indicator.name[lang]}${tags.map((tag) => ` [${tag}]`).join('')}`
      return [
        escapeControls(name),
        escapeControls(unitLabel(report, series.unit, lang, series.unitName)),
        escapeControls(latestText(series, lang) ?? '—'),
        a.target === null ? '—' : escapeControls(targetText(a.target, unit, lang)),
        tint(p, statusTone(a.status))(statusLabel(a.status, lang)),
      ]
    })
    out.push(
      table([w.indicator, w.unit, w.latest, w.target, w.status], rows, [
        'left',
        'left',
        'right',
        'left',
        'left',
      ]),
    )
    const shown = [...targeted, ...trends]
    const counts = STATUS_ORDER.map((s) => ({
      s,
      count: shown.filter((t) => t.assessment.status === s).length,
    })).filter((c) => c.count > 0)
    out.push(
      `\n${prose(counts.map((c) => tint(p, statusTone(c.s))(`${statusLabel(c.s, lang)}: ${c.count}`)).join(' · '))}`,
    )
    if (targeted.length > 0) {
      out.push(`\n${p.bold(w.targets)}\n`)
      for (const series of targeted) {
        const unitName = unitLabel(report, series.unit, lang, series.unitName)
        const derived = hasDerivedPoints(series) ? ` [${w.derivedMark}]` : ''
        out.push(
          prose(
            `• ${escapeControls(`${series.indicator.name[lang]} (${unitName})${derived}`)}: ${tint(p, statusTone(series.assessment.status))(statusLabel(series.assessment.status, lang))} — ${escapeControls(verdict(series, lang))}`,
            '  ',
          ),
        )
      }
    }
    out.push(
      prettyProfileSection(report, shown, lang, {
        p,
        prose,
        escape: escapeControls,
        tint: (status) => tint(p, statusTone(status)),
      }),
    )
  }
  if (withoutData.length > 0) {
    const items = withoutData.map((series) => {
      const targets = series.targets.map((t) => targetText(t, series.indicator.unit, lang))
      return `${series.indicator.name[lang]} (${unitLabel(report, series.unit, lang, series.unitName)}): ${targets.join('; ')}`
    })
    out.push(
      `\n${p.bold(`${w.withoutData} (${withoutData.length})`)}\n${items.map((item) => prose(`  ${p.dim(escapeControls(item))}`, '    ')).join('')}`,
    )
  }
  out.push(derivedSection(report, lang, p, table, max, width))
  const evaluation = report.evaluation
  if (evaluation !== undefined) {
    out.push(`\n${prose(`${p.bold(w.rules)}: ${w.rulesSummary(evaluation.summary)}`)}`)
    const failed = failedRules(report)
    if (failed.length > 0) {
      const rows = failed
        .slice(0, max)
        .map((result) => [
          (result.severity === 'error' ? p.red : result.severity === 'warning' ? p.yellow : p.cyan)(
            w.severities[result.severity],
          ),
          escapeControls(
            `${ruleLabel(report, result.ruleId, lang)}${isIllustrativeRule(report, result.ruleId) ? ` [${w.illustrative}]` : ''}`,
          ),
          escapeControls(unitLabel(report, result.unit, lang)),
          escapeControls(periodText(result.period, lang)),
          escapeControls(result.message?.[lang] ?? ''),
        ])
      out.push(table([w.severity, w.rule, w.unit, w.period, w.message], rows))
      if (failed.length > max) out.push(`${w.more(failed.length - max)}\n`)
    }
  }
  const { validation } = report
  const verdictText = validation.valid ? p.green(`✔ ${w.valid}`) : p.red(`✘ ${w.invalid}`)
  out.push(
    `\n${prose(`${p.bold(w.validation)}: ${verdictText} — ${w.validationSummary(validation.stats)}`)}`,
  )
  // Every issue says file, row, column, what and how to fix, as `validate` prints it; it
  // escapes the control characters they quote itself.
  for (const issue of validation.issues.slice(0, max)) {
    out.push(issueToPretty(issue, lang, options.color ?? false, width))
  }
  if (validation.issues.length > max) out.push(`${w.more(validation.issues.length - max)}\n`)
  return out.join('')
}

// Not `.map(escapeControls)`: the index would be taken for its `keepLineBreaks`.
const escapeCells = (cells: readonly string[]) => cells.map((cell) => escapeControls(cell))

/** The derived figures (the first `max`) and those withheld, in two tables. */
function derivedSection(
  report: PipelineReport,
  lang: Language,
  p: Palette,
  table: (header: string[], rows: string[][]) => string,
  max: number,
  width: number,
): string {
  const w = PROGRESS_WORDS[lang]
  const { figures, withheld } = report.derived
  if (figures.length === 0 && withheld.length === 0) return ''
  const indicators = indicatorsOf(report)
  const out = [
    `\n${wrapText(`${p.bold(w.derived)}: ${w.derivedSummary(figures.length, withheld.length)}`, width)}`,
  ]
  if (figures.length > 0) {
    const rows = figures
      .slice(0, max)
      .map((point) => escapeCells(derivedRow(report, point, indicators, lang)))
    out.push(table([w.indicator, w.unit, w.period, w.value, w.how], rows))
    if (figures.length > max) out.push(`${w.more(figures.length - max)}\n`)
  }
  if (withheld.length > 0) {
    out.push(`\n${p.bold(w.withheld)}\n`)
    const rows = withheld
      .slice(0, max)
      .map((figure) => escapeCells(withheldRow(report, figure, indicators, lang)))
    out.push(table([w.indicator, w.unit, w.period, w.how, w.reason], rows))
    if (withheld.length > max) out.push(`${w.more(withheld.length - max)}\n`)
  }
  return out.join('')
}
