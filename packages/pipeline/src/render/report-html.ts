/**
 * The report as one self-contained HTML file: inline CSS and SVG charts, no
 * script, nothing fetched (a Content-Security-Policy forbids it). Every piece of text from a
 * pack or a dataset is escaped: they are untrusted.
 */

import { issueLabel, locationText } from '@tiendo/io/parse'
import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../report/report'
import { derivedRow, indicatorsOf, withheldRow } from './derived-view'
import {
  formatNumber,
  formatRate,
  periodText,
  pointText,
  targetText,
  textIn,
  withUnit,
} from './format'
import {
  htmlIndicatorProgress,
  htmlProfileCells,
  htmlProfileFigures,
  htmlProfileHeaders,
} from './html-profiles'
import { profileColumnsOf } from './profile-view'
import {
  failedRules,
  groupSeries,
  hasDerivedPoints,
  isIllustrativeRule,
  isIllustrativeSeries,
  type RenderOptions,
  ruleLabel,
  scopeLine,
  unitLabel,
} from './report-view'
import { OUTCOME_COLORS, seriesChartSvg } from './svg-chart'
import { escapeHtml as e } from './svg-escape'
import { outcomeLabel, PROGRESS_WORDS, STATUS_ORDER, statusLabel, statusTone } from './words'

/** How many derived and withheld figures an HTML report lists (the JSON report has all). */
const MAX_DERIVED = 1000

const CSS = `
:root{color-scheme:light;--ink:#1d2430;--muted:#5b6573;--line:#dfe3e8;--bg:#f6f7f9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1180px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 12px}h3{font-size:16px;margin:0 0 2px}
.meta,.muted{color:var(--muted);font-size:13px}
.banner{margin:16px 0;padding:12px 14px;border:2px dashed #b26a00;background:#fff6e5;color:#6b3f00;border-radius:8px;font-weight:600}
.tag.derived{background:#e6f0fb;color:#1f4f86;border-color:#9dbde3}
.tag{display:inline-block;padding:0 6px;border-radius:4px;font-size:11px;font-weight:700;letter-spacing:.03em;text-transform:uppercase;background:#fff0d6;color:#8a4b00;border:1px solid #e6b566;vertical-align:middle}
.badge{display:inline-block;padding:2px 9px;border-radius:999px;font-size:12.5px;font-weight:600;white-space:nowrap}
.good{background:#dcf3e3;color:#145c2a}.fair{background:#fff1c7;color:#6d5200}.poor{background:#ffe0c7;color:#8a3a00}.bad{background:#fbd9d9;color:#8e1b1b}.none{background:#e8ebef;color:#48525e}
.counts{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);border-radius:8px;font-size:13.5px}
th,td{padding:6px 9px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}td.num{text-align:right;white-space:nowrap}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px}
.card header{display:flex;justify-content:space-between;gap:12px;align-items:flex-start;margin-bottom:6px}
.chart{width:100%;height:auto;display:block}
.chart .tick{font-size:11px;fill:#5b6573}.chart .target-label{font-size:11px;font-weight:700}
.chart .watermark{font-size:34px;font-weight:800;fill:#b26a00;fill-opacity:.13}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 12px;margin:8px 0 0;font-size:13px}dt{color:var(--muted)}dd{margin:0}
ul.targets{margin:6px 0 0;padding-left:18px;font-size:13px}
.legend{display:flex;flex-wrap:wrap;gap:14px;font-size:12.5px;color:var(--muted);margin:6px 0 12px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:3px;margin-right:5px;vertical-align:-1px}
.reason{font-size:13px;color:#6d5200;margin:6px 0 0}
footer{margin-top:36px;color:var(--muted);font-size:12.5px}
`

const badge = (status: string, lang: Language) =>
  `<span class="badge ${statusTone(status)}">${e(statusLabel(status, lang))}</span>`

const illustrativeTag = (lang: Language) =>
  `<span class="tag">${e(PROGRESS_WORDS[lang].illustrative)}</span>`

const derivedTag = (lang: Language) =>
  `<span class="tag derived">${e(PROGRESS_WORDS[lang].derivedMark)}</span>`

const localized = (text: { vi: string; en?: string | undefined }, lang: Language) =>
  lang === 'en' ? (text.en ?? text.vi) : text.vi

