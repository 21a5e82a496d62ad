/**
 * json-rules-engine used naively: a new `Engine` per scope, the rules added every time,
 * facts as closures over the scope, the built-in numeric operators replaced by Tiendo's
 * decimal ones (`decimalOperators`), no missing-value strategies, no explanations. It is
 * slow, so an evenly spread sample of scopes is timed and the throughput extrapolated.
 */
import { decimalOperators } from '@tiendo/rules'
import { Decimal } from 'decimal.js'
import { Engine } from 'json-rules-engine'
import { assessFigures, targetsBySeries } from './hand.mjs'

function newEngine(rules) {
  const engine = new Engine([], { allowUndefinedFacts: true })
  for (const { name, evaluate } of decimalOperators) engine.addOperator(name, evaluate)
  for (const rule of rules) {
    engine.addRule({
      name: rule.id,
      event: { type: rule.id },
      conditions: structuredClone(rule.conditions),
    })
  }
  return engine
}

/** An evenly spread sample of at most `max` items. */
export function sample(items, max) {
  const step = Math.max(1, Math.ceil(items.length / max))
  return items.filter((_, i) => i % step === 0)
}

/** The facts of a unit × year scope over the hand-parsed data. */
function scopeFacts(data, unit, year) {
  const value = (params) => {
    const y = String(Number(year) + (params.offset ?? 0))
    return data.values.get(`${params.indicator}|${unit}|${y}`)
  }
  return {
    value,
    record_count: () => new Decimal(data.completed.get(`${unit}|${year}`) ?? 0),
  }
}

/** Runs rules (`{ id, conditions, kinds }`) over scopes `{ unit, kind, year }`. */
export async function naiveEvaluate(rules, data, scopes) {
  let results = 0
  for (const { unit, kind, year } of scopes) {
    const engine = newEngine(rules.filter((rule) => rule.kinds.has(kind)))
    for (const [id, compute] of Object.entries(scopeFacts(data, unit, year))) {
      engine.addFact(id, compute)
    }
    const run = await engine.run()
    results += run.results.length + run.failureResults.length
  }
  return results
}

/**
 * Validation as a naive engine user writes it: after parsing, one engine per unit × year
 * holding a bounds rule for every indicator reported there. `scopes` are
 * `{ values: Map<indicator, Decimal> }`.
 */
export async function naiveBounds(pack, scopes) {
  let checked = 0
  for (const scope of scopes) {
    const rules = [...scope.values.keys()].map((id) => {
      const indicator = pack.indicators.get(id)
      const conditions = []
      const fact = { fact: 'value', params: { indicator: id } }
      if (indicator.min !== undefined) {
        conditions.push({ ...fact, operator: 'decimalGte', value: indicator.min.toString() })
      }
      if (indicator.max !== undefined) {
        conditions.push({ ...fact, operator: 'decimalLte', value: indicator.max.toString() })
      }
      return { id: `bounds_${id}`, conditions: { all: conditions } }
    })
    const engine = newEngine(rules)
    engine.addFact('value', (params) => scope.values.get(params.indicator))
    const run = await engine.run()
    checked += run.results.length + run.failureResults.length
  }
  return checked
}

const between = (fact, low, high) => ({
  all: [
    { fact, operator: 'decimalGte', value: low },
    { fact, operator: 'decimalLt', value: high },
  ],
})

const STATUS_RULES = [
  {
    id: 'on_track',
    conditions: { all: [{ fact: 'ratio', operator: 'decimalGte', value: '0.95' }] },
  },
  { id: 'needs_acceleration', conditions: between('ratio', '0.6', '0.95') },
  { id: 'limited_progress', conditions: between('ratio', '0', '0.6') },
  {
    id: 'deterioration',
    conditions: { all: [{ fact: 'ratio', operator: 'decimalLt', value: '0' }] },
  },
  {
    id: 'improving',
    conditions: { all: [{ fact: 'growth', operator: 'decimalGt', value: '0.01' }] },
  },
  {
    id: 'worsening',
    conditions: { all: [{ fact: 'growth', operator: 'decimalLt', value: '-0.01' }] },
  },
  {
    id: 'stable',
    conditions: {
      all: [
        { fact: 'growth', operator: 'decimalGte', value: '-0.01' },
        { fact: 'growth', operator: 'decimalLte', value: '0.01' },
      ],
    },
  },
]

/**
 * Assessment with an engine per series: the growth figures as facts (the hand-written
 * decimal code), the classification as rules. Returns the status of each series key.
 */
export async function naiveAssess(pack, data, keys) {
  const bySeries = targetsBySeries(pack)
  const statuses = []
  for (const key of keys) {
    const [indicator] = key.split('|')
    const d = pack.indicators.get(indicator).d
    const figures = assessFigures(data.series.get(key), bySeries.get(key) ?? [], d)
    const engine = newEngine(STATUS_RULES)
    engine.addFact('ratio', () => figures.ratio)
    engine.addFact('growth', () => figures.growth)
    const run = await engine.run()
    const matched = run.results[0]?.event.type
    if (figures.status !== undefined) statuses.push(figures.status)
    else if (figures.missed && matched === 'on_track') statuses.push('needs_acceleration')
    else statuses.push(matched ?? 'deterioration')
  }
  return statuses
}
