import type { Observation } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_UNITS } from '../__tests__/units'
import type { DataPoint } from '../data-point'
import { CompactDatasetBuilder, createDataset } from '../dataset'
import { Exact } from '../decimal'
import type { Provenance } from '../derive/provenance'
import { createUnitRegistry } from '../units'
import { layerOver } from './layered'

const units = createUnitRegistry(MERGER_UNITS)
const obs = (unit: string, period: string, value: string): Observation => ({
  indicator: 'dti_score',
  unit,
  period,
  value,
})
const provenance = { method: 'aggregate', rule: 'sum', inputs: [] } as unknown as Provenance
const derived = (unit: string, period: string, value: string): DataPoint => ({
  indicator: 'dti_score',
  unit,
  period,
  value: new Exact(value),
  qualifier: 'exact',
  observation: { indicator: 'dti_score', unit, period, value, source: 'derived' },
  derived: provenance,
})

const submitted = () =>
  createDataset({
    observations: [obs('58', '2022', '0.5934'), obs('58', '2024', '0.7'), obs('56', '2024', '0.8')],
    records: [
      {
        record: {
          id: 'p1',
          kind: 'dx_product',
          unit: '58',
          date: '2024-05-01',
          status: 'completed',
          title: 'Cổng dịch vụ công',
        },
      },
    ],
    units,
  }).dataset

describe('layerOver', () => {
  it('answers as a dataset built anew from every point, sharing the columns it lies over', () => {
    const base = submitted()
    const points = [derived('58', '2023', '0.65'), derived('VN', '2024', '1.5')]
    const layered = layerOver(base, points, units)!
    const builder = new CompactDatasetBuilder(units)
    for (const point of [...base.points(), ...points]) builder.addPoint(point)
    for (const entry of base.records()) builder.addRecordEntry(entry)
    const anew = builder.build()

    expect(layered.issues).toEqual([])
    expect(layered.dataset.size).toBe(anew.size)
    expect(layered.dataset.points()).toStrictEqual(anew.points())
    const keysOf = (dataset: typeof anew) => {
      const keys: string[] = []
      dataset.forEachKey((indicator, unit, period) => keys.push(`${indicator} ${unit} ${period}`))
      return keys
    }
    expect(keysOf(layered.dataset)).toEqual(
      anew.points().map((p) => `${p.indicator} ${p.unit} ${p.period}`),
    )
    expect(layered.dataset.series('dti_score', '58')).toStrictEqual(anew.series('dti_score', '58'))
    expect(layered.dataset.series('dti_score', '58').map((p) => p.period)).toEqual([
      '2022',
      '2023',
      '2024',
    ])
    expect(layered.dataset.get('dti_score', 'VN', '2024')?.derived).toBe(provenance)
    expect(layered.dataset.unitsReporting('2024')).toEqual(anew.unitsReporting('2024'))
    expect(layered.dataset.records()).toStrictEqual(anew.records())
    // The dataset laid over is unchanged.
    expect(base.size).toBe(3)
    expect(base.get('dti_score', 'VN', '2024')).toBeUndefined()
  })

  it('reports copies among the new points as a builder does', () => {
    const base = submitted()
    const points = [derived('VN', '2024', '1.5'), derived('VN', '2024', '2')]
    const layered = layerOver(base, points, units)!
    expect(layered.issues.map((issue) => issue.code)).toEqual(['conflicting_observation'])
    expect(layered.dataset.get('dti_score', 'VN', '2024')).toBeUndefined()
  })

  it('declines a point whose key the dataset answers, so that it is built anew and reported', () => {
    expect(layerOver(submitted(), [derived('58', '2024', '0.7')], units)).toBeUndefined()
  })
})
