import type { Exact } from '@tiendo/core'
import { formatPeriod, toExact } from '@tiendo/core'
import { parsePeriod } from '@tiendo/schema'
import type { SeriesAssessment } from './assess'
import { s } from './dom'
import { formatDecimal, formatFigure, formatShare, withUnit } from './format'
import type { Language } from './i18n'
import { COMPARATOR_SIGN, nameIn, t } from './i18n'

const WIDTH = 760
const HEIGHT = 340
const MARGIN = { top: 24, right: 96, bottom: 40, left: 64 }

/**
 * Where a period sits on the time axis, in years: its last month's end, so an annual value
 * `2024` sits at 2024 and a first half `2024-H1` half a year before it. For drawing only;
 * figures stay exact decimals.
 */
function timeOf(period: string): number | undefined {
  const parsed = parsePeriod(period)
  return parsed.ok ? parsed.period.end.year + (parsed.period.end.month - 12) / 12 : undefined
}

/** A decimal as a coordinate (pixels need no exactness; the labels show the exact values). */
const num = (value: Exact): number => value.toNumber()

function niceStep(span: number): number {
  const raw = span / 5
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10
  return factor * magnitude
}

/**
 * The series as an SVG line chart: published values, the targets as diamonds, and where a
 * target is still ahead, the linear trend's projection with its prediction interval as a
 * shaded band (`.projection-band`).
 */
export function renderChart(item: SeriesAssessment, lang: Language): SVGSVGElement {
  const { series, band } = item
  const unit = series.indicator.unit
  const observed = series.points.flatMap((point) => {
    const x = timeOf(point.period)
    if (x === undefined) return []
    const low = point.low ?? point.value
    const high = point.high ?? point.value
    if (low === undefined || high === undefined) return []
    return [{ x, point, low: num(low), high: num(high), y: point.value && num(point.value) }]
  })
  const targets = series.targets.flatMap((target) => {
    const x = timeOf(target.by)
    return x === undefined ? [] : [{ x, target, y: num(toExact(target.value)) }]
  })
  const projection = (band?.points ?? []).flatMap((p) => {
    const x = timeOf(p.period)
    return x === undefined ? [] : [{ x, y: num(p.projected), low: num(p.low), high: num(p.high) }]
  })
  const xs = [
    ...observed.map((o) => o.x),
    ...targets.map((o) => o.x),
    ...projection.map((o) => o.x),
  ]
  const ys = [
    ...observed.flatMap((o) => [o.low, o.high]),
    ...targets.map((o) => o.y),
    ...projection.flatMap((o) => [o.low, o.high]),
  ]
  const xMin = Math.floor(Math.min(...xs)) - 0.5
  const xMax = Math.ceil(Math.max(...xs)) + 0.5
  const rawLow = Math.min(...ys)
  const rawHigh = Math.max(...ys)
  const pad = (rawHigh - rawLow || Math.abs(rawHigh) || 1) * 0.1
  // A share cannot go below zero: the axis starts there when the data come close.
  const yLow = unit === 'percent' && rawLow - pad < 0 ? 0 : rawLow - pad
  const yHigh = rawHigh + pad
  const step = niceStep(yHigh - yLow)
  const yMin = Math.floor(yLow / step) * step
  const yMax = Math.ceil(yHigh / step) * step
  const px = (x: number) =>
    MARGIN.left + ((x - xMin) / (xMax - xMin)) * (WIDTH - MARGIN.left - MARGIN.right)
  const py = (y: number) =>
    HEIGHT - MARGIN.bottom - ((y - yMin) / (yMax - yMin)) * (HEIGHT - MARGIN.top - MARGIN.bottom)
  const title = `${nameIn(series.indicator.name, lang)} — ${nameIn(series.unit.name, lang)}`

  const svg = s('svg', {
    class: 'chart',
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'img',
    'aria-label': title,
    'data-series': series.id,
  })
  svg.append(s('title', {}, title))

  const grid = s('g', { class: 'grid' })
  // Tick labels are written like every other figure: from decimal text, per language.
  const places = Math.max(0, -Math.floor(Math.log10(step)) + (step % 1 === 0 ? 0 : 1))
  for (let y = yMin; y <= yMax + step / 2; y += step) {
    const label = formatDecimal(toExact(y.toFixed(places)), lang)
    grid.append(
      s('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: py(y), y2: py(y) }),
      s('text', { x: MARGIN.left - 8, y: py(y) + 4, class: 'y-tick' }, withUnit(label, unit, lang)),
    )
  }
  const yearStep = Math.max(1, Math.ceil((xMax - xMin) / 10))
  for (let year = Math.ceil(xMin); year <= xMax; year += yearStep) {
    grid.append(
      s('text', { x: px(year), y: HEIGHT - MARGIN.bottom + 20, class: 'x-tick' }, String(year)),
    )
  }
  svg.append(grid)

  if (band && projection.length > 0) {
    const last = observed.at(-1)
    const start = last?.y === undefined || last.y === null ? [] : [{ x: last.x, y: last.y }]
    const upper = [...start, ...projection.map((p) => ({ x: p.x, y: p.high }))]
    const lower = [...start, ...projection.map((p) => ({ x: p.x, y: p.low }))].reverse()
    const points = [...upper, ...lower].map((p) => `${px(p.x)},${py(p.y)}`).join(' ')
    svg.append(
      s(
        'polygon',
        { class: 'projection-band', points },
        s('title', {}, t('band', lang, { level: formatShare(band.level, lang, 0) })),
      ),
      s('polyline', {
        class: 'projection',
        points: [...start, ...projection].map((p) => `${px(p.x)},${py(p.y)}`).join(' '),
      }),
    )
  }

  const line = observed.filter((o) => o.y !== undefined && o.y !== null)
  svg.append(
    s('polyline', {
      class: 'observed-line',
      points: line.map((o) => `${px(o.x)},${py(o.y as number)}`).join(' '),
    }),
  )
  for (const o of observed) {
    const label = `${formatPeriod(o.point.period, lang)}: ${formatFigure(o.point, unit, lang)}`
    if (o.low !== o.high) {
      svg.append(
        s('line', { class: 'range', x1: px(o.x), x2: px(o.x), y1: py(o.low), y2: py(o.high) }),
      )
    }
    const y = o.y ?? (o.low + o.high) / 2
    svg.append(
      s('circle', { class: 'observed', cx: px(o.x), cy: py(y), r: 4 }, s('title', {}, label)),
    )
  }
  for (const { x, y, target } of targets) {
    const cx = px(x)
    const cy = py(y)
    const sign = COMPARATOR_SIGN[target.comparator] ?? target.comparator
    const text = `${sign} ${withUnit(formatDecimal(toExact(target.value), lang), unit, lang)} (${target.by})`
    svg.append(
      s(
        'polygon',
        {
          class: 'target',
          points: `${cx},${cy - 7} ${cx + 7},${cy} ${cx},${cy + 7} ${cx - 7},${cy}`,
        },
        s('title', {}, text),
      ),
      s('text', { class: 'target-label', x: cx + 10, y: cy + 4 }, text),
    )
  }
  return svg
}
