/**
 * A line chart of one series as inline SVG: the observed values (ranges as bars, bounds as
 * open dots, derived values as squares), every target as a dashed level ending in a diamond coloured by its outcome,
 * and, for a target still ahead, the projection to its period with the prediction interval
 * as a fan. No script, no fonts or images to fetch: it renders anywhere, offline.
 */

import type { TargetReport } from '@tiendo/rules'
import type { Language } from '@tiendo/schema'
import { monthIndex, parsePeriod } from '@tiendo/schema'
import { formatNumber, periodText, pointText, targetText, withUnit } from './format'
import { escapeHtml } from './svg-escape'
import { outcomeLabel, PROGRESS_WORDS } from './words'

/** Options of {@link seriesChartSvg}. */
export interface SeriesChartOptions {
  /** The language of labels and tooltips. Defaults to `vi`. */
  readonly lang?: Language | undefined
  /** Width in SVG units (the chart scales to its box). Defaults to `560`. */
  readonly width?: number | undefined
  /** Height in SVG units. Defaults to `240`. */
  readonly height?: number | undefined
  /** Mark the chart as resting on illustrative data. Defaults to `false`. */
  readonly illustrative?: boolean | undefined
}

/** Colours of target outcomes (shared with the HTML legend). */
export const OUTCOME_COLORS: Readonly<Record<string, string>> = {
  achieved: '#1a7f37',
  missed: '#c62828',
  pending: '#6b4fbb',
  undecided: '#777777',
}
const OBSERVED = '#1f5fa8'
const MARGIN = { left: 52, right: 18, top: 26, bottom: 28 }

/** The middle of a period in years (2024 → 2024.5), or `undefined` when it is not a period. */
export function periodTime(period: string): number | undefined {
  const parsed = parsePeriod(period)
  if (!parsed.ok) return undefined
  return (monthIndex(parsed.period.start) + monthIndex(parsed.period.end) + 1) / 24
}

/** A round step for about `count` intervals over a span (1, 2 or 5 × 10ⁿ). */
export function niceStep(span: number, count = 4): number {
  const raw = span / count
  if (!(raw > 0) || !Number.isFinite(raw)) return 1
  const power = 10 ** Math.floor(Math.log10(raw))
  const fraction = raw / power
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power
}

const placesOf = (step: number) => Math.max(0, -Math.floor(Math.log10(step) + 1e-9))
const n = (value: number) => (Math.round(value * 10) / 10).toString()

