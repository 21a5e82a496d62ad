/**
 * The rules of the scenarios written as a plain loop over the same fact source: no engine,
 * no promises, no explanations — the floor to compare the engine with. It computes the same
 * outcome per rule, unit and period (and the failure message), which the bench checks. It
 * computes in the same decimal arithmetic as Tiendo: `Exact` of `@tiendo/core` (40
 * significant digits, half to even), so both do the same arithmetic work.
 */
import { Exact as Decimal } from '@tiendo/core'

const ZERO = new Decimal(0)
const HUNDRED = new Decimal(100)
const TEN = new Decimal(10)

const unitKey = (unit) =>
  unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`
const previous = (year) => String(Number(year) - 1)
const read = (value) => (value === undefined ? undefined : new Decimal(value))

function quota(results, ruleId, source, unit, year) {
  const count = source.recordCount({
    kind: 'dx_product',
    unit,
    period: year,
    statuses: ['completed'],
  })
  if (count >= 1) results.push({ ruleId, unit: unitKey(unit), period: year, outcome: 'passed' })
  else {
    const name = unit.name.en ?? unit.name.vi
    results.push({
      ruleId,
      unit: unitKey(unit),
      period: year,
      outcome: 'failed',
      message: `${name} (${unit.code}) has ${count} \`dx_product\` record(s) with status \`completed\` in ${year}; the minimum is 1 a year.`,
    })
  }
}

function judge(results, ruleId, unit, year, value) {
  results.push({ ruleId, unit: unitKey(unit), period: year, outcome: value })
}

/** The one-DX-product-a-year rule over agencies and communes. */
export function quotaLoop(source, years) {
  const results = []
  for (const year of years) {
    for (const unit of source.units(year, ['agency', 'commune'])) {
      quota(results, 'dx_product_every_year', source, unit, year)
    }
  }
  return results
}

/** The four commune rules, rule by rule as the engine orders its results. */
export function communeLoop(source, years) {
  const perRule = [[], [], [], []]
  for (const year of years) {
    for (const unit of source.units(year, ['commune'])) {
      quota(perRule[0], 'commune_quota', source, unit, year)
      const value = read(source.value('online_services_rate', unit, year))
      const before = read(source.value('online_services_rate', unit, previous(year)))
      judge(
        perRule[1],
        'rate_bounds',
        unit,
        year,
        value === undefined
          ? 'skipped'
          : value.gte(ZERO) && value.lte(HUNDRED)
            ? 'passed'
            : 'failed',
      )
      let factor
      if (value !== undefined && before !== undefined) {
        if (value.isZero() && before.isZero()) factor = new Decimal(1)
        else if (!value.isZero() && !before.isZero() && value.isNeg() === before.isNeg()) {
          const ratio = value.div(before)
          factor = ratio.gte(1) ? ratio : before.div(value)
        }
      }
      judge(
        perRule[2],
        'rate_outlier',
        unit,
        year,
        factor === undefined ? 'skipped' : factor.lte(TEN) ? 'passed' : 'failed',
      )
      judge(
        perRule[3],
        'rate_no_regression',
        unit,
        year,
        value === undefined || before === undefined
          ? 'skipped'
          : value.gte(before)
            ? 'passed'
            : 'failed',
      )
    }
  }
  // The engine's results come rule by rule, each in period then unit order.
  const ordered = []
  for (const list of perRule) ordered.push(...list)
  return ordered
}
