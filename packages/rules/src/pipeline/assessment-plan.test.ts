import { createDataset, createUnitRegistry, deriveFigures } from '@tiendo/core'
import type { Indicator, Pack, SubmittedRecord, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { planAssessments, planEachAssessment, planSeries } from './assessment-plan'

const units: Unit[] = [
  { code: 'VN', name: { vi: 'Việt Nam', en: 'Viet Nam' }, kind: 'country' },
  { code: 'STTTT', name: { vi: 'Sở TT&TT', en: 'DIC' }, kind: 'agency', parent: 'VN' },
  { code: 'SYT', name: { vi: 'Sở Y tế', en: 'DOH' }, kind: 'agency', parent: 'VN' },
]

const products: Indicator = {
  id: 'dx_products_completed',
  name: { vi: 'Sản phẩm chuyển đổi số', en: 'DX products' },
  unit: 'count',
  direction: 'increase',
  aggregation: { method: 'sum' },
  derivation: { kind: 'record_count', record: 'dx_product' },
}
const fibre: Indicator = {
  id: 'household_fibre_rate',
  name: { vi: 'Hộ có cáp quang', en: 'Fibre households' },
  unit: 'percent',
  direction: 'increase',
  aggregation: { method: 'none' },
}

const pack: Pack = {
  id: 'demo',
  version: '1.0.0',
  title: { vi: 'Thử', en: 'Demo' },
  units,
  indicators: [products, fibre],
  targets: [
    {
      id: 'doh_products',
      indicator: 'dx_products_completed',
      comparator: 'gte',
      value: '5',
      by: '2026',
      unit: 'SYT',
    },
  ],
}

const record = (unit: string, date: string, n: number): SubmittedRecord => ({
  kind: 'dx_product',
  id: `${unit}-${date}-${n}`,
  unit,
  title: `Sản phẩm ${n}`,
  date,
  status: 'completed',
})

function derivedDataset() {
  const registry = createUnitRegistry(units)
  const { dataset } = createDataset({
    units: registry,
    observations: [
      { indicator: 'household_fibre_rate', unit: 'VN', period: '2023', value: '70' },
      { indicator: 'household_fibre_rate', unit: 'VN', period: '2024', value: '76' },
    ],
    records: [
      record('STTTT', '2023-05-01', 1),
      record('STTTT', '2024-05-01', 2),
      record('SYT', '2023-06-01', 3),
      record('SYT', '2024-06-01', 4),
      record('SYT', '2024-07-01', 5),
    ],
  })
  return deriveFigures({ dataset, units: registry, indicators: pack.indicators! }).dataset
}

const keys = (plan: ReturnType<typeof planAssessments>) =>
  plan.map(({ report }) => `${report.indicatorId}@${report.unit}`)

describe('planAssessments without record-count trends', () => {
  it('leaves out only the trends made of a unit’s own record counts, keeping targets', () => {
    const dataset = derivedDataset()
    const all = planAssessments(pack, dataset)
    const lean = planAssessments(pack, dataset, { withoutRecordCountTrends: true })
    // The agency with a target keeps its series; the one without loses its trend; the
    // country's sum of the agencies' counts is an aggregate, not a count of its own.
    expect(keys(all)).toContain('dx_products_completed@STTTT')
    expect(keys(lean)).not.toContain('dx_products_completed@STTTT')
    expect(keys(lean)).toContain('dx_products_completed@SYT')
    expect(keys(lean)).toContain('household_fibre_rate@VN')
    // Exactly the plan filtered afterwards, in the same order, with the same inputs.
    const filtered = all.filter(
      ({ report }) =>
        !(
          report.targets.length === 0 &&
          report.series.length > 0 &&
          report.series.every((point) => point.derived === 'record_count')
        ),
    )
    expect(lean).toEqual(filtered)
  })
})

describe('planEachAssessment', () => {
  it('plans each series only when it is asked for, as planAssessments does', () => {
    const dataset = derivedDataset()
    const asked: string[] = []
    const watched = new Proxy(dataset, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver)
        if (typeof value !== 'function') return value
        // A series is asked for by its points or, from Tiendo's own dataset, by their texts.
        if (key !== 'series' && key !== 'seriesTexts') return value.bind(target)
        return (indicator: string, unit: string) => {
          asked.push(`${indicator}@${unit}`)
          return value.call(target, indicator, unit)
        }
      },
    })
    const whole = planAssessments(pack, dataset)
    expect(whole.length).toBeGreaterThan(2)
    const each = planEachAssessment(pack, watched)
    expect(asked).toEqual([])
    const first = each.next()
    expect(first.value).toEqual(whole[0])
    expect(asked).toEqual([keys(whole)[0]])
    expect([first.value, ...each]).toEqual(whole)
    expect(asked).toHaveLength(whole.length)
  })
})

describe('planSeries', () => {
  it('knows the series it considers before planning any, and plans as planAssessments does', () => {
    const dataset = derivedDataset()
    const options = { withoutRecordCountTrends: true }
    const all = planAssessments(pack, dataset)
    const lean = planAssessments(pack, dataset, options)
    expect(lean.length).toBeLessThan(all.length)
    const plan = planSeries(pack, dataset, options)
    // Every series considered, the trends of record counts later left out among them.
    expect(plan.considered).toBe(all.length)
    expect([...plan]).toEqual(lean)
    // Read again, the plan plans again.
    expect([...plan]).toEqual(lean)
    expect(planSeries(pack, dataset, { targets: ['doh_products'] }).considered).toBe(1)
  })
})
