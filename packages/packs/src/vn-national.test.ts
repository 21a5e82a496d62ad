import type { Indicator, Target } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { readCsv } from './__tests__/csv'
import { getBuiltInPack } from './built-in-packs'
import { vietnamUnits } from './vietnam-units'

const catalogue = readCsv(new URL('../data/indicators.csv', import.meta.url))
const pack = getBuiltInPack('vn-national')
const indicators = new Map<string, Indicator>(pack.indicators!.map((i) => [i.id, i]))
const PROVINCIAL = 'Ninh Thuận provincial requirement'

/** The weights `weighted_mean:…` names; not in the catalogue, so the pack adds them. */
const WEIGHTS = ['grdp', 'retail_sales', 'output']

/**
 * Where the pack departs from the catalogue, and why: its figures use two denominators
 * (mobile subscriptions or population), so no sum of parts is honest.
 */
const NOT_AGGREGATED = 'smartphone_subscription_share'

/**
 * The catalogue's comparator for a target, except where it cannot be met: its one comparator
 * serves both years, so Decision 411's "above 80% by 2025, 100% by 2030" of enterprises using
 * e-contracts reads `gt 100` for 2030, more than every enterprise. The pack writes `gte 100`,
 * and a pack with `gt 100` of a percent is refused (`target_out_of_bounds`).
 */
function comparatorOf(row: Record<string, string>, value: string): string {
  return row.comparator === 'gt' && value === row.max ? 'gte' : row.comparator!
}

/** The numerators and denominators the pack declares for the catalogue's ratios of sums. */
const parts = new Set(
  [...indicators.values()].flatMap((indicator) =>
    indicator.derivation?.kind === 'ratio'
      ? [indicator.derivation.numerator, indicator.derivation.denominator]
      : [],
  ),
)

