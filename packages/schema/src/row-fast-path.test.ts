import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ObservationSchema } from './observation'
import { RecordSchema } from './record'
import { fastParseObservation, fastParseRecord } from './row-fast-path'

/**
 * A field's text: mostly one that passes, sometimes one that fails (edges included), random
 * text, or absent — so that many generated rows are valid and many are one mistake away.
 */
function field(valid: readonly string[], invalid: readonly string[] = []) {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...valid) },
    { weight: invalid.length > 0 ? 2 : 0, arbitrary: fc.constantFrom(...invalid, '') },
    { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  )
}

/** An optional field: absent half the time. */
function optional(valid: readonly string[], invalid: readonly string[] = []) {
  return fc.oneof(fc.constant(undefined), field(valid, invalid))
}

const ids = ['smartphone_user_rate', 'a', 'x9_y', `a${'b'.repeat(79)}`]
const badIds = [`a${'b'.repeat(80)}`, 'constructor', 'prototype', 'Bad', 'a__b', 'a_', '_a', '1a']
const units = ['58', 'VN', '58.STTTT', '56@2025-07-01', `5${'8'.repeat(79)}`]
const badUnits = [
  '56@2025-7-01',
  'constructor',
  'constructor@2024-01-01',
  'prototype',
  '__proto__',
  '.58',
  `5${'8'.repeat(80)}`,
  '58 ',
]
const periods = ['2024', '2024-Q3', '2024-H1', '2024-09', '2024-01/2024-09', '2021/2025']
const badPeriods = ['2024-13', '2024-Q5', '2024-09/2024-01', '0999', '1899', '2200', '24', '2024-9']
const decimals = [
  '87.5',
  '0',
  '-0',
  '-12.5',
  '363558',
  '0.000001',
  '1'.repeat(40),
  `0.${'0'.repeat(50)}1`,
  `0.${'1'.repeat(40)}`,
  `-${'9'.repeat(40)}`,
]
const badDecimals = ['1'.repeat(41), `0.${'1'.repeat(41)}`, '1e5', '87,5', '.5', '5.', '007', '+1']
const qualifiers = ['exact', 'approx', 'more_than', 'at_least', 'less_than', 'at_most', 'range']
const observationStatuses = ['actual', 'estimate', 'provisional', 'preliminary', 'planned']
const texts = ['Tổng cục Thống kê', 'a'.repeat(2000)]
const longTexts = ['a'.repeat(2001), 'b'.repeat(10000), 'b'.repeat(10001)]
const dates = ['2024-09-30', '2024-02-29', '2000-02-29']
const badDates = ['2023-02-29', '1900-02-29', '2024-13-01', '2024-9-30']
const recordStatuses = ['completed', 'in_progress', 'planned', 'cancelled']
const urls = ['https://dx.gov.vn/p/1', 'http://a.vn']
const badUrls = ['ftp://a.vn/x', 'not a url', 'https://']

const observationInput = fc.record({
  indicator: field(ids, badIds),
  unit: field(units, badUnits),
  period: field(periods, badPeriods),
  value: field(decimals, badDecimals),
  qualifier: optional(qualifiers, ['x']),
  low: optional(decimals, badDecimals),
  high: optional(decimals, badDecimals),
  status: optional(observationStatuses, ['x']),
  source: optional(texts, longTexts),
  note: optional(texts, longTexts),
})

const recordInput = fc.record({
  id: optional(['DX-000001', 'x'.repeat(200)], ['x'.repeat(201)]),
  kind: field(ids, badIds),
  unit: field(units, badUnits),
  date: field(dates, badDates),
  status: field(recordStatuses, ['done']),
  title: field(['Cổng dịch vụ công', 't'.repeat(2000)], ['t'.repeat(2001)]),
  evidence: optional(urls, badUrls),
  source: optional(texts, longTexts),
  note: optional(texts, longTexts),
})

/** Keys whose value is `undefined` are left out, as a reader leaves out empty cells. */
function present<T extends object>(input: T): Record<string, string> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
}

/**
 * Whenever the fast path answers, zod accepts the same input with the same data (keys in the
 * same order); counts how often it answered, so the test shows it is not vacuous.
 */
function agrees(
  fast: (input: unknown) => object | undefined,
  schema: { safeParse(input: unknown): { success: boolean; data?: unknown } },
  counts: { fast: number; valid: number },
) {
  return (raw: object) => {
    // The fast path takes a field set to `undefined` as left out; the schema is given the
    // fields present only.
    const quick = fast(raw)
    expect(fast(present(raw))).toStrictEqual(quick)
    const reference = schema.safeParse(present(raw))
    if (reference.success) counts.valid++
    if (quick === undefined) return
    counts.fast++
    expect(reference.success).toBe(true)
    expect(quick).toStrictEqual(reference.data)
    expect(Object.keys(quick)).toEqual(Object.keys(reference.data as object))
  }
}

