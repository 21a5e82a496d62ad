import type { Observation, SubmittedRecord } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_UNITS } from './__tests__/units'
import { createDataset } from './dataset'
import { createUnitRegistry } from './units'

const units = createUnitRegistry(MERGER_UNITS)

function obs(unit: string, period: string, value: string, extra: Partial<Observation> = {}) {
  return { indicator: 'dti_score', unit, period, value, ...extra } as Observation
}

describe('createDataset', () => {
  it('looks values up by indicator × unit × period, resolving reused codes', () => {
    const { dataset, issues } = createDataset({
      observations: [
        obs('58', '2022', '0.5934'),
        obs('56', '2024', '0.7079'),
        obs('56@2025-07-01', '2024', '0.7071'),
        obs('56', '2026', '0.75'),
      ],
      units,
    })
    expect(issues.map((issue) => issue.code)).toEqual(['unit_backcast'])
    expect(dataset.size).toBe(4)
    expect(dataset.get('dti_score', '58', '2022')?.value?.toFixed()).toBe('0.5934')
    expect(dataset.get('dti_score', '56', '2024')?.value?.toFixed()).toBe('0.7079')
    expect(dataset.get('dti_score', '56@2025-07-01', '2024')?.value?.toFixed()).toBe('0.7071')
    // A bare code finds the unit valid in the period asked about.
    expect(dataset.get('dti_score', '56', '2026')?.unit).toBe('56@2025-07-01')
    expect(dataset.get('dti_score', '58', '2023')).toBeUndefined()
    expect(dataset.get('dti_score', '58', 'not a period')).toBeUndefined()
  })

  it('keeps the observation untouched and its location beside the exact value', () => {
    const observation = obs('58', '2024-01/2024-09', '363558', {
      indicator: 'cashless_payment_value',
      source: 'https://dientuungdung.vn/',
    })
    const { dataset } = createDataset({
      observations: [{ observation, location: { file: 'nt.csv', row: 7 } }],
    })
    const point = dataset.get('cashless_payment_value', '58', '2024-Q1/2024-Q3')
    // Held column-wise and made again for each answer: equal, field for field, to the one given.
    expect(point?.observation).toStrictEqual(observation)
    expect(point?.location).toEqual({ file: 'nt.csv', row: 7 })
    expect(point?.qualifier).toBe('exact')
    expect(point?.period).toBe('2024-01/2024-09')
    // Asked again (each text's canonical form is kept), and by another way of writing it.
    expect(dataset.getByKey('cashless_payment_value', '58', '2024-Q1/2024-Q3')).toStrictEqual(point)
    expect(dataset.getByKey('cashless_payment_value', '58', '2024-01/2024-09')).toStrictEqual(point)
    expect(dataset.getByKey('cashless_payment_value', '58', '2024-Q1/2024-Q2')).toBeUndefined()
  })

  it('gives a series in period order', () => {
    const { dataset } = createDataset({
      observations: [
        obs('58', '2022', '0.5934'),
        obs('58', '2020', '0.2108'),
        obs('58', '2021', '0.3048'),
        obs('58', '2021-H2', '0.31'),
      ],
    })
    expect(dataset.series('dti_score', '58').map((p) => p.period)).toEqual([
      '2020',
      '2021',
      '2021-H2',
      '2022',
    ])
    expect(dataset.series('dti_score', '99')).toEqual([])
  })

  it('lists the units reporting in a period', () => {
    const { dataset } = createDataset({
      observations: [
        obs('58', '2024', '0.7063'),
        obs('56', '2024', '0.7079'),
        obs('56', '2024', '81.7', { indicator: 'household_fibre_rate' }),
        obs('58', '2023', '0.6'),
      ],
      units,
    })
    expect(dataset.unitsReporting('2024')).toEqual(['56', '58'])
    expect(dataset.unitsReporting('2024', 'household_fibre_rate')).toEqual(['56'])
    expect(dataset.unitsReporting('2025')).toEqual([])
    expect(dataset.indicators()).toEqual(['dti_score', 'household_fibre_rate'])
  })

  it('keeps qualifiers and ranges', () => {
    const { dataset } = createDataset({
      observations: [
        obs('58', '2024', '90', {
          indicator: 'ecommerce_enterprise_count',
          qualifier: 'more_than',
        }),
        {
          indicator: 'digital_channel_sales_share',
          unit: '58',
          period: '2024',
          qualifier: 'range',
          low: '25',
          high: '30',
        },
      ],
    })
    expect(dataset.get('ecommerce_enterprise_count', '58', '2024')?.qualifier).toBe('more_than')
    const range = dataset.get('digital_channel_sales_share', '58', '2024')
    expect(range?.value).toBeUndefined()
    expect([range?.low?.toFixed(), range?.high?.toFixed()]).toEqual(['25', '30'])
  })
})

