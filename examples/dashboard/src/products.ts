import type { RuleOutcome } from '@tiendo/rules'
import { compilePack, datasetFactSource, evaluate } from '@tiendo/rules'
import type { LoadedDataset } from './data'
import { h } from './dom'
import type { Language } from './i18n'
import { t } from './i18n'

/** The Ninh Thuận pack's rule: every agency and district completes a DX product each year. */
export const PRODUCT_RULE = 'dx_product_every_year'

/** The rule's results for one year. */
export interface ProductYear {
  readonly period: string
  readonly passed: number
  readonly failed: readonly RuleOutcome[]
}

/** What the rule found over the illustrative records, year by year. */
export interface ProductsSummary {
  /** The unit the rule is about (the province whose agencies and districts it scopes). */
  readonly unitKey: string
  readonly years: readonly ProductYear[]
}

/**
 * Evaluates the one-product-a-year rule with `@tiendo/rules` (compiled from the resolved
 * pack, run by json-rules-engine) over the illustrative DX product records, in the browser.
 */
export async function evaluateProducts(loaded: LoadedDataset): Promise<ProductsSummary> {
  const compiled = compilePack(loaded.pack)
  if (!compiled.ok) {
    throw new Error(
      `The ${loaded.pack.id} pack does not compile: ${JSON.stringify(compiled.issues)}`,
    )
  }
  const dates = loaded.data.records({ kind: 'dx_product' }).map((entry) => entry.record.date)
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].sort()
  const evaluation = await evaluate(
    compiled.pack,
    datasetFactSource(loaded.data, loaded.registry),
    {
      rules: [PRODUCT_RULE],
      from: years[0],
      to: years.at(-1),
    },
  )
  const summary = years.map((period): ProductYear => {
    const results = evaluation.results.filter((r) => r.period === period)
    return {
      period,
      passed: results.filter((r) => r.outcome === 'passed').length,
      failed: results.filter((r) => r.outcome === 'failed'),
    }
  })
  return { unitKey: '58', years: summary }
}

/** The rule's panel, labelled as illustrative data wherever it is shown. */
export function renderProducts(summary: ProductsSummary, lang: Language): HTMLElement {
  return h(
    'section',
    { class: 'products', 'data-unit': summary.unitKey, 'data-illustrative': 'true' },
    h('h2', {}, t('productsTitle', lang)),
    h('p', { class: 'illustrative' }, t('illustrative', lang)),
    h(
      'ul',
      { class: 'product-years' },
      ...summary.years.map((year) =>
        h(
          'li',
          { 'data-period': year.period },
          h(
            'strong',
            {},
            t('productsYear', lang, {
              year: year.period,
              passed: String(year.passed),
              total: String(year.passed + year.failed.length),
            }),
          ),
          h(
            'ul',
            { class: 'product-failures' },
            ...year.failed.map((r) => h('li', {}, r.message?.[lang] ?? r.unit)),
          ),
        ),
      ),
    ),
  )
}
