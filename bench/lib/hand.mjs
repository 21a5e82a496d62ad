/**
 * The hand-written baseline: plain loops computing the same results as Tiendo for this
 * dataset, with the same exact arithmetic (decimal.js), and nothing else — no source
 * locations, no messages in two languages, no explanations, no generality (years only, units
 * without validity intervals). The practical floor to compare Tiendo with.
 */
import { readFileSync } from 'node:fs'
import { getBuiltInPack } from '@tiendo/packs'
import { Decimal } from 'decimal.js'

/** Tiendo's precision: 40 significant digits, 50 in powers (see `@tiendo/core`'s power). */
const Exact = Decimal.clone({ precision: 40 })
const Wide = Decimal.clone({ precision: 50 })

const ZERO = new Exact(0)

/** Splits CSV text into rows of cells (RFC 4180: quotes, doubled quotes, CRLF). */
export function* csvRows(text) {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const n = text.length
  while (i < n) {
    const end = text.indexOf('\n', i)
    const stop = end === -1 ? n : end
    let line = text.slice(i, stop)
    if (line.includes('"')) {
      // Rare: a quoted cell, maybe over several lines.
      const cells = []
      let cell = ''
      let quoted = false
      let j = i
      for (; j < n; j++) {
        const c = text[j]
        if (quoted) {
          if (c === '"' && text[j + 1] === '"') {
            cell += '"'
            j++
          } else if (c === '"') quoted = false
          else cell += c
        } else if (c === '"') quoted = true
        else if (c === ',') {
          cells.push(cell)
          cell = ''
        } else if (c === '\n') break
        else if (c !== '\r') cell += c
      }
      cells.push(cell)
      i = j + 1
      yield cells
      continue
    }
    if (line.endsWith('\r')) line = line.slice(0, -1)
    i = stop + 1
    if (line.length > 0) yield line.split(',')
  }
}

const DECIMAL = /^-?\d+(\.\d+)?$/
const YEAR = /^\d{4}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const STATUSES = new Set(['completed', 'in_progress', 'planned', 'cancelled'])

/** The pack the bench generated, merged onto vn-national by hand (it only adds). */
export function handPack(packFile) {
  const own = JSON.parse(readFileSync(packFile, 'utf8'))
  const base = getBuiltInPack(own.extends)
  const indicators = new Map()
  for (const indicator of [...(base.indicators ?? []), ...(own.indicators ?? [])]) {
    indicators.set(indicator.id, {
      id: indicator.id,
      d: indicator.direction === 'decrease' ? -1 : 1,
      min: indicator.bounds?.min === undefined ? undefined : new Exact(indicator.bounds.min),
      max: indicator.bounds?.max === undefined ? undefined : new Exact(indicator.bounds.max),
      aggregation: indicator.aggregation?.method ?? indicator.aggregation,
      derivation: indicator.derivation,
    })
  }
  const units = new Map()
  for (const unit of [...(base.units ?? []), ...(own.units ?? [])]) units.set(unit.code, unit)
  const targets = [...(base.targets ?? []), ...(own.targets ?? [])]
  const rules = own.rules ?? []
  return { indicators, units, targets, rules }
}

/**
 * Parses and validates both files into plain maps: `values` (indicator|unit|year → Decimal),
 * `series` (indicator|unit → [{ year, value }]) and `completed` (unit|year → count).
 * Counts errors and warnings as Tiendo's `validate` reports them.
 */