function figures(series: TargetReport, lang: Language): string {
  const w = PROGRESS_WORDS[lang]
  const a = series.assessment
  const unit = series.indicator.unit
  const rows: [string, string][] = []
  const value = (v: { period: string; value: unknown } | null) =>
    v?.value == null
      ? undefined
      : `${withUnit(formatNumber(String(v.value), lang), unit, lang)} (${periodText(v.period, lang)})`
  const baseline = value(a.baseline)
  const latest = value(a.latest)
  if (baseline !== undefined) rows.push([w.baseline, baseline])
  if (latest !== undefined) rows.push([w.latest, latest])
  if (a.cagr !== null) rows.push([w.cagr, formatRate(a.cagr, lang)])
  if (a.requiredCagr !== null) rows.push([w.requiredCagr, formatRate(a.requiredCagr, lang)])
  if (a.ratio !== null) rows.push([w.ratio, formatNumber(a.ratio, lang, 2)])
  if (a.growth !== null) rows.push([w.growth, formatRate(a.growth, lang)])
  if (a.projected !== null && a.target !== null) {
    rows.push([
      `${w.projected} (${periodText(a.target.by, lang)})`,
      withUnit(formatNumber(a.projected, lang, 2), unit, lang),
    ])
  }
  if (a.interval !== null) {
    rows.push([
      `${w.interval} ${formatNumber(a.interval.level.times(100), lang)}%`,
      `${formatNumber(a.interval.low, lang, 2)}–${formatNumber(a.interval.high, lang, 2)}`,
    ])
  }
  if (a.probability !== null) rows.push([w.probability, formatRate(a.probability, lang, 0)])
  if (a.attainmentYear !== null) rows.push([w.attainment, a.attainmentYear])
  rows.push([w.method, a.method])
  rows.push(...htmlProfileFigures(a, lang))
  return `<dl>${rows.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`
}

function seriesCard(report: PipelineReport, series: TargetReport, lang: Language): string {
  const w = PROGRESS_WORDS[lang]
  const a = series.assessment
  const illustrative = isIllustrativeSeries(report, series)
  const unitName = unitLabel(report, series.unit, lang, series.unitName)
  const chart = seriesChartSvg(series, { lang, illustrative })
  const outcomes = new Map(a.targets.map((t) => [t.id, t.outcome]))
  const targets = series.targets.map((target) => {
    const outcome = outcomes.get(target.id) ?? 'pending'
    const color = OUTCOME_COLORS[outcome] ?? OUTCOME_COLORS.undecided!
    const source =
      target.source === undefined
        ? ''
        : ` <span class="muted">— ${e(textIn(target.source, lang))}</span>`
    return `<li>${e(targetText(target, series.indicator.unit, lang))}: <strong style="color:${color}">${e(outcomeLabel(outcome, lang))}</strong>${source}</li>`
  })
  const reason = a.explanation?.message[lang]
  const notes = a.notes.map((note) => `<li>${e(note.message[lang])}</li>`)
  return [
    '<article class="card">',
    `<header><div><h3>${e(series.indicator.name[lang])}${illustrative ? ` ${illustrativeTag(lang)}` : ''}${hasDerivedPoints(series) ? ` ${derivedTag(lang)}` : ''}</h3>`,
    `<div class="muted">${e(unitName)} · <code>${e(series.indicatorId)}</code> · <code>${e(series.unit)}</code></div></div>`,
    badge(a.status, lang),
    '</header>',
    chart === '' ? `<p class="muted">${e(w.noData)}</p>` : chart,
    targets.length > 0 ? `<ul class="targets">${targets.join('')}</ul>` : '',
    reason === undefined ? '' : `<p class="reason">${e(reason)}</p>`,
    figures(series, lang),
    notes.length > 0
      ? `<details><summary class="muted">${e(w.notes)}</summary><ul>${notes.join('')}</ul></details>`
      : '',
    '</article>',
  ].join('')
}

