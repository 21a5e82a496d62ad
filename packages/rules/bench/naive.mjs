/**
 * json-rules-engine used naively: a new `Engine` per scope, the rules added every time,
 * facts as closures over the scope, the engine's default fact cache and JSONPath resolver.
 * No missing-value strategies, no explanations: only the engine's verdict per rule.
 */
import { decimalOperators } from '@tiendo/rules'
import { Decimal } from 'decimal.js'
import { Engine } from 'json-rules-engine'

const read = (value) => (value === undefined ? undefined : new Decimal(value))
const shift = (year, offset) => String(Number(year) + (offset ?? 0))

/** Facts of one scope, as closures. */
function facts(source, unit, year) {
  const value = (params) => read(source.value(params.indicator, unit, shift(year, params.offset)))
  return {
    value,
    record_count: (params) =>
      new Decimal(
        source.recordCount({
          kind: params.kind,
          unit,
          period: year,
          statuses: String(params.status ?? 'completed').split(','),
        }),
      ),
    change_factor: (params) => {
      const now = value({ indicator: params.indicator })
      const before = value({ indicator: params.indicator, offset: -1 })
      if (now === undefined || before === undefined) return undefined
      if (now.isZero() && before.isZero()) return new Decimal(1)
      if (now.isZero() || before.isZero() || now.isNeg() !== before.isNeg()) return undefined
      const ratio = now.div(before)
      return ratio.gte(1) ? ratio : before.div(now)
    },
  }
}

/** Runs compiled rules over `scopes` ({ unit, period }), one new engine per scope. */
export async function naiveRun(compiledRules, source, scopes) {
  let evaluated = 0
  for (const { unit, period } of scopes) {
    const engine = new Engine([], { allowUndefinedFacts: true })
    for (const { name, evaluate } of decimalOperators) engine.addOperator(name, evaluate)
    for (const rule of compiledRules) {
      engine.addRule({
        name: rule.id,
        event: { type: rule.id },
        conditions: structuredClone(rule.rule.conditions),
      })
    }
    for (const [id, compute] of Object.entries(facts(source, unit, period)))
      engine.addFact(id, compute)
    const run = await engine.run()
    evaluated += run.results.length + run.failureResults.length
  }
  return evaluated
}