export function handValidate(paths, pack = handPack(paths.pack)) {
  const today = new Date().toISOString().slice(0, 10)
  const thisYear = today.slice(0, 4)
  let rows = 0
  let errors = 0
  let warnings = 0
  const values = new Map()
  const conflicted = new Set()
  const series = new Map()
  const text = readFileSync(paths.observations, 'utf8')
  let header = true
  for (const cells of csvRows(text)) {
    if (header) {
      header = false
      continue
    }
    rows++
    const [indicatorId, unit, period, value] = cells
    const indicator = pack.indicators.get(indicatorId)
    if (
      indicator === undefined ||
      !pack.units.has(unit) ||
      !YEAR.test(period) ||
      !DECIMAL.test(value)
    ) {
      errors++
      continue
    }
    if (period > thisYear) {
      errors++
      continue
    }
    const decimal = new Exact(value)
    // A refused value (out of bounds, or two different values for one figure) is left out.
    if (
      (indicator.min !== undefined && decimal.lt(indicator.min)) ||
      (indicator.max !== undefined && decimal.gt(indicator.max))
    ) {
      errors++
      continue
    }
    const key = `${indicatorId}|${unit}|${period}`
    if (values.has(key) || conflicted.has(key)) {
      if (values.get(key)?.eq(decimal)) warnings++
      else {
        errors++
        values.delete(key)
        conflicted.add(key)
      }
      continue
    }
    values.set(key, decimal)
  }
  for (const [key, decimal] of values) {
    const [indicatorId, unit, period] = key.split('|')
    const seriesKey = `${indicatorId}|${unit}`
    const list = series.get(seriesKey)
    if (list === undefined) series.set(seriesKey, [{ year: period, value: decimal }])
    else list.push({ year: period, value: decimal })
  }
  const completed = new Map()
  const ids = new Set()
  header = true
  for (const cells of csvRows(readFileSync(paths.records, 'utf8'))) {
    if (header) {
      header = false
      continue
    }
    rows++
    const [id, kind, unit, date, status, title] = cells
    if (
      !pack.units.has(unit) ||
      !DATE.test(date) ||
      !STATUSES.has(status) ||
      !title ||
      date > today
    ) {
      errors++
      continue
    }
    const identity = `${kind}|${unit}|${id}`
    if (ids.has(identity)) {
      warnings++
      continue
    }
    ids.add(identity)
    if (status === 'completed' && kind === 'dx_product') {
      const key = `${unit}|${date.slice(0, 4)}`
      completed.set(key, (completed.get(key) ?? 0) + 1)
    }
  }
  for (const list of series.values()) list.sort((a, b) => (a.year < b.year ? -1 : 1))
  const data = { values, series, completed }
  // The data-quality rules `validate` runs (no_regression; bounds are the row checks above).
  for (const rule of pack.rules) {
    if (rule.template !== 'no_regression') continue
    for (const result of runRule(rule, pack, data)) if (result.outcome === 'failed') warnings++
  }
  return { rows, errors, warnings, data }
}

const yearsOf = (scope) => {
  const years = []
  for (let y = Number(scope.from); y <= Number(scope.to); y++) years.push(String(y))
  return years
}

/** The outcomes of one rule of the bench pack over its scope, in period then unit order. */
export function* runRule(rule, pack, data) {
  const kinds = new Set(rule.scope.unitKinds)
  const units = [...pack.units.values()].filter((unit) => kinds.has(unit.kind))
  const indicator = rule.params.indicator
  const bounds = indicator === undefined ? undefined : pack.indicators.get(indicator)
  const min = rule.params.min === undefined ? new Exact(1) : new Exact(rule.params.min)
  for (const year of yearsOf(rule.scope)) {
    const before = String(Number(year) - 1)
    for (const unit of units) {
      let outcome
      if (rule.template === 'annual_quota') {
        const count = new Exact(data.completed.get(`${unit.code}|${year}`) ?? 0)
        outcome = count.gte(min) ? 'passed' : 'failed'
      } else {
        const value = data.values.get(`${indicator}|${unit.code}|${year}`)
        if (rule.template === 'bounds') {
          outcome =
            value === undefined
              ? 'skipped'
              : value.gte(bounds.min) && value.lte(bounds.max)
                ? 'passed'
                : 'failed'
        } else {
          const previous = data.values.get(`${indicator}|${unit.code}|${before}`)
          outcome =
            value === undefined || previous === undefined
              ? 'skipped'
              : value.gte(previous)
                ? 'passed'
                : 'failed'
        }
      }
      yield { ruleId: rule.id, unit: unit.code, period: year, outcome }
    }
  }
}

