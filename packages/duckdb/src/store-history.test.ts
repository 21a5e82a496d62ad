import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { reportToJson, runPipeline } from '@tiendo/pipeline'
import { afterAll, describe, expect, it } from 'vitest'
import { figureHistory } from './figure-history'
import { auditStore } from './store-audit'
import { openStore } from './tiendo-store'

const dir = mkdtempSync(join(tmpdir(), 'tiendo-duckdb-history-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return join(dir, name)
}
const header = 'indicator,unit,period,value\n'
// Ninh Thuận's first report, then a corrected smartphone figure for 2024 only.
const first = file(
  'quy-1.csv',
  `${header}smartphone_user_rate,58,2024,87.5\nhousehold_fibre_rate,58,2024,81.7\n`,
)
const corrected = file('quy-1-sua.csv', `${header}smartphone_user_rate,58,2024,88.1\n`)
const options = { pack: 'ninh-thuan', today: '2025-06-30', threads: 1 }
const codes = (report: Awaited<ReturnType<typeof runPipeline>>) =>
  report.validation.issues.map((issue) => issue.code)

describe('corrections in a store', () => {
  it('evaluates the corrected figure, keeps the earlier one queryable, and deletes nothing', async () => {
    const store = await openStore(join(dir, 'sua.duckdb'))
    const a = await store.ingest(first, {
      name: 'quy-1.csv',
      pack: { id: 'ninh-thuan', version: '0.1.0' },
    })
    const b = await store.ingest(corrected, { name: 'quy-1-sua.csv', tiendoVersion: '9.9.9' })

    // Over the files both figures meet: a conflict, neither used. Over the store: the latest.
    const files = await runPipeline({ ...options, sources: [{ path: first }, { path: corrected }] })
    expect(codes(files)).toContain('conflicting_observation')
    const stored = await runPipeline({ ...options, sources: await store.sources() })
    expect(codes(stored)).not.toContain('conflicting_observation')
    const json = reportToJson(stored, { lang: 'en' })
    expect(json).toContain('"88.1"')
    expect(json).not.toContain('"87.5"')
    expect(json).toContain('"81.7"')

    const history = await figureHistory(store, { unit: '58', indicator: 'smartphone_user_rate' })
    expect(history.map((f) => [f.period, f.value, f.submission, f.supersededBy])).toEqual([
      ['2024', '87.5', a.submission, b.submission],
      ['2024', '88.1', b.submission, undefined],
    ])
    expect(history[0]!.location).toEqual({ file: 'quy-1.csv', row: 2 })
    const byUnit = await figureHistory(store, { unit: '58' })
    expect(byUnit.map((f) => f.indicator)).toEqual([
      'household_fibre_rate',
      'smartphone_user_rate',
      'smartphone_user_rate',
    ])

    // Every submission is recorded whole, with who ingested it and under which pack.
    const held = await store.submissions()
    expect(held.map((s) => [s.name, s.tiendoVersion, s.pack])).toEqual([
      [
        'quy-1.csv',
        expect.stringMatching(/^\d+\.\d+\.\d+/),
        { id: 'ninh-thuan', version: '0.1.0' },
      ],
      ['quy-1-sua.csv', '9.9.9', undefined],
    ])
    expect(held[0]!.ingestedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect(await auditStore(store)).toEqual({
      submissions: [
        { id: a.submission, storedItems: a.items, complete: true },
        { id: b.submission, storedItems: b.items, complete: true },
      ],
      strayItems: 0,
    })
    store.close()
  })

  it('does not let an earlier content given again undo a correction', async () => {
    const store = await openStore(join(dir, 'again.duckdb'))
    await store.ingest(first, { name: 'quy-1.csv' })
    await store.ingest(corrected, { name: 'quy-1-sua.csv' })
    // The first file sent once more: recognised by its hash, not loaded, nothing changes.
    expect((await store.ingest(first, { name: 'quy-1-lai.csv' })).skipped).toBe(true)
    const stored = await runPipeline({ ...options, sources: await store.sources() })
    expect(reportToJson(stored, { lang: 'en' })).toContain('"88.1"')
    expect((await store.submissions()).map((s) => s.name)).toEqual(['quy-1.csv', 'quy-1-sua.csv'])
    store.close()
  })

  it('finds a submission missing items, and items of no submission, when a store was damaged', async () => {
    // Ingest never leaves either (the crash test holds that); the audit must still see them.
    const store = await openStore(join(dir, 'damaged.duckdb'))
    const a = await store.ingest(first, { name: 'quy-1.csv' })
    await store.connection.run('DELETE FROM row_items WHERE submission = $1 AND seq = 1', [
      a.submission,
    ])
    await store.connection.run(
      `INSERT INTO row_items (submission, seq, item, payload) VALUES (99, 0, 'header', '{}')`,
    )
    expect(await auditStore(store)).toEqual({
      submissions: [{ id: a.submission, storedItems: a.items - 1, complete: false }],
      strayItems: 1,
    })
    store.close()
  })
})
