import type { Observation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MERGER_UNITS } from './__tests__/units'
import { createDatasetBuilder, type DatasetResult } from './dataset'
import { FoundIssues } from './found-issues'
import { createUnitRegistry, type UnitRegistry } from './units'

const units = createUnitRegistry(MERGER_UNITS)

// Known units, ceased and back-cast ones, and unknown ones named again and again.
const observation: fc.Arbitrary<Observation> = fc.record({
  indicator: fc.constantFrom('dti_score', 'fibre_rate'),
  unit: fc.constantFrom('58', '56', '56@2025-07-01', 'KH1', 'ZZ', 'ZZ9', 'Ninh Thuan'),
  period: fc.constantFrom('2024', '2025', '2025-H2', '2026', '2024-13'),
  value: fc.constantFrom('1', '1.0', '2', 'abc'),
})
const record: fc.Arbitrary<SubmittedRecord> = fc.record({
  kind: fc.constant('dx_product'),
  unit: fc.constantFrom('58', '56', 'KH1', 'ZZ'),
  date: fc.constantFrom('2024-03-01', '2025-07-01', '2026-01-15'),
  status: fc.constant('completed'),
  title: fc.constantFrom('Cổng dịch vụ công', 'Ví điện tử'),
})

function build(
  observations: readonly Observation[],
  records: readonly SubmittedRecord[],
  options: { units: UnitRegistry; maxIssues?: number },
): DatasetResult {
  const builder = createDatasetBuilder(options)
  observations.forEach((item, row) => {
    builder.addObservation({ observation: item, location: { file: 'a.csv', row: row + 2 } })
  })
  records.forEach((item, row) => {
    builder.addRecord({ record: item, location: { file: 'b.csv', row: row + 2 } })
  })
  return builder.build()
}

function tally(issues: readonly TiendoIssue[]) {
  const bySeverity = { error: 0, warning: 0, info: 0 }
  const byCode: Record<string, number> = {}
  for (const issue of issues) {
    bySeverity[issue.severity]++
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1
  }
  return { count: issues.length, bySeverity, byCode }
}

describe('createDatasetBuilder with maxIssues', () => {
  it('lists the first issues, counts the rest by severity and code, and indexes the same', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 60 }),
        fc.array(record, { maxLength: 15 }),
        fc.nat({ max: 40 }),
        (observations, records, maxIssues) => {
          const whole = build(observations, records, { units })
          const capped = build(observations, records, { units, maxIssues })
          expect(whole.issuesLeftOut).toBeUndefined()
          expect(capped.issues).toStrictEqual(whole.issues.slice(0, maxIssues))
          const rest = whole.issues.slice(maxIssues)
          if (rest.length === 0) expect(capped.issuesLeftOut).toBeUndefined()
          else expect(capped.issuesLeftOut).toStrictEqual(tally(rest))
          expect(capped.dataset.points()).toStrictEqual(whole.dataset.points())
          expect(capped.dataset.records()).toStrictEqual(whole.dataset.records())
        },
      ),
      { numRuns: 200 },
    )
  })

  it('words no issue past the limit: a reference already resolved is not resolved again', () => {
    let resolved = 0
    const counting: UnitRegistry = Object.create(units, {
      resolve: {
        value: (...args: Parameters<UnitRegistry['resolve']>) => {
          resolved++
          return units.resolve(...args)
        },
      },
    })
    const rows = Array.from({ length: 1000 }, (_, row) => ({
      indicator: 'dti_score',
      unit: row % 2 === 0 ? 'ZZ' : 'ZZ9',
      period: '2024',
      value: String(row),
    }))
    const { issues, issuesLeftOut } = build(rows, [], { units: counting, maxIssues: 10 })
    expect(issues.map((issue) => issue.location?.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(issuesLeftOut).toStrictEqual({
      count: 990,
      bySeverity: { error: 990, warning: 0, info: 0 },
      byCode: { unknown_unit: 990 },
    })
    // Ten resolved while listed; past the limit both references count from what those gave.
    expect(resolved).toBe(10)
  })

  it('refuses a limit that is not a whole number of issues', () => {
    expect(() => createDatasetBuilder({ maxIssues: -1 })).toThrow(RangeError)
    expect(() => createDatasetBuilder({ maxIssues: 1.5 })).toThrow('maxIssues')
  })
})

describe('FoundIssues', () => {
  it('lists up to its limit and counts past it', () => {
    const found = new FoundIssues(1)
    const issue = (code: string): TiendoIssue => ({
      code,
      severity: 'warning',
      message: { vi: code, en: code },
    })
    expect(found.leftOut()).toBeUndefined()
    found.push(issue('a'))
    expect(found.hasRoom).toBe(false)
    found.push(issue('b'))
    found.count('error', 'c')
    expect(found.list.map((listed) => listed.code)).toEqual(['a'])
    expect(found.leftOut()).toStrictEqual({
      count: 2,
      bySeverity: { error: 1, warning: 1, info: 0 },
      byCode: { b: 1, c: 1 },
    })
  })
})