/** Every rule of the pack over the data: the `evaluate` results. */
export function handEvaluate(pack, data) {
  const results = []
  for (const rule of pack.rules)
    for (const result of runRule(rule, pack, data)) results.push(result)
  return results
}

/** The compound annual growth `(to / from)^(1 / years) − 1` at 50 digits, rounded to 40. */
export function cagr(from, to, years) {
  if (from.isZero() || to.isZero() || from.isNeg() !== to.isNeg() || years <= 0) return undefined
  const factor = Wide.pow(new Wide(to).div(new Wide(from)), new Wide(1).div(years))
  return new Exact(factor.minus(1)).toSignificantDigits(40, Decimal.ROUND_HALF_EVEN)
}

const meets = (value, target) =>
  target.comparator === 'gt'
    ? value.gt(target.value)
    : target.comparator === 'gte'
      ? value.gte(target.value)
      : target.comparator === 'lt'
        ? value.lt(target.value)
        : value.lte(target.value)

const HIGH = new Exact('0.95')
const MID = new Exact('0.6')
const GROWTH = new Exact('0.01')

/**
 * What the status rests on, for one series: `{ status }` when decided before any ratio
 * (achieved, insufficient data), else `{ ratio, missed }` or `{ growth }` (no target).
 * The Eurostat profile: observed against required compound growth.
 */
export function assessFigures(points, targets, d) {
  if (points.length === 0) return { status: 'insufficient_data' }
  const t0 = Number(points[0].year)
  const latest = points.at(-1)
  if (targets.length === 0) {
    if (points.length < 2) return { status: 'insufficient_data' }
    const rate = cagr(points[0].value, latest.value, Number(latest.year) - t0)
    return rate === undefined ? { status: 'insufficient_data' } : { growth: rate.times(d) }
  }
  let chosen
  for (const target of targets) {
    const by = Number(target.by)
    let verdict
    if (by > Number(latest.year)) {
      verdict = meets(latest.value, target)
        ? { outcome: 'achieved', at: points.length - 1 }
        : { outcome: 'pending', at: null }
    } else {
      let at = -1
      for (let i = 0; i < points.length; i++) if (Number(points[i].year) <= by) at = i
      verdict =
        at === -1
          ? { outcome: 'undecided', at: null }
          : { outcome: meets(points[at].value, target) ? 'achieved' : 'missed', at }
    }
    chosen = { target, ...verdict }
    if (verdict.outcome === 'pending') break
  }
  if (chosen.outcome === 'undecided') return { status: 'insufficient_data' }
  if (chosen.outcome === 'achieved') return { status: 'achieved' }
  const used = chosen.outcome === 'missed' ? points.slice(0, chosen.at + 1) : points
  if (used.length < 2) return { status: 'insufficient_data' }
  const last = used.at(-1)
  const observed = cagr(used[0].value, last.value, Number(last.year) - t0)
  const required = cagr(used[0].value, chosen.target.value, Number(chosen.target.by) - t0)
  if (observed === undefined || required === undefined) return { status: 'insufficient_data' }
  const ratio = required.isZero() ? undefined : observed.times(d).div(required.abs())
  return { ratio, missed: chosen.outcome === 'missed' }
}

/** The status from the figures (thresholds 0.95 / 0.6 / 0; without a target 1% / −1%). */
export function statusOf(figures) {
  if (figures.status !== undefined) return figures.status
  if (figures.growth !== undefined) {
    return figures.growth.gt(GROWTH)
      ? 'improving'
      : figures.growth.lt(GROWTH.neg())
        ? 'worsening'
        : 'stable'
  }
  if (figures.ratio === undefined) return 'deterioration'
  const status = figures.ratio.gte(HIGH)
    ? 'on_track'
    : figures.ratio.gte(MID)
      ? 'needs_acceleration'
      : figures.ratio.gte(ZERO)
        ? 'limited_progress'
        : 'deterioration'
  return figures.missed && status === 'on_track' ? 'needs_acceleration' : status
}

