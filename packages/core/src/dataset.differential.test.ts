import type { Observation, SubmittedRecord } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { referenceDataset } from './__tests__/reference-dataset'
import { MERGER_UNITS } from './__tests__/units'
import type { DataPoint } from './data-point'
import { createDataset } from './dataset'
import { asPeriod } from './period'
import type { RecordEntry } from './records'
import { createUnitRegistry } from './units'

const units = createUnitRegistry(MERGER_UNITS)
const indicators = ['dti_score', 'fibre_rate']
const unitRefs = ['VN', '58', '56', '56@2025-07-01', 'NT1', 'KH1', 'KH1@2025-07-01', 'ZZ']
const periods = ['2024', '2024-Q3', '2024-01/2024-12', '2025', '2025-H2', '2026', '2024-13', 'x']
// `1` and `1.0` are the same figure written twice; `abc` is no decimal at all; the rest are
// decimals a scaled integer cannot give back as written (they are kept as text).
const values = ['1', '1.0', '2', '0.5', '-3', 'abc', '-0', '007', '1e3', '12345678901234567.25']

const observation: fc.Arbitrary<Observation> = fc
  .record({
    indicator: fc.constantFrom(...indicators),
    unit: fc.constantFrom(...unitRefs),
    period: fc.constantFrom(...periods),
    value: fc.option(fc.constantFrom(...values), { nil: undefined }),
    qualifier: fc.option(fc.constantFrom('range', 'approx'), { nil: undefined }),
    low: fc.option(fc.constantFrom(...values), { nil: undefined }),
    high: fc.option(fc.constantFrom(...values), { nil: undefined }),
    status: fc.option(fc.constantFrom('actual', 'estimate'), { nil: undefined }),
    source: fc.option(fc.constantFrom('GSO', 'Sở TT&TT'), { nil: undefined }),
    note: fc.option(fc.constant('ghi chú'), { nil: undefined }),
  })
  .map(
    (fields) =>
      Object.fromEntries(
        Object.entries(fields).filter(([, value]) => value !== undefined),
      ) as Observation,
  )

const record: fc.Arbitrary<SubmittedRecord> = fc
  .record({
    id: fc.option(fc.constantFrom('DX-1', 'DX-2'), { nil: undefined }),
    kind: fc.constantFrom('dx_product', 'decision'),
    unit: fc.constantFrom('58', '56', 'KH1', 'ZZ'),
    date: fc.constantFrom('2024-03-01', '2025-06-30', '2025-07-01', '2026-01-15'),
    status: fc.constantFrom('completed', 'planned'),
    title: fc.constantFrom('Cổng dịch vụ công', 'Ví điện tử'),
  })
  .map(
    (fields) =>
      Object.fromEntries(
        Object.entries(fields).filter(([, value]) => value !== undefined),
      ) as SubmittedRecord,
  )

/** A point as plain data: decimals as text. */
function plain(point: DataPoint | undefined) {
  if (point === undefined) return undefined
  return {
    ...point,
    value: point.value?.toFixed(),
    low: point.low?.toFixed(),
    high: point.high?.toFixed(),
  }
}

function plainRecords(entries: readonly RecordEntry[]) {
  return entries.map((entry) => ({ ...entry }))
}

/** Where rows are read: CSV lines, JSON Pointers, sheets, or nowhere said. */
const places = (row: number) =>
  [
    { file: 'o.csv', row: row + 2 },
    { file: 'o.json', path: `/${row}` },
    { file: 'o.xlsx', sheet: 'Số liệu', row: row + 2 },
    undefined,
    { row: row + 2 },
  ][row % 5]

