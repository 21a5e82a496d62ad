import type { Indicator, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { collectDataOutside } from './data-outside'
import { createUnitRegistry } from './units'

const unit = (code: string, kind: string, parent?: string): Unit => ({
  code,
  name: { vi: code },
  kind,
  ...(parent === undefined ? {} : { parent }),
})

const registry = createUnitRegistry([
  unit('VN', 'country'),
  unit('P1', 'province', 'VN'),
  unit('P2', 'province', 'VN'),
  unit('C1', 'commune', 'P1'),
  unit('A2', 'agency', 'P2'),
])

const indicators = [
  { id: 'fibre', aggregation: { method: 'mean' } },
  {
    id: 'products',
    aggregation: { method: 'sum' },
    derivation: { kind: 'record_count', record: 'dx_product' },
  },
] as unknown as Indicator[]

const collect = () => collectDataOutside(registry, indicators, { today: '2025-06-30' })

describe('collectDataOutside', () => {
  it('gives the kinds reporting an indicator, with the kinds above them', () => {
    const outside = collect()
    outside.observed('fibre', 'C1', '2024')
    const data = outside.build()
    expect([...(data.reportingKinds('fibre') ?? [])].sort()).toEqual([
      'commune',
      'country',
      'province',
    ])
    expect(data.reportingKinds('products')).toBeUndefined()
  })

  it('counts records of a kind for the indicator counting them, with their years', () => {
    const outside = collect()
    outside.recorded('dx_product', 'A2', '2019-03-01', '2019-03-01')
    outside.recorded('dx_product', 'A2', '2016-05-05', '2023-01-01')
    const data = outside.build()
    expect([...(data.reportingKinds('products') ?? [])].sort()).toEqual([
      'agency',
      'country',
      'province',
    ])
    expect(data.recordYears('dx_product')).toEqual({ from: '2016', to: '2023' })
    expect(data.periods).toEqual(['2016', '2023'])
  })

  it('passes over what validation refuses for its indicator or date', () => {
    const outside = collect()
    // A period not begun by today, one that is no period, an indicator not in the pack.
    outside.observed('fibre', 'C1', '2026')
    outside.observed('fibre', 'C1', 'next year')
    outside.observed('nothing', 'C1', '2024')
    outside.recorded('dx_product', 'A2', '2025-07-01', '2025-07-01')
    outside.observedPeriod('nothing', '2010')
    const data = outside.build()
    expect(data.reportingKinds('fibre')).toBeUndefined()
    expect(data.reportingKinds('products')).toBeUndefined()
    expect(data.periods).toEqual([])
    expect(outside.periodCounts('2025-Q2')).toBe(true)
    expect(outside.periodCounts('2025-Q3')).toBe(false)
  })

  it('takes a store’s summary of its rows as it takes the rows', () => {
    const rows = collect()
    rows.observed('fibre', 'C1', '2024-Q1')
    const summary = collect()
    summary.observedUnit('fibre', 'C1')
    summary.observedPeriod('fibre', '2024-Q1')
    const seen = (data: ReturnType<typeof rows.build>) => ({
      kinds: [...(data.reportingKinds('fibre') ?? [])],
      periods: data.periods,
    })
    expect(seen(summary.build())).toEqual(seen(rows.build()))
    expect(seen(rows.build()).kinds).toContain('commune')
    expect(rows.build().periods).toEqual(['2024-Q1'])
  })
})
