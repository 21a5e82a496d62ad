/**
 * The rules of the scenarios written as a plain loop over the same fact source: no engine,
 * no promises, no generic machinery — the floor to compare Tiendo with. It computes the same
 * results as `evaluate(…)`, field for field (the bench checks deep equality before timing):
 * outcome and severity; for failures the message in Vietnamese and English and the
 * explanation of each comparison; for skips the reason (both languages), the explanations and
 * the missing inputs. `explain: 'failures'` (the default here) leaves passed results without
 * explanations, as `evaluate(…, { explain: 'failures' })` does; `'all'` explains them too.
 *
 * It computes in the same decimal arithmetic as Tiendo: `Exact` of `@tiendo/core` (40
 * significant digits, half to even). What a hand-written loop would do to be fast, it does:
 * constants hoisted (parameters, expected values, the explanation of a missing count), a
 * value parsed once per unit and year (the year before is remembered, not parsed again), and
 * one explanation per distinct count shared, as Tiendo shares repeated explanations.
 */
import { Exact as Decimal } from '@tiendo/core'

const ZERO = new Decimal(0)
const ONE = new Decimal(1)
const HUNDRED = new Decimal(100)
const TEN = new Decimal(10)
const NONE = Object.freeze([])

const unitKey = (unit) =>
  unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`

/** A decimal as a message shows it: exact, unless it has more than 15 significant digits. */
const shown = (value, text) =>
  value.sd() > 15 ? `≈${value.toSignificantDigits(6).toFixed()}` : text

// ---- The quota: record_count(dx_product, completed) ≥ 1 -------------------------------

const COUNT_PARAMS = { kind: 'dx_product', status: 'completed' }

const countExplanation = (count, result) => ({
  at: '/all/0',
  fact: 'record_count',
  params: COUNT_PARAMS,
  operator: 'decimalGte',
  actual: String(count),
  expected: '1',
  result,
  missing: false,
})

/** A count below 1 is 0: every failure is explained alike. */
const NOTHING_COMPLETED = [countExplanation(0, false)]
/** Explanations of passing counts, one per count (`explain: 'all'`). */
const countExplanations = []

function quota(results, ruleId, source, unit, year, explainAll) {
  const count = source.recordCount({
    kind: 'dx_product',
    unit,
    period: year,
    statuses: ['completed'],
  })
  const ref = unitKey(unit)
  if (count >= 1) {
    let conditions = NONE
    if (explainAll) {
      conditions = countExplanations[count]
      if (conditions === undefined) {
        conditions = [countExplanation(count, true)]
        countExplanations[count] = conditions
      }
    }
    results.push({
      ruleId,
      unit: ref,
      period: year,
      outcome: 'passed',
      severity: 'error',
      conditions,
      missing: NONE,
    })
    return
  }
  const vi = unit.name.vi
  const en = unit.name.en ?? vi
  results.push({
    ruleId,
    unit: ref,
    period: year,
    outcome: 'failed',
    severity: 'error',
    message: {
      vi: `${vi} (${ref}) có 0 bản ghi \`dx_product\` (trạng thái \`completed\`) trong năm ${year}; yêu cầu ít nhất 1 mỗi năm.`,
      en: `${en} (${ref}) has 0 \`dx_product\` record(s) with status \`completed\` in ${year}; the minimum is 1 a year.`,
    },
    conditions: NOTHING_COMPLETED,
    missing: NONE,
  })
}

/** The one-DX-product-a-year rule over agencies and communes. */
export function quotaLoop(source, years, explain = 'failures') {
  const explainAll = explain === 'all'
  const results = []
  for (const year of years) {
    for (const unit of source.units(year, ['agency', 'commune'])) {
      quota(results, 'dx_product_every_year', source, unit, year, explainAll)
    }
  }
  return results
}

// ---- The rate rules: bounds, outlier, no regression -----------------------------------