function summaryTable(report: PipelineReport, list: readonly TargetReport[], lang: Language) {
  const w = PROGRESS_WORDS[lang]
  const columns = profileColumnsOf(list)
  const rows = list.map((series) => {
    const a = series.assessment
    const latest = series.series.filter((p) => p.value !== undefined || p.low !== undefined).at(-1)
    const unit = series.indicator.unit
    const target = a.target === null ? '' : targetText(a.target, unit, lang)
    const tag = `${isIllustrativeSeries(report, series) ? ` ${illustrativeTag(lang)}` : ''}${latest?.derived !== undefined ? ` ${derivedTag(lang)}` : ''}`
    return `<tr><td>${e(series.indicator.name[lang])}${tag}</td><td>${e(unitLabel(report, series.unit, lang, series.unitName))}</td><td class="num">${latest === undefined ? '—' : `${e(pointText(latest, unit, lang))} <span class="muted">${e(periodText(latest.period, lang))}</span>`}</td><td>${e(target)}</td><td>${badge(a.status, lang)}</td>${htmlProfileCells(series, columns, lang)}</tr>`
  })
  return `<table><thead><tr><th>${e(w.indicator)}</th><th>${e(w.unit)}</th><th>${e(w.latest)}</th><th>${e(w.target)}</th><th>${e(w.status)}</th>${htmlProfileHeaders(columns, lang)}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function withoutDataItem(report: PipelineReport, series: TargetReport, lang: Language): string {
  const targets = series.targets.map((t) => targetText(t, series.indicator.unit, lang)).join('; ')
  return `<li>${e(series.indicator.name[lang])} — ${e(unitLabel(report, series.unit, lang, series.unitName))}: ${e(targets)} <code>${e(series.indicatorId)}</code></li>`
}

function rulesSection(report: PipelineReport, lang: Language): string {
  const evaluation = report.evaluation
  if (evaluation === undefined) return ''
  const w = PROGRESS_WORDS[lang]
  const failed = failedRules(report)
  const rows = failed.map((result) => {
    const tag = isIllustrativeRule(report, result.ruleId) ? ` ${illustrativeTag(lang)}` : ''
    const tone =
      result.severity === 'error' ? 'bad' : result.severity === 'warning' ? 'fair' : 'none'
    const label = ruleLabel(report, result.ruleId, lang)
    const rule =
      label === result.ruleId
        ? `<code>${e(label)}</code>`
        : `<span title="${e(result.ruleId)}">${e(label)}</span>`
    return `<tr><td><span class="badge ${tone}">${e(w.severities[result.severity])}</span></td><td>${rule}${tag}</td><td>${e(unitLabel(report, result.unit, lang))}</td><td>${e(periodText(result.period, lang))}</td><td>${e(result.message?.[lang] ?? '')}</td></tr>`
  })
  const issues = evaluation.issues.map((issue) => `<li>${e(issue.message[lang])}</li>`)
  return [
    `<h2>${e(w.rules)}</h2>`,
    `<p>${e(w.rulesSummary(evaluation.summary))}</p>`,
    rows.length === 0
      ? `<p>${e(w.noFailures)}</p>`
      : `<table><thead><tr><th>${e(w.severity)}</th><th>${e(w.rule)}</th><th>${e(w.unit)}</th><th>${e(w.period)}</th><th>${e(w.message)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    issues.length === 0 ? '' : `<ul>${issues.join('')}</ul>`,
  ].join('')
}