describe('duplicates', () => {
  it('warns about the same figure twice, pointing at both rows, and keeps one', () => {
    const { dataset, issues } = createDataset({
      observations: [
        { observation: obs('58', '2022', '0.5934'), location: { file: 'a.csv', row: 2 } },
        // The same months and the same number written differently are the same figure.
        {
          observation: obs('58', '2022-01/2022-12', '0.59340'),
          location: { file: 'b.csv', row: 9 },
        },
      ],
    })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      code: 'duplicate_observation',
      severity: 'warning',
      location: { file: 'b.csv', row: 9 },
      related: [{ file: 'a.csv', row: 2 }],
      indicator: 'dti_score',
      unit: '58',
      period: '2022',
    })
    expect(issues[0]?.message.vi).toContain('a.csv:2')
    expect(dataset.size).toBe(1)
    expect(dataset.get('dti_score', '58', '2022')?.location).toEqual({ file: 'a.csv', row: 2 })
  })

  it('reports different figures as an error and uses neither', () => {
    const { dataset, issues } = createDataset({
      observations: [
        { observation: obs('58', '2022', '0.5934'), location: { file: 'a.csv', row: 2 } },
        { observation: obs('58', '2022', '0.5394'), location: { file: 'a.csv', row: 5 } },
        { observation: obs('58', '2022', '0.5934'), location: { file: 'a.csv', row: 8 } },
      ],
    })
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['conflicting_observation', 'error'],
      ['conflicting_observation', 'error'],
    ])
    expect(issues[0]).toMatchObject({
      location: { file: 'a.csv', row: 5 },
      related: [{ file: 'a.csv', row: 2 }],
    })
    expect(issues[0]?.message.en).toContain('0.5934')
    expect(issues[0]?.message.en).toContain('0.5394')
    expect(issues[1]?.related).toEqual([
      { file: 'a.csv', row: 2 },
      { file: 'a.csv', row: 5 },
    ])
    expect(dataset.get('dti_score', '58', '2022')).toBeUndefined()
    expect(dataset.size).toBe(0)
  })

  it('tells a lower bound from an exact value of the same number', () => {
    const { issues } = createDataset({
      observations: [obs('58', '2024', '90'), obs('58', '2024', '90', { qualifier: 'more_than' })],
    })
    expect(issues.map((issue) => issue.code)).toEqual(['conflicting_observation'])
  })
})