const RATE = { indicator: 'online_services_rate' }
const RATE_BEFORE = { indicator: 'online_services_rate', offset: -1 }
const NAME = { vi: 'Tỷ lệ dịch vụ công trực tuyến', en: 'Online public services' }
const VALUE = { fact: 'value', params: RATE }
const VALUE_BEFORE = { fact: 'value', params: RATE_BEFORE }
const FACTOR = { fact: 'change_factor', params: RATE }
const BOUNDS = ['0', '100']

const skipped = (text) => ({
  code: 'missing_input',
  message: { vi: `Thiếu dữ liệu đầu vào: ${text}.`, en: `Missing input: ${text}.` },
})
const VALUE_TEXT = 'value(indicator: online_services_rate)'
const BEFORE_TEXT = 'value(indicator: online_services_rate, offset: -1)'
const NO_VALUE = skipped(VALUE_TEXT)
const NO_FACTOR = skipped('change_factor(indicator: online_services_rate)')
const NO_BEFORE = skipped(BEFORE_TEXT)
const NO_VALUES = skipped(`${VALUE_TEXT}; ${BEFORE_TEXT}`)
const MISSING_VALUE = [VALUE]
const MISSING_FACTOR = [FACTOR]
const MISSING_BEFORE = [VALUE_BEFORE]
const MISSING_VALUES = [VALUE, VALUE_BEFORE]

const boundsExplanation = (actual, result, missing) => ({
  at: '/all/0',
  fact: 'value',
  params: RATE,
  operator: 'decimalBetween',
  actual,
  expected: BOUNDS,
  result,
  missing,
})
const factorExplanation = (actual, result, missing) => ({
  at: '/all/0',
  fact: 'change_factor',
  params: RATE,
  operator: 'decimalLte',
  actual,
  expected: '10',
  result,
  missing,
})
const regressionExplanation = (actual, expected, result, missing) => ({
  at: '/all/0',
  fact: 'value',
  params: RATE,
  operator: 'decimalGte',
  actual,
  expected,
  expectedFact: VALUE_BEFORE,
  result,
  missing,
})
const SKIPPED_BOUNDS = [boundsExplanation(null, null, true)]
const SKIPPED_FACTOR = [factorExplanation(null, null, true)]

const passed = (ruleId, ref, year, severity, conditions) => ({
  ruleId,
  unit: ref,
  period: year,
  outcome: 'passed',
  severity,
  conditions,
  missing: NONE,
})
const skip = (ruleId, ref, year, severity, reason, conditions, missing) => ({
  ruleId,
  unit: ref,
  period: year,
  outcome: 'skipped',
  skipReason: reason,
  severity,
  conditions,
  missing,
})
const failed = (ruleId, ref, year, severity, message, conditions) => ({
  ruleId,
  unit: ref,
  period: year,
  outcome: 'failed',
  severity,
  message,
  conditions,
  missing: NONE,
})

/** A unit's rate in a year, as an exact decimal and its text (`undefined` when missing). */
function rate(source, unit, year) {
  const raw = source.value('online_services_rate', unit, year)
  if (raw === undefined) return undefined
  const value = new Decimal(raw)
  return { value, text: value.toFixed() }
}