/** The targets binding each series (indicator|unit), by due period. */
export function targetsBySeries(pack) {
  const bySeries = new Map()
  for (const target of pack.targets) {
    const units = target.unit
      ? [target.unit]
      : [...pack.units.values()].filter((u) => u.kind === target.unitKind).map((u) => u.code)
    const t = { value: new Exact(target.value), by: target.by, comparator: target.comparator }
    for (const unit of units) {
      const key = `${target.indicator}|${unit}`
      const list = bySeries.get(key)
      if (list === undefined) bySeries.set(key, [t])
      else list.push(t)
    }
  }
  for (const list of bySeries.values()) list.sort((a, b) => Number(a.by) - Number(b.by))
  return bySeries
}

/** Every series assessed (to its targets, or on its trend): the `assess` results. */
export function handAssess(pack, data) {
  const bySeries = targetsBySeries(pack)
  const results = []
  for (const [key, points] of data.series) {
    const [indicator, unit] = key.split('|')
    const d = pack.indicators.get(indicator).d
    const status = statusOf(assessFigures(points, bySeries.get(key) ?? [], d))
    results.push({ indicator, unit, status })
  }
  return results
}

/**
 * The floor for `derive`: completed products counted per unit and year (0 for a year without
 * any, for units with records), summed indicators added up the unit tree level by level from
 * whatever children reported, and ratios divided from their parts where no figure was
 * submitted. No coverage rules, no provenance, no consistency checks. Returns the figures, as
 * `[indicator|unit|period, value]`.
 */
export function handDerive(pack, data) {
  const values = new Map(data.values)
  const derived = []
  const put = (key, value) => {
    if (values.has(key)) return
    values.set(key, value)
    derived.push(key)
  }
  const years = new Set()
  const recordUnits = new Set()
  for (const key of data.completed.keys()) {
    const [unit, year] = key.split('|')
    years.add(year)
    recordUnits.add(unit)
  }
  for (const unit of recordUnits)
    for (const year of years)
      put(
        `dx_products_completed|${unit}|${year}`,
        new Exact(data.completed.get(`${unit}|${year}`) ?? 0),
      )
  // Children by parent, deepest parents first, so sums climb the tree.
  const children = new Map()
  for (const unit of pack.units.values()) {
    if (unit.parent === undefined) continue
    const list = children.get(unit.parent) ?? []
    list.push(unit.code)
    children.set(unit.parent, list)
  }
  const depth = (code) => {
    let d = 0
    for (let u = pack.units.get(code); u?.parent !== undefined; u = pack.units.get(u.parent)) d++
    return d
  }
  const parents = [...children.keys()].sort((a, b) => depth(b) - depth(a))
  const allYears = new Set([...years, ...[...data.values.keys()].map((k) => k.split('|')[2])])
  for (const indicator of pack.indicators.values()) {
    if (indicator.aggregation !== 'sum') continue
    for (const parent of parents) {
      for (const year of allYears) {
        let total
        for (const child of children.get(parent)) {
          const value = values.get(`${indicator.id}|${child}|${year}`)
          if (value !== undefined) total = total === undefined ? value : total.plus(value)
        }
        if (total !== undefined) put(`${indicator.id}|${parent}|${year}`, total)
      }
    }
  }
  for (const indicator of pack.indicators.values()) {
    const ratio = indicator.derivation
    if (ratio?.kind !== 'ratio') continue
    for (const key of values.keys()) {
      const [id, unit, year] = key.split('|')
      if (id !== ratio.numerator) continue
      const denominator = values.get(`${ratio.denominator}|${unit}|${year}`)
      if (denominator === undefined || denominator.isZero()) continue
      const factor = new Exact(ratio.factor ?? 1)
      put(`${indicator.id}|${unit}|${year}`, values.get(key).div(denominator).times(factor))
    }
  }
  return derived.map((key) => [key, values.get(key)])
}
