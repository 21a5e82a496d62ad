import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RawRow } from '../rows/raw-row'
import { convertRow } from './convert-row'
import { OBSERVATION_SPEC, RECORD_SPEC } from './spec'

/** A cell: mostly text that passes, sometimes text that fails, empty or absent. */
function cell(valid: readonly string[], invalid: readonly string[]) {
  return fc.oneof(
    { weight: 10, arbitrary: fc.constantFrom(...valid) },
    { weight: 2, arbitrary: fc.constantFrom(...invalid) },
    { weight: 1, arbitrary: fc.constantFrom('', undefined) },
  )
}

function optional(valid: readonly string[], invalid: readonly string[]) {
  return fc.oneof(fc.constant(undefined), cell(valid, invalid))
}

const observationCells = fc.record({
  indicator: cell(['smartphone_user_rate', 'a'], ['Bad', 'constructor']),
  unit: cell(['58', '56@2025-07-01'], ['5 8', 'prototype']),
  period: cell(['2024', '2024-Q3', '2024-01/2024-09'], ['2024-13', '24']),
  value: cell(['87.5', '-0', '363.558', '1'.repeat(40)], ['87,5', '1e5', ' 1', '1'.repeat(41)]),
  qualifier: optional(['approx', 'range'], ['x']),
  low: optional(['1', '2.5'], ['1,5']),
  high: optional(['3', '0'], ['x']),
  status: optional(['actual'], ['x']),
  source: optional(['Tổng cục Thống kê'], ['s'.repeat(2001)]),
  note: optional(['ghi chú'], ['n'.repeat(10001)]),
  extra: optional(['x'], ['y']),
})

const recordCells = fc.record({
  id: optional(['DX-1'], ['i'.repeat(201)]),
  kind: cell(['dx_product'], ['DX']),
  unit: cell(['01.A0001'], ['?']),
  date: cell(['2024-09-30', '2024-02-29'], ['2023-02-29', '30/09/2024']),
  status: cell(['completed', 'planned'], ['done']),
  title: cell(['Cổng dịch vụ công'], ['t'.repeat(2001)]),
  evidence: optional(['https://dx.gov.vn/1'], ['ftp://x', 'not a url']),
  source: optional(['Sở TT&TT'], ['s'.repeat(2001)]),
  note: optional([''], ['n'.repeat(10001)]),
})

/** A converter's result and every number cell it told the watcher of. */
function convert(row: RawRow, spec: typeof OBSERVATION_SPEC | typeof RECORD_SPEC) {
  const seen: unknown[] = []
  const result = convertRow(row, spec as typeof OBSERVATION_SPEC, 'default', (...args) => {
    seen.push(args)
  })
  return { result, seen }
}

function rowOf(cells: Record<string, string | undefined>, prototypeFree: boolean): RawRow {
  const own = prototypeFree ? Object.assign(Object.create(null), cells) : cells
  return { kind: 'row', cells: own, location: { file: 'f.csv', row: 3 } }
}

describe('convertRow: the quick path for rows of text cells', () => {
  it('converts observation rows exactly as the step-by-step path does', () => {
    let quick = 0
    fc.assert(
      fc.property(observationCells, fc.boolean(), (cells, prototypeFree) => {
        const row = rowOf(cells, prototypeFree)
        // `types: {}` says no cell is typed, and sends the row down the step-by-step path.
        const stepwise = convert({ ...row, types: {} }, OBSERVATION_SPEC)
        const actual = convert(row, OBSERVATION_SPEC)
        expect(actual).toStrictEqual(stepwise)
        if (!Array.isArray(actual.result)) quick++
      }),
      { numRuns: 3000 },
    )
    expect(quick).toBeGreaterThan(100)
  })

  it('converts record rows exactly as the step-by-step path does', () => {
    let quick = 0
    fc.assert(
      fc.property(recordCells, fc.boolean(), (cells, prototypeFree) => {
        const row = rowOf(cells, prototypeFree)
        const stepwise = convert({ ...row, links: {} }, RECORD_SPEC)
        const actual = convert(row, RECORD_SPEC)
        expect(actual).toStrictEqual(stepwise)
        if (!Array.isArray(actual.result)) quick++
      }),
      { numRuns: 3000 },
    )
    expect(quick).toBeGreaterThan(300)
  })
})