/** The four commune rules, rule by rule as Tiendo orders its results. */
export function communeLoop(source, years, explain = 'failures') {
  const explainAll = explain === 'all'
  const perRule = [[], [], [], []]
  // Each unit's rate of the year before, by unit: parsed once, read again the next year.
  let before = new Map()
  let previousYear
  for (const year of years) {
    const current = new Map()
    const consecutive = previousYear !== undefined && Number(year) === Number(previousYear) + 1
    for (const unit of source.units(year, ['commune'])) {
      quota(perRule[0], 'commune_quota', source, unit, year, explainAll)
      const ref = unitKey(unit)
      const now = rate(source, unit, year)
      current.set(unit, now)
      const last = consecutive ? before.get(unit) : rate(source, unit, String(Number(year) - 1))
      const vi = unit.name.vi
      const en = unit.name.en ?? vi

      // Bounds: 0 ≤ value ≤ 100 (error).
      if (now === undefined) {
        perRule[1].push(
          skip('rate_bounds', ref, year, 'error', NO_VALUE, SKIPPED_BOUNDS, MISSING_VALUE),
        )
      } else if (now.value.gte(ZERO) && now.value.lte(HUNDRED)) {
        const conditions = explainAll ? [boundsExplanation(now.text, true, false)] : NONE
        perRule[1].push(passed('rate_bounds', ref, year, 'error', conditions))
      } else {
        const value = shown(now.value, now.text)
        perRule[1].push(
          failed(
            'rate_bounds',
            ref,
            year,
            'error',
            {
              vi: `${vi} (${ref}): ${NAME.vi} là ${value} trong kỳ ${year}, ngoài khoảng [0, 100].`,
              en: `${en} (${ref}): ${NAME.en} is ${value} in ${year}, outside [0, 100].`,
            },
            [boundsExplanation(now.text, false, false)],
          ),
        )
      }

      // Outlier: change factor ≤ 10 (warning).
      let factor
      if (now !== undefined && last !== undefined) {
        const a = now.value
        const b = last.value
        if (a.isZero() && b.isZero()) factor = ONE
        else if (!a.isZero() && !b.isZero() && a.isNeg() === b.isNeg()) {
          const ratio = a.div(b)
          factor = ratio.gte(ONE) ? ratio : b.div(a)
        }
      }
      if (factor === undefined) {
        perRule[2].push(
          skip('rate_outlier', ref, year, 'warning', NO_FACTOR, SKIPPED_FACTOR, MISSING_FACTOR),
        )
      } else if (factor.lte(TEN)) {
        const conditions = explainAll ? [factorExplanation(factor.toFixed(), true, false)] : NONE
        perRule[2].push(passed('rate_outlier', ref, year, 'warning', conditions))
      } else {
        const text = factor.toFixed()
        const value = shown(factor, text)
        perRule[2].push(
          failed(
            'rate_outlier',
            ref,
            year,
            'warning',
            {
              vi: `${vi} (${ref}): ${NAME.vi} trong kỳ ${year} thay đổi gấp ${value} lần so với kỳ trước (ngưỡng 10); hãy kiểm tra dấu thập phân và dấu phân cách hàng nghìn (\`363.558\` thay vì \`363558\`).`,
              en: `${en} (${ref}): ${NAME.en} in ${year} changed by a factor of ${value} from the period before (limit 10); check the decimal mark and thousands separators (\`363.558\` for \`363558\`).`,
            },
            [factorExplanation(text, false, false)],
          ),
        )
      }

      // No regression: value ≥ the year before's (info).
      if (now === undefined || last === undefined) {
        const conditions = [
          regressionExplanation(now?.text ?? null, last?.text ?? null, null, true),
        ]
        const [reason, missing] =
          now === undefined
            ? last === undefined
              ? [NO_VALUES, MISSING_VALUES]
              : [NO_VALUE, MISSING_VALUE]
            : [NO_BEFORE, MISSING_BEFORE]
        perRule[3].push(skip('rate_no_regression', ref, year, 'info', reason, conditions, missing))
      } else if (now.value.gte(last.value)) {
        const conditions = explainAll
          ? [regressionExplanation(now.text, last.text, true, false)]
          : NONE
        perRule[3].push(passed('rate_no_regression', ref, year, 'info', conditions))
      } else {
        const from = shown(last.value, last.text)
        const to = shown(now.value, now.text)
        perRule[3].push(
          failed(
            'rate_no_regression',
            ref,
            year,
            'info',
            {
              vi: `${vi} (${ref}): ${NAME.vi} giảm từ ${from} xuống ${to} trong kỳ ${year}.`,
              en: `${en} (${ref}): ${NAME.en} fell from ${from} to ${to} in ${year}.`,
            },
            [regressionExplanation(now.text, last.text, false, false)],
          ),
        )
      }
    }
    before = current
    previousYear = year
  }
  // Tiendo's results come rule by rule, each in period then unit order.
  const ordered = []
  for (const list of perRule) ordered.push(...list)
  return ordered
}