/** A chart of one series, as an `<svg>` element (escaped, self-contained). */
export function seriesChartSvg(series: TargetReport, options: SeriesChartOptions = {}): string {
  const lang = options.lang ?? 'vi'
  const w = PROGRESS_WORDS[lang]
  const width = options.width ?? 560
  const height = options.height ?? 240
  const unit = series.indicator.unit
  const a = series.assessment

  const points = series.series
    .map((point) => ({ point, t: periodTime(point.period) }))
    .filter((p): p is { point: (typeof series.series)[number]; t: number } => p.t !== undefined)
  const outcomes = new Map(a.targets.map((t) => [t.id, t.outcome]))
  const targets = series.targets
    .map((target) => ({ target, t: periodTime(target.by), value: Number(target.value) }))
    .filter((t): t is typeof t & { t: number } => t.t !== undefined && Number.isFinite(t.value))
  const latest = points.filter((p) => p.point.value !== undefined).at(-1)
  const projection =
    a.projected !== null && a.target !== null && latest !== undefined
      ? { t: periodTime(a.target.by), value: Number(a.projected) }
      : undefined

  // Domains: everything drawn fits, padded, within the indicator's bounds.
  const xs = [...points.map((p) => p.t), ...targets.map((t) => t.t)]
  if (projection?.t !== undefined) xs.push(projection.t)
  const ys: number[] = []
  for (const { point } of points) {
    for (const v of [point.value, point.low, point.high]) if (v !== undefined) ys.push(Number(v))
  }
  for (const t of targets) ys.push(t.value)
  if (projection) ys.push(projection.value)
  if (a.interval && projection) ys.push(Number(a.interval.low), Number(a.interval.high))
  if (xs.length === 0 || ys.length === 0) return ''
  let x0 = Math.min(...xs) - 0.5
  let x1 = Math.max(...xs) + 0.5
  if (x1 - x0 < 2) {
    x0 -= 0.5
    x1 += 0.5
  }
  let y0 = Math.min(...ys)
  let y1 = Math.max(...ys)
  const pad = y1 > y0 ? (y1 - y0) * 0.12 : Math.max(Math.abs(y1) * 0.1, 1)
  y0 -= pad
  y1 += pad
  const bounds = series.indicator.bounds
  if (bounds?.min !== undefined) y0 = Math.max(y0, Number(bounds.min))
  if (bounds?.max !== undefined) y1 = Math.min(y1, Number(bounds.max))
  const step = niceStep(y1 - y0)
  y0 = Math.floor(y0 / step) * step
  y1 = Math.ceil(y1 / step) * step
  if (y1 <= y0) y1 = y0 + step

  const innerW = width - MARGIN.left - MARGIN.right
  const innerH = height - MARGIN.top - MARGIN.bottom
  const sx = (t: number) => MARGIN.left + ((t - x0) / (x1 - x0)) * innerW
  const sy = (v: number) => MARGIN.top + (1 - (v - y0) / (y1 - y0)) * innerH
  const out: string[] = []
  const label = `${series.indicator.name[lang]} — ${series.unitName[lang] ?? series.unitName.vi}`
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeHtml(label)}" class="chart">`,
    `<title>${escapeHtml(label)}</title>`,
  )

  // Grid and axes.
  const places = placesOf(step)
  for (let v = y0; v <= y1 + step / 2; v += step) {
    const y = n(sy(v))
    out.push(
      `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${y}" y2="${y}" stroke="#e3e6ea"/>`,
      `<text x="${MARGIN.left - 6}" y="${y}" dy="0.32em" text-anchor="end" class="tick">${escapeHtml(formatNumber(v.toFixed(places), lang))}</text>`,
    )
  }
  const firstYear = Math.ceil(x0 - 0.5)
  const lastYear = Math.floor(x1 - 0.5)
  const yearStep = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10))
  for (let year = firstYear; year <= lastYear; year += yearStep) {
    const x = n(sx(year + 0.5))
    out.push(
      `<line x1="${n(sx(year))}" x2="${n(sx(year))}" y1="${MARGIN.top}" y2="${height - MARGIN.bottom}" stroke="#f0f2f4"/>`,
      `<text x="${x}" y="${height - MARGIN.bottom + 16}" text-anchor="middle" class="tick">${year}</text>`,
    )
  }
  out.push(
    `<line x1="${MARGIN.left}" x2="${width - MARGIN.right}" y1="${height - MARGIN.bottom}" y2="${height - MARGIN.bottom}" stroke="#9aa3ad"/>`,
  )
  if (options.illustrative) {
    out.push(
      `<text x="${n(width / 2)}" y="${n(height / 2)}" text-anchor="middle" class="watermark">${escapeHtml(w.illustrative.toUpperCase())}</text>`,
    )
  }

  // Targets: a dashed level up to the due period, a diamond coloured by outcome.
  for (const { target, t, value } of targets) {
    const outcome = outcomes.get(target.id) ?? 'pending'
    const color = OUTCOME_COLORS[outcome] ?? OUTCOME_COLORS.undecided!
    const x = sx(t)
    const y = sy(value)
    const tip = `${w.target} ${targetText(target, unit, lang)}: ${outcomeLabel(outcome, lang)}`
    out.push(
      `<line x1="${MARGIN.left}" x2="${n(x)}" y1="${n(y)}" y2="${n(y)}" stroke="${color}" stroke-dasharray="2 4" stroke-opacity="0.7"/>`,
      `<g class="target"><title>${escapeHtml(tip)}</title><path d="M${n(x)} ${n(y - 7)}L${n(x + 7)} ${n(y)}L${n(x)} ${n(y + 7)}L${n(x - 7)} ${n(y)}Z" fill="${color}"/></g>`,
      `<text x="${n(x - 10)}" y="${n(y - 9)}" text-anchor="end" class="target-label" fill="${color}">${escapeHtml(withUnit(formatNumber(target.value, lang), unit, lang))}</text>`,
    )
  }

  // Projection to the target period, with the prediction interval as a fan.
  if (projection?.t !== undefined && latest !== undefined) {
    const lx = sx(latest.t)
    const ly = sy(Number(latest.point.value))
    const tx = sx(projection.t)
    if (a.interval) {
      const low = sy(Number(a.interval.low))
      const high = sy(Number(a.interval.high))
      const tip = `${w.interval} (${formatNumber(a.interval.level.times(100), lang)}%): ${formatNumber(a.interval.low, lang, 2)}–${formatNumber(a.interval.high, lang, 2)}`
      out.push(
        `<g class="band"><title>${escapeHtml(tip)}</title><path d="M${n(lx)} ${n(ly)}L${n(tx)} ${n(high)}L${n(tx)} ${n(low)}Z" fill="${OBSERVED}" fill-opacity="0.12"/>`,
        `<line x1="${n(tx)}" x2="${n(tx)}" y1="${n(high)}" y2="${n(low)}" stroke="${OBSERVED}" stroke-opacity="0.5"/></g>`,
      )
    }
    // A growth projection compounds: draw its curve; the trend methods' is straight enough.
    const start = Number(latest.point.value)
    const curve: string[] = []
    const compound = a.method === 'cagr' && start > 0 && projection.value > 0
    for (let i = 0; i <= 16; i++) {
      const s = i / 16
      const v = compound
        ? start * (projection.value / start) ** s
        : start + (projection.value - start) * s
      curve.push(`${i === 0 ? 'M' : 'L'}${n(lx + (tx - lx) * s)} ${n(sy(v))}`)
    }
    const tip = `${w.projected} ${periodText(a.target!.by, lang)}: ${withUnit(formatNumber(a.projected!, lang, 2), unit, lang)}`
    out.push(
      `<g class="projection"><title>${escapeHtml(tip)}</title><path d="${curve.join('')}" fill="none" stroke="${OBSERVED}" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<circle cx="${n(tx)}" cy="${n(sy(projection.value))}" r="3.5" fill="#fff" stroke="${OBSERVED}" stroke-width="2"/>`,
      `<text x="${n(tx - 8)}" y="${n(sy(projection.value) + 15)}" text-anchor="end" class="target-label" fill="${OBSERVED}">${escapeHtml(withUnit(formatNumber(a.projected!, lang, 2), unit, lang))}</text></g>`,
    )
  }

  // Observations: the line, ranges as bars, bounds and approximations as open dots.
  const valued = points.filter((p) => p.point.value !== undefined)
  if (valued.length > 1) {
    const d = valued
      .map((p, i) => `${i === 0 ? 'M' : 'L'}${n(sx(p.t))} ${n(sy(Number(p.point.value)))}`)
      .join('')
    out.push(`<path d="${d}" fill="none" stroke="${OBSERVED}" stroke-width="2.2"/>`)
  }
  for (const { point, t } of points) {
    const x = n(sx(t))
    const derived = point.derived === undefined ? '' : ` (${w.derivedMark})`
    const tip = escapeHtml(
      `${periodText(point.period, lang)}: ${pointText(point, unit, lang)}${derived}`,
    )
    const parts: string[] = []
    if (point.low !== undefined && point.high !== undefined) {
      const lo = n(sy(Number(point.low)))
      const hi = n(sy(Number(point.high)))
      parts.push(
        `<line x1="${x}" x2="${x}" y1="${hi}" y2="${lo}" stroke="${OBSERVED}" stroke-width="3"/>`,
        `<line x1="${n(sx(t) - 4)}" x2="${n(sx(t) + 4)}" y1="${hi}" y2="${hi}" stroke="${OBSERVED}" stroke-width="2"/>`,
        `<line x1="${n(sx(t) - 4)}" x2="${n(sx(t) + 4)}" y1="${lo}" y2="${lo}" stroke="${OBSERVED}" stroke-width="2"/>`,
      )
    }
    if (point.value !== undefined) {
      const open = point.qualifier !== undefined
      const cy = n(sy(Number(point.value)))
      // A derived value is a square, so it differs from a submitted one by shape, not colour.
      parts.push(
        point.derived === undefined
          ? `<circle cx="${x}" cy="${cy}" r="4" fill="${open ? '#fff' : OBSERVED}" stroke="${OBSERVED}" stroke-width="2"/>`
          : `<rect class="derived" x="${n(sx(t) - 4)}" y="${n(sy(Number(point.value)) - 4)}" width="8" height="8" fill="${open ? '#fff' : '#e6f0fb'}" stroke="${OBSERVED}" stroke-width="2"/>`,
      )
    }
    out.push(`<g class="point"><title>${tip}</title>${parts.join('')}</g>`)
  }
  out.push('</svg>')
  return out.join('')
}