describe('fastParseObservation', () => {
  it('answers only for rows ObservationSchema accepts, with the data it returns', () => {
    const counts = { fast: 0, valid: 0 }
    fc.assert(
      fc.property(observationInput, agrees(fastParseObservation, ObservationSchema, counts)),
      {
        numRuns: 20_000,
      },
    )
    expect(counts.fast).toBeGreaterThan(1000)
    expect(counts.valid).toBeGreaterThan(counts.fast)
  })

  it('answers for every valid row that is not a range', () => {
    const valid = fc.record(
      {
        indicator: fc.constantFrom('smartphone_user_rate', 'a', `a${'b'.repeat(79)}`),
        unit: fc.constantFrom('58', 'VN', '56@2025-07-01', `5${'8'.repeat(79)}`),
        period: fc.constantFrom('2024', '2024-Q3', '2024-01/2024-09', '1900', '2100-12'),
        value: fc.constantFrom('87.5', '-0', '1'.repeat(40), `0.${'0'.repeat(50)}1`),
        qualifier: fc.option(fc.constantFrom(...qualifiers.slice(0, 6)), { nil: undefined }),
        status: fc.option(fc.constantFrom(...observationStatuses.slice(0, 5)), {
          nil: undefined,
        }),
        source: fc.option(fc.constantFrom('', 'a'.repeat(2000)), { nil: undefined }),
        note: fc.option(fc.constantFrom('', 'b'.repeat(10000)), { nil: undefined }),
      },
      { requiredKeys: ['indicator', 'unit', 'period', 'value'] },
    )
    fc.assert(
      fc.property(valid, (raw) => {
        const input = present(raw)
        expect(ObservationSchema.safeParse(input).success).toBe(true)
        expect(fastParseObservation(input)).toStrictEqual(ObservationSchema.parse(input))
      }),
    )
  })

  it('leaves ranges, other objects and non-string values to the schema', () => {
    const row = { indicator: 'a', unit: '58', period: '2024', value: '1' }
    expect(fastParseObservation(row)).toEqual(row)
    expect(fastParseObservation({ ...row, qualifier: 'range', low: '0', high: '2' })).toBe(
      undefined,
    )
    expect(fastParseObservation({ ...row, value: 1 })).toBe(undefined)
    expect(fastParseObservation({ ...row, extra: 'x' })).toBe(undefined)
    expect(fastParseObservation({ ...row, value: undefined })).toBe(undefined)
    expect(fastParseObservation({ ...row, note: undefined })).toEqual(row)
    expect(fastParseObservation({ ...row, note: null })).toBe(undefined)
    expect(fastParseObservation(new Map())).toBe(undefined)
    expect(fastParseObservation([])).toBe(undefined)
    expect(fastParseObservation(null)).toBe(undefined)
    expect(fastParseObservation('x')).toBe(undefined)
    const bare = Object.assign(Object.create(null), row)
    expect(fastParseObservation(bare)).toEqual(ObservationSchema.parse(bare))
  })
})

describe('fastParseRecord', () => {
  it('answers only for rows RecordSchema accepts, with the data it returns', () => {
    const counts = { fast: 0, valid: 0 }
    fc.assert(fc.property(recordInput, agrees(fastParseRecord, RecordSchema, counts)), {
      numRuns: 20_000,
    })
    expect(counts.fast).toBeGreaterThan(1000)
  })

  it('answers for every valid record, evidence included', () => {
    const valid = fc.record(
      {
        id: fc.option(fc.constantFrom('DX-000001', 'x'.repeat(200)), { nil: undefined }),
        kind: fc.constantFrom('dx_product', 'a'),
        unit: fc.constantFrom('01.A0001', '56@2025-07-01'),
        date: fc.constantFrom('2024-09-30', '2024-02-29', '2000-02-29'),
        status: fc.constantFrom(...recordStatuses.slice(0, 4)),
        title: fc.constantFrom('Cổng dịch vụ công', 't'.repeat(2000)),
        evidence: fc.option(fc.constantFrom('https://dx.gov.vn/p/1', 'http://a.vn'), {
          nil: undefined,
        }),
        source: fc.option(fc.constantFrom('', 'a'.repeat(2000)), { nil: undefined }),
        note: fc.option(fc.constantFrom('', 'b'.repeat(10000)), { nil: undefined }),
      },
      { requiredKeys: ['kind', 'unit', 'date', 'status', 'title'] },
    )
    fc.assert(
      fc.property(valid, (raw) => {
        const input = present(raw)
        const reference = RecordSchema.parse(input)
        const quick = fastParseRecord(input)
        expect(quick).toStrictEqual(reference)
        expect(Object.keys(quick ?? {})).toEqual(Object.keys(reference))
      }),
    )
  })
})