function validationSection(report: PipelineReport, lang: Language): string {
  const { validation } = report
  const w = PROGRESS_WORDS[lang]
  const verdict = validation.valid
    ? `<span class="badge good">${e(w.valid)}</span>`
    : `<span class="badge bad">${e(w.invalid)}</span>`
  const rows = validation.issues.map(
    (issue) =>
      `<tr><td>${e(w.severities[issue.severity])}</td><td>${e(locationText(issue.location))}</td><td><code>${e(issueLabel(issue))}</code></td><td>${e(issue.message[lang])}</td><td>${e(issue.hint?.[lang] ?? '')}</td></tr>`,
  )
  return [
    `<h2>${e(w.validation)}</h2>`,
    `<p>${verdict} ${e(w.validationSummary(validation.stats))}</p>`,
    rows.length === 0
      ? ''
      : `<table><thead><tr><th>${e(w.severity)}</th><th>${e(w.where)}</th><th>${e(w.code)}</th><th>${e(w.message)}</th><th>${e(w.fix)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ].join('')
}

function datasetsSection(report: PipelineReport, lang: Language): string {
  const { datasets } = report
  if (datasets.length === 0) return ''
  const w = PROGRESS_WORDS[lang]
  // A label only where the source says so: never guessed.
  const label = (dataset: PipelineReport['datasets'][number]) =>
    dataset.illustrative
      ? illustrativeTag(lang)
      : dataset.published
        ? `<span class="muted">(${e(w.published)})</span>`
        : ''
  const items = datasets.map(
    (dataset) =>
      `<li><strong>${e(dataset.title[lang])}</strong> <code>${e(dataset.id)}</code> ${label(dataset)}${dataset.origin === undefined ? '' : `<div class="muted">${e(dataset.origin)}</div>`}</li>`,
  )
  return `<h2>${e(w.datasets)}</h2><ul>${items.join('')}</ul>`
}

function derivedSection(report: PipelineReport, lang: Language): string {
  const { figures, withheld } = report.derived
  if (figures.length === 0 && withheld.length === 0) return ''
  const w = PROGRESS_WORDS[lang]
  const indicators = indicatorsOf(report)
  /** A table whose column `numeric` (if any) holds numbers, aligned right. */
  const table = (header: string[], rows: string[][], total: number, numeric?: number) => {
    const td = (cell: string, i: number) =>
      i === numeric ? `<td class="num">${e(cell)}</td>` : `<td>${e(cell)}</td>`
    const body = rows.map((row) => `<tr>${row.map(td).join('')}</tr>`).join('')
    const more = total > rows.length ? `<p class="muted">${e(w.more(total - rows.length))}</p>` : ''
    return `<table><thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>${more}`
  }
  return [
    `<h2>${e(w.derived)}</h2>`,
    `<p>${e(w.derivedSummary(figures.length, withheld.length))}</p>`,
    figures.length === 0
      ? ''
      : table(
          [w.indicator, w.unit, w.period, w.value, w.how],
          figures.slice(0, MAX_DERIVED).map((point) => derivedRow(report, point, indicators, lang)),
          figures.length,
          3,
        ),
    withheld.length === 0
      ? ''
      : `<h3 style="margin-top:16px">${e(w.withheld)}</h3>${table(
          [w.indicator, w.unit, w.period, w.how, w.reason],
          withheld
            .slice(0, MAX_DERIVED)
            .map((figure) => withheldRow(report, figure, indicators, lang)),
          withheld.length,
        )}`,
  ].join('')
}

/**
 * The report as a complete HTML document (one file: inline CSS and SVG, no script, no
 * network): an illustrative-data banner when any dataset is illustrative, status counts, a
 * summary table, a chart card per series (targets, projection and interval; derived values
 * drawn hollow and tagged), the derived figures with their provenance, rule failures,
 * validation issues and the data sources.
 */
export function reportToHtml(report: PipelineReport, options: RenderOptions = {}): string {
  const lang = options.lang ?? 'vi'
  const w = PROGRESS_WORDS[lang]
  const { targeted: withTarget, trends, withoutData } = groupSeries(report)
  const charted = trends.filter((s) => s.series.length > 1)
  const shown = [...withTarget, ...trends]
  const counts = STATUS_ORDER.map((status) => ({
    status,
    count: shown.filter((s) => s.assessment.status === status).length,
  })).filter((c) => c.count > 0)
  const illustrative = report.datasets.some((d) => d.illustrative)
  const scope = scopeLine(report, lang)
  const legend = ['achieved', 'missed', 'pending']
    .map(
      (o) =>
        `<span><i style="background:${OUTCOME_COLORS[o]}"></i>${e(`${w.target}: ${outcomeLabel(o, lang)}`)}</span>`,
    )
    .join('')
  const body = [
    `<h1>${e(localized(report.title, lang))}</h1>`,
    `<div class="meta">${e(w.pack)}: ${e(localized(report.pack.title, lang))} (<code>${e(report.pack.id)}</code> ${e(report.pack.version)})${report.generatedAt === undefined ? '' : ` · ${e(w.generated)} ${e(report.generatedAt)}`}</div>`,
    scope === undefined ? '' : `<div class="meta">${e(scope)}</div>`,
    illustrative ? `<div class="banner" role="note">${e(w.illustrativeBanner)}</div>` : '',
    `<h2>${e(w.summary)}</h2>`,
    `<div class="counts">${counts.map((c) => `<span class="badge ${statusTone(c.status)}">${e(statusLabel(c.status, lang))}: ${c.count}</span>`).join('')}</div>`,
    withTarget.length > 0 ? `<h2>${e(w.targets)}</h2>` : '',
    withTarget.length > 0 ? summaryTable(report, withTarget, lang) : '',
    withTarget.length > 0
      ? `<div class="legend"><span><i style="background:#1f5fa8"></i>${e(w.observed)}</span><span>┄ ${e(w.projection)}</span>${legend}</div>`
      : '',
    withTarget.length > 0
      ? `<div class="grid">${withTarget.map((s) => seriesCard(report, s, lang)).join('')}</div>`
      : '',
    withoutData.length > 0 ? `<h2>${e(w.withoutData)} (${withoutData.length})</h2>` : '',
    withoutData.length > 0
      ? `<ul>${withoutData.map((s) => withoutDataItem(report, s, lang)).join('')}</ul>`
      : '',
    trends.length > 0 ? `<h2>${e(w.trends)}</h2>` : '',
    trends.length > 0 ? summaryTable(report, trends, lang) : '',
    htmlIndicatorProgress(report, [...withTarget, ...trends], lang, (status) =>
      badge(status, lang),
    ),
    // A single value has no trend to draw: the table says all there is.
    charted.length > 0
      ? `<div class="grid" style="margin-top:16px">${charted.map((s) => seriesCard(report, s, lang)).join('')}</div>`
      : '',
    derivedSection(report, lang),
    rulesSection(report, lang),
    validationSection(report, lang),
    datasetsSection(report, lang),
    `<footer>${e(w.methodology)} · Tiendo</footer>`,
  ]
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${localized(report.title, lang)} — ${localized(report.pack.title, lang)}`)}</title>`,
    `<style>${CSS}</style></head>`,
    `<body><main>${body.join('\n')}</main></body></html>`,
    '',
  ].join('\n')
}