/** Builds both datasets and asks both every question the test knows. */
function compare(observations: readonly Observation[], records: readonly SubmittedRecord[]) {
  const located = observations.map((item, row) => ({
    observation: row % 11 === 10 ? { ...item, extra: 'kept as given' } : item,
    location: places(row),
  }))
  const locatedRecords = records.map((item, row) => ({
    record: item,
    location: places(row),
  }))
  const expected = referenceDataset({ observations: located, records: locatedRecords, units })
  const actual = createDataset({ observations: located, records: locatedRecords, units })
  expect(actual.issues).toStrictEqual(expected.issues)
  const want = expected.dataset
  const got = actual.dataset
  expect(got.size).toBe(want.size)
  expect(got.points().map(plain)).toStrictEqual(want.points().map(plain))
  const visited: [string, string, string][] = []
  got.forEachKey((indicator, unit, period) => visited.push([indicator, unit, period]))
  expect(visited).toStrictEqual(want.points().map((p) => [p.indicator, p.unit, p.period]))
  expect(got.indicators()).toStrictEqual(want.indicators())
  const keys = ['VN', '58', '56', '56@2025-07-01', 'NT1', 'KH1@2025-07-01', 'ZZ']
  for (const indicator of [...indicators, 'none']) {
    for (const key of keys) {
      expect(got.series(indicator, key).map(plain)).toStrictEqual(
        want.series(indicator, key).map(plain),
      )
      for (const period of [...periods, '2024-07/2024-09']) {
        expect(plain(got.get(indicator, key, period))).toStrictEqual(
          plain(want.get(indicator, key, period)),
        )
        expect(plain(got.getByKey(indicator, key, period))).toStrictEqual(
          plain(want.getByKey(indicator, key, period)),
        )
        expect(got.valueByKey(indicator, key, period)?.toString()).toBe(
          want.getByKey(indicator, key, period)?.value?.toString(),
        )
      }
    }
    for (const period of ['2024', '2025-H2', '2026']) {
      expect(got.unitsReporting(period, indicator)).toStrictEqual(
        want.unitsReporting(period, indicator),
      )
    }
  }
  expect(got.unitsReporting('2024')).toStrictEqual(want.unitsReporting('2024'))
  const queries = [
    undefined,
    { kind: 'dx_product', unit: '58' },
    { kind: 'dx_product', unit: 'KH1@2025-07-01', statuses: ['completed'] },
    { period: '2025' },
    { kind: 'dx_product', period: asPeriod('2025-H2') },
    { unit: '56@2025-07-01', from: '2025-07-01' },
  ]
  for (const query of queries) {
    expect(plainRecords(got.records(query))).toStrictEqual(plainRecords(want.records(query)))
    expect(got.countRecords(query)).toBe(want.records(query).length)
    // Asked again (the dates of a period are kept once found).
    expect(got.countRecords(query)).toBe(want.records(query).length)
    // The same records visited, in some order, each with its unit, date and status.
    const visited: string[] = []
    got.forEachRecord(query ?? {}, (unit, date, status) =>
      visited.push(`${unit} ${date} ${status}`),
    )
    const listed = want
      .records(query)
      .map(({ unit, record }) => `${unit} ${record.date} ${record.status}`)
    expect(visited.sort()).toStrictEqual(listed.sort())
  }
}

describe('createDataset against the reference it was made faster from', () => {
  it('finds the same issues, points, series, lookups and records', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 40 }),
        fc.array(record, { maxLength: 12 }),
        compare,
      ),
      { numRuns: 400 },
    )
  })

  it('agrees on crowded data: copies, conflicts and third copies of one key', () => {
    const crowded = fc.record({
      indicator: fc.constant('dti_score'),
      unit: fc.constantFrom('58', 'KH1@2025-07-01'),
      period: fc.constantFrom('2024', '2024-01/2024-12', '2026'),
      value: fc.constantFrom('1', '1.0', '2'),
    })
    const sameKind = fc.record({
      kind: fc.constant('dx_product'),
      unit: fc.constantFrom('58', 'KH1'),
      date: fc.constantFrom('2024-03-01', '2026-01-15'),
      status: fc.constantFrom('completed', 'planned'),
      title: fc.constantFrom('Cổng dịch vụ công', 'Ví điện tử'),
    })
    fc.assert(
      fc.property(
        fc.array(crowded, { maxLength: 30 }),
        fc.array(sameKind, { maxLength: 20 }),
        compare,
      ),
      { numRuns: 300 },
    )
  })

  it('reports a third copy equal to the first of two conflicting ones as a conflict', () => {
    const row = { indicator: 'dti_score', unit: '58', period: '2024' }
    const { issues, dataset } = createDataset({
      observations: [
        { ...row, value: '1' },
        { ...row, value: '2' },
        { ...row, value: '1' },
      ],
      units,
    })
    expect(issues.map((issue) => issue.code)).toEqual([
      'conflicting_observation',
      'conflicting_observation',
    ])
    expect(dataset.size).toBe(0)
  })

  it('shares one decimal between equal value texts without changing any figure', () => {
    const { dataset } = createDataset({
      observations: [
        { indicator: 'a', unit: '58', period: '2024', value: '1.50' },
        { indicator: 'b', unit: '58', period: '2024', value: '1.50' },
      ],
      units,
    })
    const [first, second] = dataset.points()
    expect(first?.value?.toFixed()).toBe('1.5')
    expect(second?.value?.toFixed()).toBe('1.5')
    expect(first?.observation.value).toBe('1.50')
  })
})