describe('unit checks', () => {
  it('leaves out observations of units that do not exist then, with an error', () => {
    const { dataset, issues } = createDataset({
      observations: [
        { observation: obs('58', '2026', '0.8'), location: { file: 'a.csv', row: 3 } },
        obs('99', '2024', '0.8'),
      ],
      units,
    })
    expect(issues.map((issue) => [issue.code, issue.location])).toEqual([
      ['unit_not_valid_in_period', { file: 'a.csv', row: 3, column: 'unit' }],
      ['unknown_unit', undefined],
    ])
    expect(dataset.size).toBe(0)
  })

  it('reports input that skipped validation instead of crashing', () => {
    const { dataset, issues } = createDataset({
      observations: [obs('58', '2024-13', '1'), obs('58', '2024', '87,5')],
    })
    expect(issues.map((issue) => issue.code)).toEqual(['period_month_range', 'decimal_syntax'])
    expect(dataset.size).toBe(0)
  })

  it('names the period meant, when it can tell, for input that skipped validation', () => {
    const { issues } = createDataset({
      observations: [obs('58', 'quý III/2024', '1'), obs('58', 'soon', '1')],
    })
    expect(issues[0]).toMatchObject({ code: 'period_syntax', suggestion: '2024-Q3' })
    expect(issues[0]?.hint?.en).toMatch(/^Did you mean `2024-Q3`\? /)
    expect(issues[0]?.hint?.vi).toMatch(/^Có phải là `2024-Q3`\? /)
    expect(issues[1]).not.toHaveProperty('suggestion')
    expect(issues[1]?.hint?.en).toMatch(/^Write a year `2024`/)
  })
})

describe('records', () => {
  const product = (id: string, unit: string, date: string, status = 'completed') =>
    ({ id, kind: 'dx_product', unit, date, status, title: `Sản phẩm ${id}` }) as SubmittedRecord

  it('lists records by kind, unit, period and status, resolving the unit on the record date', () => {
    const { dataset, issues } = createDataset({
      observations: [],
      records: [
        product('p1', '58', '2024-03-01'),
        product('p2', '58', '2024-11-20', 'in_progress'),
        product('p3', '56', '2025-09-01'),
        product('p4', '56', '2024-05-05'),
        { record: product('p5', '58', '2025-08-01'), location: { file: 'r.csv', row: 6 } },
      ],
      units,
    })
    expect(issues.map((issue) => [issue.code, issue.location?.row])).toEqual([
      ['unit_not_valid_in_period', 6],
    ])
    const ids = (query: Parameters<typeof dataset.records>[0]) =>
      dataset.records(query).map((entry) => entry.record.id)
    expect(ids({ kind: 'dx_product', unit: '58', period: '2024' })).toEqual(['p1', 'p2'])
    expect(ids({ unit: '58', period: '2024', statuses: ['completed'] })).toEqual(['p1'])
    expect(ids({ unit: '56@2025-07-01' })).toEqual(['p3'])
    expect(ids({ unit: '56' })).toEqual(['p4'])
    expect(ids({ from: '2024-04-01', to: '2024-12-31' })).toEqual(['p4', 'p2'])
    expect(ids({ kind: 'other' })).toEqual([])
    // Counting agrees with listing, for every query.
    for (const query of [
      { kind: 'dx_product', unit: '58', period: '2024' },
      { unit: '58', period: '2024', statuses: ['completed'] },
      { unit: '56@2025-07-01' },
      { from: '2024-04-01', to: '2024-12-31' },
      { kind: 'other' },
      {},
    ]) {
      expect(dataset.countRecords(query)).toBe(dataset.records(query).length)
    }
    expect(dataset.countRecords({ kind: 'dx_product', unit: '58', period: '2024' })).toBe(2)
  })

  it('counts a duplicate record once and holds out records whose id is reused', () => {
    const { dataset, issues } = createDataset({
      observations: [],
      records: [
        product('p1', '58', '2024-03-01'),
        product('p1', '58', '2024-03-01'),
        product('p2', '58', '2024-04-01'),
        { ...product('p2', '58', '2024-04-01'), title: 'Khác' },
      ],
    })
    expect(issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ['duplicate_record', 'warning'],
      ['conflicting_record', 'error'],
    ])
    expect(dataset.records().map((entry) => entry.record.id)).toEqual(['p1'])
    // The kind × unit index holds the conflicted record out as well.
    const byUnit = dataset.records({ kind: 'dx_product', unit: '58', statuses: ['completed'] })
    expect(byUnit.map((entry) => entry.record.id)).toEqual(['p1'])
    expect(dataset.countRecords({ kind: 'dx_product', unit: '58' })).toBe(1)
  })
})
