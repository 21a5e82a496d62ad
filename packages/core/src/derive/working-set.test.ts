import { describe, expect, it } from 'vitest'
import { MERGER_UNITS } from '../__tests__/units'
import type { DataPoint } from '../data-point'
import { createDataset } from '../dataset'
import { Exact } from '../decimal'
import { figureOf, toFigureValue } from '../figure'
import { createUnitRegistry } from '../units'
import { derivedPoint } from './derived-point'
import type { Provenance } from './provenance'
import { WorkingSet } from './working-set'

const units = createUnitRegistry(MERGER_UNITS)
const provenance: Provenance = { method: 'aggregate', rule: 'sum', inputs: [] }

const submitted = () =>
  createDataset({
    observations: [{ indicator: 'dx_products', unit: '58', period: '2024', value: '7' }],
    units,
  }).dataset

/** A derived point: a range for one of them, so more than the value goes into the columns. */
function derived(unit: string, period: string, value: string): DataPoint {
  const point = new Exact(value)
  const figure =
    period === '2023'
      ? figureOf({ value: point, qualifier: 'range', low: new Exact('1.5'), high: new Exact('40') })
      : figureOf({ value: point, qualifier: 'exact' })
  const target = { indicator: 'dx_products', unit, period }
  return derivedPoint(target, toFigureValue(figure!)!, provenance, [])
}

/** What a point says, compared by value (a decimal read back from columns is a new one). */
const said = (point: DataPoint | undefined) =>
  point === undefined
    ? undefined
    : {
        ...point,
        value: point.value?.toFixed(),
        low: point.low?.toFixed(),
        high: point.high?.toFixed(),
        derived: { method: point.derived?.method, rule: point.derived?.rule },
      }

describe('WorkingSet', () => {
  it('lays the points it writes over a compact dataset, and reads them back as added', () => {
    const written: DataPoint[] = []
    const working = new WorkingSet(submitted(), (point) => written.push(point))
    const points = [derived('56', '2024', '12.50'), derived('NT1', '2023', '3')]
    for (const point of points) working.add(point)

    expect(written).toEqual(points)
    for (const point of points) {
      expect(said(working.get(point.indicator, point.unit, point.period))).toEqual(said(point))
    }
    expect(working.get('dx_products', '56', '2023')).toBeUndefined()
    expect(working.get('dx_products', '58', '2024')?.value?.toFixed()).toBe('7')
    expect(working.unitsWith('dx_products', '2024')).toEqual(['58', '56'])
    // Nothing kept as an object: the dataset it ends with holds them as columns.
    expect(working.derived()).toEqual([])
    const layered = working.layered(units)!
    expect(layered.issues).toEqual([])
    expect(layered.dataset.size).toBe(3)
    for (const point of points) {
      const answered = layered.dataset.getByKey(point.indicator, point.unit, point.period)
      expect(said(answered)).toEqual(said(point))
    }
  })

  it('keeps every point as an object from the first whose key the dataset answers', () => {
    const working = new WorkingSet(submitted(), () => {})
    const first = derived('56', '2024', '12.5')
    const answered = derived('58', '2024', '8')
    working.add(first)
    working.add(answered)

    expect(working.layered(units)).toBeUndefined()
    expect(working.derived().map(said)).toEqual([said(first), said(answered)])
    expect(said(working.get('dx_products', '56', '2024'))).toEqual(said(first))
  })

  it('keeps points as objects when nothing is written', () => {
    const working = new WorkingSet(submitted())
    const point = derived('56', '2024', '12.5')
    working.add(point)
    expect(working.layered(units)).toBeUndefined()
    expect(working.derived()).toEqual([point])
    expect(working.get('dx_products', '56', '2024')).toBe(point)
  })

  it('leaves the dataset as it was when it derived nothing', () => {
    const dataset = submitted()
    const working = new WorkingSet(dataset, () => {})
    expect(working.layered(units)).toEqual({ dataset, issues: [] })
  })
})
