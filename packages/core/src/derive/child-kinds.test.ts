import type { Indicator, Observation, SubmittedRecord, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { createDataset } from '../dataset'
import { createUnitRegistry } from '../units'
import { deriveFigures } from './derive'

// A province with two communes and one of its own departments, as a province pack declares
// them: the department is the province's child too, but it never reports commune figures.
const UNITS: Unit[] = [
  { code: 'VN', name: { vi: 'Việt Nam' }, kind: 'country' },
  { code: 'P', name: { vi: 'Tỉnh P' }, kind: 'province', parent: 'VN' },
  { code: 'C1', name: { vi: 'Xã 1' }, kind: 'commune', parent: 'P' },
  { code: 'C2', name: { vi: 'Xã 2' }, kind: 'commune', parent: 'P' },
  { code: 'SO', name: { vi: 'Sở Thông tin' }, kind: 'agency', parent: 'P' },
]
const units = createUnitRegistry(UNITS)

const FIBRE_VILLAGES: Indicator = {
  id: 'fibre_villages',
  name: { vi: 'Số thôn có cáp quang', en: 'Villages with fibre' },
  unit: 'count',
  direction: 'increase',
  aggregation: { method: 'sum' },
}
const PRODUCTS: Indicator = {
  id: 'dx_products',
  name: { vi: 'Sản phẩm chuyển đổi số', en: 'DX products' },
  unit: 'count',
  direction: 'increase',
  aggregation: { method: 'sum' },
  derivation: { kind: 'record_count', record: 'dx_product' },
}

const obs = (unit: string, value: string): Observation => ({
  indicator: FIBRE_VILLAGES.id,
  unit,
  period: '2024',
  value,
})

function derive(
  observations: Observation[],
  indicators: Indicator[] = [FIBRE_VILLAGES],
  records: SubmittedRecord[] = [],
) {
  const { dataset } = createDataset({ observations, records, units })
  return deriveFigures({ dataset, indicators, units })
}

describe('the children a parent’s figure is made from', () => {
  it('are those of the kinds that report the indicator: a department is not a missing commune', () => {
    const result = derive([obs('C1', '12'), obs('C2', '30')])
    const province = result.dataset.getByKey(FIBRE_VILLAGES.id, 'P', '2024')
    expect(province?.value?.toFixed()).toBe('42')
    expect(province?.derived?.coverage).toMatchObject({ expected: 2, reported: 2, missing: [] })
    expect(result.withheld).toEqual([])
  })

  it('still count a commune that did not report as missing', () => {
    const result = derive([obs('C1', '12')])
    expect(result.dataset.getByKey(FIBRE_VILLAGES.id, 'P', '2024')).toBeUndefined()
    const province = result.withheld.find((figure) => figure.unit === 'P')
    expect(province?.coverage).toMatchObject({ expected: 2, missing: ['C2'] })
  })

  it('include departments where they report: counts of products from agencies and communes', () => {
    const record = (id: string, unit: string): SubmittedRecord => ({
      id,
      kind: 'dx_product',
      unit,
      date: '2024-05-01',
      status: 'completed',
      title: id,
    })
    const result = derive([], [PRODUCTS], [record('a', 'C1'), record('b', 'SO'), record('c', 'SO')])
    // C2 submitted no record of the kind at all: it has no count, so the province's is withheld.
    expect(result.withheld[0]?.coverage).toMatchObject({ expected: 3, missing: ['C2'] })
  })

  it('are the kinds a pack declares, when it declares them', () => {
    const declared: Indicator = {
      ...FIBRE_VILLAGES,
      aggregation: { method: 'sum', childKinds: ['commune', 'agency'] },
    }
    const result = derive([obs('C1', '12'), obs('C2', '30')], [declared])
    expect(result.dataset.getByKey(FIBRE_VILLAGES.id, 'P', '2024')).toBeUndefined()
    expect(result.withheld[0]?.coverage).toMatchObject({ expected: 3, missing: ['SO'] })
  })

  it('reach up the tree: the country’s figure is made from the provinces derived below it', () => {
    const result = derive([obs('C1', '12'), obs('C2', '30')])
    expect(result.dataset.getByKey(FIBRE_VILLAGES.id, 'VN', '2024')?.value?.toFixed()).toBe('42')
  })
})