describe('vn-national against data/indicators.csv', () => {
  it('reads the whole catalogue copy', () => {
    expect(catalogue.length).toBe(44)
  })

  it.each(catalogue.map((row) => [row.id!, row] as const))(
    '%s has the catalogue’s names, unit, direction, bounds and aggregation',
    (id, row) => {
      const indicator = indicators.get(id)
      expect(indicator).toBeDefined()
      expect(indicator!.name).toEqual({ vi: row.name_vi, en: row.name_en })
      expect(indicator!.unit).toBe(row.unit)
      expect(indicator!.direction).toBe(row.direction)
      const bounds: Record<string, string> = {}
      if (row.min) bounds.min = row.min
      if (row.max) bounds.max = row.max
      expect(indicator!.bounds).toEqual(Object.keys(bounds).length ? bounds : undefined)
      const [method, weight] = row.aggregation!.split(':')
      if (id === NOT_AGGREGATED) {
        expect(indicator!.aggregation).toEqual({ method: 'none' })
        expect(indicator!.note).toBe(
          `${row.note}; not aggregated: figures use different denominators (mobile subscriptions or population)`,
        )
        return
      }
      expect(indicator!.aggregation).toEqual(weight ? { method, weight } : { method })
      expect(indicator!.note).toBe(row.note || undefined)
      // A ratio of sums names the counts it adds up, which the pack declares.
      if (method === 'ratio_of_sums') {
        expect(indicator!.derivation).toMatchObject({ kind: 'ratio', factor: '100' })
        const ratio = indicator!.derivation as { numerator: string; denominator: string }
        for (const part of [ratio.numerator, ratio.denominator]) {
          expect(['count', 'vnd_billion']).toContain(indicators.get(part)?.unit)
        }
      }
    },
  )

  it('adds exactly the weights and the parts of ratios the catalogue implies, each honestly described', () => {
    const named = new Set(
      catalogue.map((row) => row.aggregation!.split(':')[1]).filter((w): w is string => !!w),
    )
    expect([...named].sort()).toEqual([...WEIGHTS].sort())
    const extra = [...indicators.keys()].filter((id) => !catalogue.some((row) => row.id === id))
    const added = [...parts].filter((id) => !catalogue.some((row) => row.id === id))
    expect(extra.sort()).toEqual([...WEIGHTS, ...added].sort())
    for (const id of added) {
      expect(indicators.get(id)!.note).toMatch(
        /^A part of `[a-z0-9_]+` \(its (numerator|denominator)\)/,
      )
      expect(indicators.get(id)!.bounds).toEqual({ min: '0' })
    }
    for (const id of WEIGHTS) {
      expect(indicators.get(id)!.note).toContain('Not in the catalogue')
      expect(indicators.get(id)!.aggregation).toEqual({ method: 'sum' })
    }
  })

  it('has every national target of the catalogue on the country, with its comparator and source', () => {
    const expected: Target[] = []
    for (const row of catalogue) {
      if (row.target_source === PROVINCIAL) continue
      for (const by of ['2025', '2030'] as const) {
        const value = row[`target_${by}`]
        if (!value) continue
        expected.push({
          id: `${row.id}_${by}`,
          indicator: row.id!,
          unit: 'VN',
          comparator: comparatorOf(row, value) as Target['comparator'],
          value,
          by,
          // The catalogue gives the source in English; the pack adds the Vietnamese.
          ...(row.target_source
            ? {
                source: {
                  vi: expect.stringMatching(/^(Quyết định|Nghị quyết) /),
                  en: row.target_source,
                },
              }
            : {}),
        })
      }
    }
    expect(pack.targets).toEqual(expected)
  })

  it('keeps the strict comparators strict: e-commerce share is above 10, not at least 10', () => {
    const ecommerce = pack.targets!.find((t) => t.id === 'ecommerce_share_retail_2025')
    expect(ecommerce).toMatchObject({ comparator: 'gt', value: '10', unit: 'VN' })
    // All but one that no value could meet: 100% of enterprises by 2030 is reached, not passed.
    const econtracts = pack.targets!.filter((t) => t.indicator === 'enterprise_econtract_rate')
    expect(econtracts.map((t) => [t.by, t.comparator, t.value])).toEqual([
      ['2025', 'gt', '80'],
      ['2030', 'gte', '100'],
    ])
    const strict = pack.targets!.filter((t) => t.comparator === 'gt').map((t) => t.indicator)
    expect(new Set(strict)).toEqual(
      new Set([
        'ecommerce_share_retail',
        'sme_digital_platform_rate',
        'enterprise_econtract_rate',
        'digital_economy_labour_share',
        'pop_epayment_account_rate',
        'adult_digital_signature_rate',
        'workforce_digital_skills_rate',
      ]),
    )
  })

  it('carries the digital economy targets of Decision 411 and Resolution 57: 20% by 2025, 30% by 2030', () => {
    const share = pack.targets!.filter((t) => t.indicator === 'digital_economy_share_grdp')
    expect(share.map((t) => [t.by, t.comparator, t.value])).toEqual([
      ['2025', 'gte', '20'],
      ['2030', 'gte', '30'],
    ])
    expect(share[1]!.source).toMatchObject({ en: expect.stringContaining('Resolution 57-NQ/TW') })
  })

  it('leaves the provincial DX-product requirement to the ninh-thuan pack', () => {
    expect(pack.targets!.some((t) => t.indicator === 'dx_products_completed')).toBe(false)
    expect(pack.rules ?? []).toEqual([])
  })

  it('declares the bundled country and provinces as its units, and includes every commune', () => {
    expect(pack.units).toEqual(vietnamUnits())
    expect(pack.communes).toBe('all')
  })

  it('has Ninh Thuận (58) and the old Khánh Hòa (56) until 30 June 2025, merged into 56@2025-07-01', () => {
    const of = (code: string) =>
      pack.units!.filter((u) => u.code === code).map((u) => [u.validFrom, u.validTo, u.successors])
    const merged = [{ unit: '56@2025-07-01', legalBasis: 'Resolution 202/2025/QH15' }]
    expect(of('58')).toEqual([[undefined, '2025-06-30', merged]])
    expect(of('56')).toEqual([
      [undefined, '2025-06-30', merged],
      ['2025-07-01', undefined, undefined],
    ])
  })

  it('names only indicators it defines', () => {
    for (const target of pack.targets!) expect(indicators.has(target.indicator)).toBe(true)
    for (const indicator of indicators.values()) {
      if (indicator.aggregation.method === 'weighted_mean') {
        expect(indicators.has(indicator.aggregation.weight)).toBe(true)
      }
    }
  })
})
