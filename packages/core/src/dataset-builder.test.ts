import type { Observation, SubmittedRecord } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_UNITS } from './__tests__/units'
import type { LocatedObservation } from './data-point'
import { createDataset, createDatasetBuilder } from './dataset'
import type { LocatedRecord } from './records'
import { createUnitRegistry } from './units'

const units = createUnitRegistry(MERGER_UNITS)

const at = (row: number) => ({ file: 'so-lieu.csv', row })

function observation(row: number, unit: string, period: string, value: string): LocatedObservation {
  const observed: Observation = { indicator: 'dti_score', unit, period, value }
  return { observation: observed, location: at(row) }
}

function product(row: number, id: string, unit: string, date: string): LocatedRecord {
  const record = {
    id,
    kind: 'dx_product',
    unit,
    date,
    status: 'completed',
    title: `Sản phẩm ${id}`,
  }
  return { record: record as SubmittedRecord, location: at(row) }
}

// A duplicate, a conflict, an unknown unit, a bad period, a back-cast figure, a record of a
// unit that did not exist on its date, and a duplicated record: every kind of issue indexing finds.
const OBSERVATIONS = [
  observation(2, '58', '2022', '0.5934'),
  observation(3, '58', '2022', '0.5934'),
  observation(4, '56', '2023', '0.61'),
  observation(5, '56', '2023', '0.62'),
  observation(6, 'XX', '2023', '1'),
  observation(7, '58', 'năm 2023', '1'),
  observation(8, '56@2025-07-01', '2024', '0.7071'),
  observation(9, '58', '2024', '0.7'),
]
const RECORDS = [
  product(2, 'p1', '58', '2024-03-01'),
  product(3, 'p1', '58', '2024-03-01'),
  product(4, 'p2', '58', '2025-09-01'),
  product(5, 'p3', '56', '2025-09-01'),
]

describe('createDatasetBuilder', () => {
  it('indexes rows one by one into the dataset createDataset makes of them', () => {
    const whole = createDataset({ observations: OBSERVATIONS, records: RECORDS, units })
    const builder = createDatasetBuilder({ units })
    for (const row of OBSERVATIONS) builder.addObservation(row)
    for (const row of RECORDS) builder.addRecord(row)
    const built = builder.build()

    expect(built.issues).toEqual(whole.issues)
    expect(built.issues.map((issue) => issue.code)).toEqual([
      'duplicate_observation',
      'conflicting_observation',
      'unknown_unit',
      'period_syntax',
      'unit_backcast',
      'duplicate_record',
      'unit_not_valid_in_period',
    ])
    expect(built.dataset.points()).toEqual(whole.dataset.points())
    expect(built.dataset.records()).toEqual(whole.dataset.records())
    expect(built.dataset.size).toBe(3)
  })

  it('takes bare rows as createDataset does', () => {
    const builder = createDatasetBuilder()
    builder.addObservation({ indicator: 'dti_score', unit: '58', period: '2022', value: '0.5' })
    builder.addRecord(product(2, 'p1', '58', '2024-03-01').record)
    const { dataset, issues } = builder.build()
    expect(issues).toEqual([])
    expect(dataset.get('dti_score', '58', '2022')?.value?.toFixed()).toBe('0.5')
    expect(dataset.countRecords({ kind: 'dx_product' })).toBe(1)
  })

  it('lists issues in the order the rows came', () => {
    const builder = createDatasetBuilder({ units })
    builder.addRecord(RECORDS[0]!)
    builder.addRecord(RECORDS[1]!)
    builder.addObservation(OBSERVATIONS[0]!)
    builder.addObservation(OBSERVATIONS[1]!)
    const { issues } = builder.build()
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['duplicate_record', 3],
      ['duplicate_observation', 3],
    ])
  })

  it('is built once', () => {
    const builder = createDatasetBuilder()
    builder.build()
    expect(() => builder.build()).toThrow(/built already/)
    expect(() => builder.addObservation(OBSERVATIONS[0]!)).toThrow(/built already/)
    expect(() => builder.addRecord(RECORDS[0]!)).toThrow(/built already/)
  })
})
