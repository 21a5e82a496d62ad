import type { SubmittedRecord } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createDataset } from '../dataset'
import type { LocatedRecord } from '../records'
import { countListOf, recordInput, recordInputJsonText } from './count-provenance'

const KINDS = ['dx_product', 'dx_service']
const UNITS = ['NT1', 'NT2', '58']
const STATUSES: SubmittedRecord['status'][] = ['completed', 'planned', 'in_progress']

/** Records as files give them: plain, with extra fields, without an id, located or not. */
const located = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    unit: fc.constantFrom(...UNITS),
    day: fc.integer({ min: 0, max: 1200 }),
    status: fc.constantFrom(...STATUSES),
    id: fc.option(fc.integer({ min: 1, max: 40 })),
    extra: fc.boolean(),
    where: fc.constantFrom('csv', 'json', 'none'),
    row: fc.integer({ min: 2, max: 9999 }),
  })
  .map(({ kind, unit, day, status, id, extra, where, row }): LocatedRecord => {
    const date = new Date(Date.UTC(2022, 0, 1 + day)).toISOString().slice(0, 10)
    const record = {
      ...(id === null ? {} : { id: `R-${id}` }),
      kind,
      unit,
      date,
      status,
      title: `Sản phẩm ${row}`,
      ...(extra ? { budget: String(row) } : {}),
    } as SubmittedRecord
    if (where === 'none') return { record }
    const location =
      where === 'csv' ? { file: 'san-pham.csv', row } : { file: 'san-pham.json', path: `/${row}` }
    return { record, location }
  })

/** Every input of a list, as objects and as JSON text. */
function listed(list: ReturnType<typeof countListOf>) {
  return {
    dates: list.dates,
    inputs: list.dates.map((_, i) => list.input(i)),
    texts: list.dates.map((_, i) => list.inputJsonText(i)),
  }
}

/** What a report writes of an input, field by field (`inputJson` of `@tiendo/pipeline`). */
function reportJson(input: ReturnType<typeof recordInput>): string {
  const json: Record<string, unknown> = {
    indicator: input.indicator,
    unit: input.unit,
    period: input.period,
    role: input.role,
    derived: input.derived,
  }
  const location = input.location
  if (location?.file !== undefined) json.file = location.file
  if (location?.row !== undefined) json.row = location.row
  if (location?.path !== undefined) json.path = location.path
  return JSON.stringify(json)
}

describe('countListOf', () => {
  it('lists from the columns exactly what the records it lists would give', () => {
    fc.assert(
      fc.property(fc.array(located, { maxLength: 60 }), (records) => {
        const { dataset } = createDataset({ observations: [], records })
        for (const kind of KINDS) {
          for (const unit of UNITS) {
            for (const statuses of [undefined, ['completed'], ['completed', 'planned']]) {
              const query = { kind, unit, ...(statuses === undefined ? {} : { statuses }) }
              const inputs = dataset.records(query).map(recordInput)
              expect(listed(countListOf(dataset, query))).toEqual({
                dates: inputs.map((input) => input.period),
                inputs,
                texts: inputs.map(reportJson),
              })
            }
          }
        }
      }),
      { numRuns: 200 },
    )
  })

  it('lists from the records of a dataset that keeps no columns', () => {
    const record: SubmittedRecord = {
      kind: 'dx_product',
      unit: 'NT1',
      date: '2024-05-01',
      status: 'completed',
      title: 'Một sản phẩm',
    }
    const location = { file: 'a.csv', row: 2 }
    const bare = { records: () => [{ record, unit: 'NT1', location }] }
    const input = {
      indicator: 'dx_product',
      unit: 'NT1',
      period: '2024-05-01',
      role: 'record',
      derived: false,
      location,
    } as const
    expect(listed(countListOf(bare, { kind: 'dx_product', unit: 'NT1' }))).toEqual({
      dates: ['2024-05-01'],
      inputs: [input],
      texts: [reportJson(input)],
    })
  })

  it('writes text a JSON reader reads back, whatever the texts hold', () => {
    const odd = {
      indicator: 'k"ind\\',
      unit: 'đơn vị\n',
      period: '2024-01-01',
      role: 'record',
      derived: false,
      location: { file: 'C:\\dữ liệu\\"a".json', path: '/0/1' },
    } as const
    expect(recordInputJsonText(odd)).toBe(reportJson(odd))
    expect(JSON.parse(recordInputJsonText(odd))).toMatchObject({ unit: 'đơn vị\n' })
  })
})
