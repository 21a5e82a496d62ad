import type { Observation } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_UNITS } from '../__tests__/units'
import type { DataPoint } from '../data-point'
import { createDataset, type Dataset } from '../dataset'
import { Exact } from '../decimal'
import type { Provenance } from '../derive/provenance'
import { createUnitRegistry } from '../units'
import { derivedLayerOver } from './layered'
import { pointTextsOf, seriesTextsOf } from './point-texts'

const units = createUnitRegistry(MERGER_UNITS)
const obs = (period: string, fields: Partial<Observation>): Observation => ({
  indicator: 'dti_score',
  unit: '58',
  period,
  ...fields,
})
const provenance = { method: 'aggregate', rule: 'sum', inputs: [] } as unknown as Provenance
const derived: DataPoint = {
  indicator: 'dti_score',
  unit: '58',
  period: '2025',
  value: new Exact('1.50'),
  qualifier: 'exact',
  observation: { indicator: 'dti_score', unit: '58', period: '2025', value: '1.5' },
  derived: provenance,
}

/** Submitted values in every shape a column holds, and a derived one laid over them. */
function dataset(): Dataset {
  const { dataset: submitted, issues } = createDataset({
    observations: [
      // A key the columns do not hold: the observation is kept whole, as given.
      obs('2019', { value: '3.10', remark: 'kept whole' } as Partial<Observation>),
      obs('2020', { value: '12.50' }),
      obs('2021', { value: '-0.0500' }),
      obs('2022', { qualifier: 'range', low: '25.0', high: '30', value: '27' }),
      obs('2023', { qualifier: 'at_least', value: '0.90' }),
      obs('2024', { value: '123456789012345678.25' }),
    ],
    units,
  })
  expect(issues).toEqual([])
  return derivedLayerOver(submitted, [derived], units)!.dataset
}

describe('seriesTextsOf', () => {
  it('writes a series as its points would be written, decimals plain, with no point made', () => {
    const layered = dataset()
    const texts = seriesTextsOf(layered, 'dti_score', '58')
    expect(texts).toStrictEqual([
      { period: '2019', value: '3.1' },
      { period: '2020', value: '12.5' },
      { period: '2021', value: '-0.05' },
      { period: '2022', value: '27', qualifier: 'range', low: '25', high: '30' },
      { period: '2023', value: '0.9', qualifier: 'at_least' },
      { period: '2024', value: '123456789012345678.25' },
      { period: '2025', value: '1.5', derived: 'aggregate' },
    ])
    expect(texts).toStrictEqual(layered.series('dti_score', '58').map(pointTextsOf))
    expect(seriesTextsOf(layered, 'dti_score', '56')).toEqual([])
  })

  it('writes the points of a dataset Tiendo did not build', () => {
    const layered = dataset()
    const foreign = { series: (i: string, u: string) => layered.series(i, u) }
    expect(seriesTextsOf(foreign, 'dti_score', '58')).toStrictEqual(
      seriesTextsOf(layered, 'dti_score', '58'),
    )
  })
})
