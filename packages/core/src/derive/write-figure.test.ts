import type { Observation } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import {
  DTI,
  DX_PRODUCTS,
  FIBRE_HOUSEHOLDS,
  HOUSEHOLDS,
  INDICATORS,
  MIN_SCORE,
  SCORE_COMPOSITE,
} from '../__tests__/indicators'
import { MERGER_UNITS } from '../__tests__/units'
import type { DataPoint } from '../data-point'
import { createDataset } from '../dataset'
import { createUnitRegistry } from '../units'
import { deriveFigures } from './derive'

const units = createUnitRegistry(MERGER_UNITS)

const obs = (indicator: string, unit: string, period: string, value: string): Observation => ({
  indicator,
  unit,
  period,
  value,
})

/** Communes that aggregate, provinces that carry across the merger, a ratio and a composite. */
const OBSERVATIONS: Observation[] = [
  ...['2023', '2024'].flatMap((year, i) => [
    obs(DX_PRODUCTS.id, 'NT1', year, String(1 + i)),
    obs(DX_PRODUCTS.id, 'NT2', year, String(2 + i)),
    obs(DX_PRODUCTS.id, 'NT3', year, String(3 + i)),
    obs(DX_PRODUCTS.id, '56', year, String(10 + i)),
  ]),
  obs(FIBRE_HOUSEHOLDS.id, '58', '2024', '60'),
  obs(FIBRE_HOUSEHOLDS.id, '56', '2024', '300'),
  obs(HOUSEHOLDS.id, '58', '2024', '100'),
  obs(HOUSEHOLDS.id, '56', '2024', '450'),
  obs(DTI.id, '58', '2024', '0.7063'),
  obs(DTI.id, '56', '2024', '0.7079'),
  obs(MIN_SCORE.id, '58', '2024', '0.75'),
]

function derive(writeFigure?: (point: DataPoint) => void) {
  const { dataset } = createDataset({ observations: OBSERVATIONS, units })
  return deriveFigures({
    dataset,
    indicators: INDICATORS,
    composites: [SCORE_COMPOSITE],
    writeFigure,
  })
}

/** A point as a dataset answers it, its provenance cut to what a written run keeps. */
function bare(point: DataPoint) {
  const { method, rule, date } = point.derived!
  return { ...point, derived: date === undefined ? { method, rule } : { method, rule, date } }
}

describe('deriveFigures with writeFigure', () => {
  it('gives each figure whole as it is derived, in the order a run keeps them', () => {
    const kept = derive()
    const written: DataPoint[] = []
    const result = derive((point) => written.push(point))
    expect(kept.derived.length).toBeGreaterThan(10)
    expect(new Set(kept.derived.map((point) => point.derived!.method))).toEqual(
      new Set(['aggregate', 'ratio', 'composite', 'carry']),
    )
    expect(written).toEqual(kept.derived)
    expect(result.derived).toEqual([])
    expect(result.withheld).toEqual(kept.withheld)
    expect(result.issues).toEqual(kept.issues)
  })

  it('leaves a dataset that answers every figure alike, without the inputs', () => {
    const kept = derive()
    const result = derive(() => {})
    expect(result.dataset.size).toBe(kept.dataset.size)
    for (const point of kept.derived) {
      const answered = result.dataset.getByKey(point.indicator, point.unit, point.period)!
      expect({ ...answered, derived: { ...answered.derived, inputs: undefined } }).toEqual({
        ...bare(point),
        derived: { ...bare(point).derived, inputs: undefined },
      })
      expect(answered.derived!.inputs).toEqual([])
      expect(result.dataset.valueByKey(point.indicator, point.unit, point.period)).toEqual(
        point.value,
      )
    }
    // A series mixes submitted and derived figures as before.
    const series = (dataset: typeof kept.dataset) =>
      dataset.series(DX_PRODUCTS.id, '56@2025-07-01').map((point) => point.value?.toFixed())
    expect(series(result.dataset)).toEqual(series(kept.dataset))
    expect(series(result.dataset)).toEqual(['16', '20'])
  })
})
