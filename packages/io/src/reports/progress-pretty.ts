import type { Language } from '@tiendo/schema'
import { type Palette, palette } from './color'
import {
  formatNumber,
  formatRate,
  periodText,
  pointText,
  targetText,
  withUnit,
} from './progress-format'
import {
  failedRules,
  groupSeries,
  isIllustrativeRule,
  isIllustrativeSeries,
  type ProgressRenderOptions,
  type ProgressReport,
  type ProgressSeries,
  unitLabel,
} from './progress-report'
import {
  outcomeLabel,
  PROGRESS_WORDS,
  STATUS_ORDER,
  type StatusTone,
  statusLabel,
  statusTone,
} from './progress-words'
import { renderTable } from './table'

/** Options of {@link progressReportToPretty}. */
export interface ProgressPrettyOptions extends ProgressRenderOptions {
  /** Colour the statuses (ANSI). Defaults to `false`; see `shouldUseColor`. */
  readonly color?: boolean | undefined
  /** How many rule failures to list before saying how many more. Defaults to `20`. */
  readonly maxFailures?: number | undefined
}

const tint = (p: Palette, tone: StatusTone) =>
  tone === 'good'
    ? p.green
    : tone === 'fair' || tone === 'poor'
      ? p.yellow
      : tone === 'bad'
        ? p.red
        : p.dim

// Terminal text must not carry control sequences from packs or data (ANSI injection).
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
const clean = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')

/** What the assessment says in one line: the figures that decided the status. */
function verdict(series: ProgressSeries, lang: Language): string {
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
 * The progress report for a terminal: the illustrative-data warning, a table of every
 * series (latest value, target, status, coloured when asked), one line per series on what
 * decided it, the rule failures (the first 20) and the validation verdict.
 */
export function progressReportToPretty(
  report: ProgressReport,
  options: ProgressPrettyOptions = {},
): string {
  const lang = options.lang ?? 'vi'
  const w = PROGRESS_WORDS[lang]
  const p = palette(options.color ?? false)
  const out: string[] = [
    `${p.bold(clean(report.title[lang]))} — ${clean(report.pack.title[lang])} (${clean(report.pack.id)} ${clean(report.pack.version)})\n`,
  ]
  if ((report.datasets ?? []).some((d) => d.illustrative)) {
    out.push(`${p.yellow(`⚠ ${w.illustrativeBanner}`)}\n`)
  }
  out.push('\n')
  const { targeted, trends, withoutData } = groupSeries(report)
  if (report.targets.length > 0) {
    const rows = [...targeted, ...trends].map((series) => {
      const unit = series.indicator.unit
      const latest = series.series
        .filter((x) => x.value !== undefined || x.low !== undefined)
        .at(-1)
      const a = series.assessment
      const name = `${series.indicator.name[lang]}${isIllustrativeSeries(report, series) ? ` [${w.illustrative}]` : ''}`
      return [
        clean(name),
        clean(unitLabel(report, series.unit, lang, series.unitName)),
        latest === undefined
          ? '—'
          : clean(`${pointText(latest, unit, lang)} (${periodText(latest.period, lang)})`),
        a.target === null ? '—' : clean(targetText(a.target, unit, lang)),
        tint(p, statusTone(a.status))(statusLabel(a.status, lang)),
      ]
    })
    out.push(
      renderTable([w.indicator, w.unit, w.latest, w.target, w.status], rows, [
        'left',
        'left',
        'right',
        'left',
        'left',
      ]),
    )
    const counts = STATUS_ORDER.map((s) => ({
      s,
      count: report.targets.filter((t) => t.assessment.status === s).length,
    })).filter((c) => c.count > 0)
    out.push(
      `\n${counts.map((c) => tint(p, statusTone(c.s))(`${statusLabel(c.s, lang)}: ${c.count}`)).join(' · ')}\n`,
    )
    if (targeted.length > 0) {
      out.push(`\n${p.bold(w.targets)}\n`)
      for (const series of targeted) {
        const unitName = unitLabel(report, series.unit, lang, series.unitName)
        out.push(
          `• ${clean(`${series.indicator.name[lang]} (${unitName})`)}: ${tint(p, statusTone(series.assessment.status))(statusLabel(series.assessment.status, lang))} — ${clean(verdict(series, lang))}\n`,
        )
      }
    }
  }
  if (withoutData.length > 0) {
    const items = withoutData.map((series) => {
      const targets = series.targets.map((t) => targetText(t, series.indicator.unit, lang))
      return `${series.indicator.name[lang]} (${unitLabel(report, series.unit, lang, series.unitName)}): ${targets.join('; ')}`
    })
    out.push(
      `\n${p.bold(`${w.withoutData} (${withoutData.length})`)}\n${items.map((item) => `  ${p.dim(clean(item))}\n`).join('')}`,
    )
  }
  const evaluation = report.evaluation
  if (evaluation !== undefined) {
    out.push(`\n${p.bold(w.rules)}: ${w.rulesSummary(evaluation.summary)}\n`)
    const failed = failedRules(report)
    const max = options.maxFailures ?? 20
    if (failed.length > 0) {
      const rows = failed
        .slice(0, max)
        .map((result) => [
          (result.severity === 'error' ? p.red : result.severity === 'warning' ? p.yellow : p.cyan)(
            w.severities[result.severity],
          ),
          clean(
            `${result.ruleId}${isIllustrativeRule(report, result.ruleId) ? ` [${w.illustrative}]` : ''}`,
          ),
          clean(unitLabel(report, result.unit, lang)),
          clean(periodText(result.period, lang)),
          clean(result.message?.[lang] ?? ''),
        ])
      out.push(renderTable([w.severity, w.rule, w.unit, w.period, w.message], rows))
      if (failed.length > max) out.push(`${w.more(failed.length - max)}\n`)
    }
  }
  const validation = report.validation
  if (validation !== undefined) {
    const verdictText = validation.valid ? p.green(`✔ ${w.valid}`) : p.red(`✘ ${w.invalid}`)
    out.push(
      `\n${p.bold(w.validation)}: ${verdictText} — ${w.validationSummary(validation.stats)}\n`,
    )
  }
  return out.join('')
}
