import { createDataset, createUnitRegistry } from '@tiendo/core'
import type { Observation, SubmittedRecord, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { dxProductRule, pack, product, units } from './__tests__/fixtures'
import { compilePack } from './compile/compile-pack'
import { datasetFactSource } from './dataset-source'
import { evaluate } from './evaluate/evaluate'
import { createMemoryFactSource } from './memory-source'

const merged: Unit[] = [
  ...units,
  {
    code: '56',
    name: { vi: 'Khánh Hòa (cũ)' },
    kind: 'province',
    parent: 'VN',
    validTo: '2025-06-30',
  },
  {
    code: '56',
    name: { vi: 'Khánh Hòa' },
    kind: 'province',
    parent: 'VN',
    validFrom: '2025-07-01',
  },
]
const observations: Observation[] = [
  { indicator: 'households', unit: '58.001', period: '2024', value: '100000' },
  { indicator: 'households', unit: '58.002', period: '2024', value: '70999.5' },
  { indicator: 'households', unit: '58', period: '2024', value: '171000' },
  { indicator: 'households', unit: '56', period: '2024', value: '1' },
  { indicator: 'households', unit: '56', period: '2026', value: '2' },
  { indicator: 'households', unit: '58', period: '2023', qualifier: 'more_than', value: '90' },
  {
    indicator: 'households',
    unit: '58',
    period: '2022',
    qualifier: 'range',
    low: '25',
    high: '30',
  },
]
const records: SubmittedRecord[] = [
  product('58.001', '2023-03-15'),
  product('58.STTTT', '2023-06-01'),
  product('58.SYT', '2024-01-01'),
  product('58.SYT', '2023-11-20', 'planned'),
]

function sources() {
  const registry = createUnitRegistry(merged)
  const { dataset, issues } = createDataset({ observations, records, units: registry })
  expect(issues.filter((issue) => issue.severity === 'error')).toEqual([])
  return {
    memory: createMemoryFactSource({ units: merged, observations, records }),
    dataset: datasetFactSource(dataset, registry),
  }
}

describe('datasetFactSource', () => {
  it('answers as the memory source does over the same data', () => {
    const { memory, dataset } = sources()
    for (const period of ['2023', '2024', '2025', '2026']) {
      expect(dataset.units(period).map((u) => u.code)).toEqual(
        memory.units(period).map((u) => u.code),
      )
      expect(dataset.units(period, ['commune'])).toEqual(memory.units(period, ['commune']))
      for (const ref of ['56', '58', '58.001', '56@2025-07-01']) {
        expect(dataset.unit(ref, period), `${ref} ${period}`).toEqual(memory.unit(ref, period))
      }
    }
    const ninhThuan = memory.unit('58', '2024')!
    expect(dataset.children(ninhThuan, '2024').map((u) => u.code)).toEqual(
      memory.children(ninhThuan, '2024').map((u) => u.code),
    )
    expect(String(dataset.value('households', ninhThuan, '2024'))).toBe('171000')
    expect(dataset.value('households', ninhThuan, '2021')).toBeUndefined()
    const newKhanhHoa = memory.unit('56', '2026')!
    expect(String(dataset.value('households', newKhanhHoa, '2026'))).toBe('2')
    expect(dataset.value('households', newKhanhHoa, '2024')).toBeUndefined()
    const health = memory.unit('58.SYT', '2023')!
    for (const period of ['2023', '2024', '2024-Q1']) {
      const query = { kind: 'dx_product', unit: health, period, statuses: ['completed'] }
      expect(dataset.recordCount(query)).toBe(memory.recordCount(query))
    }
    expect(dataset.periodRange?.()).toEqual({ from: '2022', to: '2026' })
    // Households come from communes and provinces (and the kinds above them); products from
    // communes and agencies.
    for (const ids of [['households'], ['dx_product'], ['households', 'fibre_households']]) {
      expect([...(dataset.reportingKinds?.(ids) ?? [])].sort(), ids.join()).toEqual(
        [...(memory.reportingKinds?.(ids) ?? [])].sort(),
      )
    }
    expect([...(dataset.reportingKinds?.(['households']) ?? [])].sort()).toEqual([
      'commune',
      'country',
      'province',
    ])
  })

  it('keeps qualified values and ranges in series, for assessments', () => {
    const { memory, dataset } = sources()
    const ninhThuan = memory.unit('58', '2024')!
    expect(
      dataset.series('households', ninhThuan).map((p) => ({
        ...p,
        value: p.value?.toString(),
        low: p.low?.toString(),
        high: p.high?.toString(),
      })),
    ).toEqual([
      { period: '2022', value: undefined, qualifier: 'range', low: '25', high: '30' },
      { period: '2023', value: '90', qualifier: 'more_than', low: undefined, high: undefined },
      { period: '2024', value: '171000', low: undefined, high: undefined },
    ])
  })

  it('gives the one-product-a-year rule the same results as the memory source', async () => {
    const { memory, dataset } = sources()
    const compiled = compilePack(pack([dxProductRule], { units: merged }))
    if (!compiled.ok) throw new Error('the fixture pack does not compile')
    const fromDataset = await evaluate(compiled.pack, dataset)
    expect(fromDataset).toEqual(await evaluate(compiled.pack, memory))
    expect(
      fromDataset.results.filter((r) => r.outcome === 'failed').map((r) => `${r.unit} ${r.period}`),
    ).toEqual(['58.002 2023', '58.SYT 2023', '58.001 2024', '58.002 2024', '58.STTTT 2024'])
  })
})
