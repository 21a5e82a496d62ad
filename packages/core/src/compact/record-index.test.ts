import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RecordRows } from './record-index'
import { TextTable } from './text-table'

const STATUSES = ['completed', 'in_progress', 'planned'] as const

// Few days, on the edges of periods, so that records fall on a query's first and last day.
const day = fc
  .tuple(
    fc.integer({ min: 2019, max: 2021 }),
    fc.constantFrom('01-01', '03-31', '04-01', '06-30', '07-01', '12-31'),
  )
  .map(([year, date]) => `${year}-${date}`)

const record = fc.record({
  // Now and then an id given before: a duplicate, or a conflict left out of answers.
  again: fc.oneof(
    { arbitrary: fc.constant(null), weight: 7 },
    { arbitrary: fc.integer({ min: 0, max: 80 }), weight: 1 },
  ),
  unit: fc.constantFrom('A', 'B'),
  date: day,
  status: fc.constantFrom(...STATUSES),
})

const query = fc.record(
  {
    kind: fc.constant('dx_product'),
    unit: fc.constantFrom('A', 'B'),
    period: fc.constantFrom('2020', '2020-H1', '2020-H2', '2021-Q1', '2019-06', '2019/2020'),
    from: day,
    to: day,
    statuses: fc.subarray([...STATUSES], { minLength: 1 }),
  },
  { requiredKeys: ['kind', 'unit'] },
)

describe('RecordRows.count', () => {
  it('counts what the dated list holds, however many records a unit has', () => {
    fc.assert(
      fc.property(
        fc.array(record, { minLength: 8, maxLength: 80 }),
        fc.array(query, { minLength: 1, maxLength: 8 }),
        (records, queries) => {
          const rows = new RecordRows(new TextTable())
          for (const [i, r] of records.entries()) {
            const id = String(r.again === null ? i : Math.min(r.again, i))
            rows.add({
              unit: r.unit,
              record: {
                id,
                kind: 'dx_product',
                unit: r.unit,
                date: r.date,
                status: r.status,
                title: 'x',
              },
            })
          }
          for (const q of queries) expect(rows.count(q)).toBe(rows.rows(q).length)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('counts the records on a period’s first and last day', () => {
    const rows = new RecordRows(new TextTable())
    const dates = ['2019-12-31', '2020-01-01', '2020-01-01', '2020-06-30', '2020-12-31']
    for (const [i, date] of [...dates, '2020-12-31', '2021-01-01', '2021-01-01'].entries()) {
      const record = {
        id: String(i),
        kind: 'dx_product',
        unit: 'A',
        date,
        status: 'completed' as const,
        title: 'x',
      }
      rows.add({ unit: 'A', record })
    }
    expect(rows.count({ kind: 'dx_product', unit: 'A', period: '2020' })).toBe(5)
    expect(rows.count({ kind: 'dx_product', unit: 'A', period: '2020', to: '2020-06-30' })).toBe(3)
    expect(rows.count({ kind: 'dx_product', unit: 'A', from: '2021-01-01' })).toBe(2)
  })
})
