import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createUnitRegistry, unitScope } from '@tiendo/core'
import {
  type NodePipelineOptions,
  reportToJson,
  runPipeline,
  runPipelineInParts,
} from '@tiendo/pipeline'
import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'
// The pipeline's small seeded country: duplicates, conflicts, ranges, refused rows, records.
import {
  MINI_PACK,
  miniObservations,
  miniRecords,
  UNEVEN_PACK,
  unevenRecords,
} from '../../pipeline/src/__tests__/mini-national'
import { recordCounts } from './record-counts'
import { openStore, type TiendoStore } from './tiendo-store'

const dir = mkdtempSync(join(tmpdir(), 'tiendo-duckdb-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const observations = join(dir, 'so-lieu.csv')
const records = join(dir, 'san-pham.csv')
writeFileSync(observations, miniObservations())
writeFileSync(records, miniRecords())
const options = { pack: MINI_PACK, today: '2026-06-30', maxIssues: 500, threads: 1 }

/** A province's report read from the store, and from the same files. */
async function partOf(
  store: TiendoStore,
  run: Omit<NodePipelineOptions, 'sources'>,
  files: NodePipelineOptions['sources'],
  province: string,
) {
  const fromStore = await runPipeline({ ...run, units: [province], sources: await store.sources() })
  const fromFiles = await runPipeline({ ...run, units: [province], sources: files })
  return [fromStore, fromFiles] as const
}

describe('a DuckDB store of submissions', () => {
  it('reports over the store exactly as over the files, after a round trip to disk', async () => {
    const path = join(dir, 'round-trip.duckdb')
    const store = await openStore(path)
    expect((await store.ingest(observations)).skipped).toBe(false)
    expect((await store.ingest(records, { kind: 'records' })).skipped).toBe(false)
    store.close()

    const reopened = await openStore(path, { readOnly: true })
    const fromStore = await runPipeline({ ...options, sources: await reopened.sources() })
    reopened.close()
    const fromFiles = await runPipeline({
      ...options,
      sources: [{ path: observations }, { path: records, kind: 'records' }],
    })
    // The fixture has something to compare: issues, derived figures, rules and series.
    expect(fromFiles.validation.issues.length).toBeGreaterThan(10)
    expect(fromFiles.evaluation?.results.length).toBeGreaterThan(10)
    expect(reportToJson(fromStore, { lang: 'en' })).toBe(reportToJson(fromFiles, { lang: 'en' }))
  })

  it('reads only a province’s rows for a run limited to it, and reports as over the files', async () => {
    const path = join(dir, 'provinces.duckdb')
    const store = await openStore(path)
    await store.ingest(observations)
    await store.ingest(records, { kind: 'records' })
    for (const province of ['P1', 'P2', 'P3']) {
      const files = [{ path: observations }, { path: records, kind: 'records' as const }]
      const [fromStore, fromFiles] = await partOf(store, options, files, province)
      expect(fromFiles.targets.length).toBeGreaterThan(0)
      expect(reportToJson(fromStore, { lang: 'en' })).toBe(reportToJson(fromFiles, { lang: 'en' }))
    }
    // The database leaves the other provinces' rows where they are: about a third is read.
    const [source] = await store.sources()
    const registry = createUnitRegistry(MINI_PACK.units ?? [])
    const all = await countRows(source!.rowItems)
    const part = await countRows(source!.rowItemsWithin!(unitScope(registry, ['P1'])))
    store.close()
    expect(part).toBeGreaterThan(all / 5)
    expect(part).toBeLessThan(all / 2)
  })

  it('sums up the other provinces’ rows for a province’s run, unreadable ones uncounted, as the files', async () => {
    // Where a province's figures rest on the others' data (see UNEVEN_PACK): the store tells
    // the run what the rows it leaves say, in SQL, and the report is the files' to the byte.
    const uneven = join(dir, 'san-pham-uneven.csv')
    writeFileSync(uneven, unevenRecords())
    // Two rows of P2's commune C02 that cannot be read (a value, a period): the store leaves
    // them unread for P1's run, and the files' run leaves them out too, uncounted.
    const figures = join(dir, 'so-lieu-uneven.csv')
    const unreadable = [
      'household_fibre_rate,C02,2024,abc,,,,actual,x',
      'household_fibre_rate,C02,20x4,5,,,,actual,x',
    ]
    writeFileSync(figures, `${miniObservations()}${unreadable.join('\n')}\n`)
    const firstUnreadable = miniObservations().trimEnd().split('\n').length + 1
    const store = await openStore(join(dir, 'uneven.duckdb'))
    await store.ingest(figures)
    await store.ingest(uneven, { kind: 'records' })
    const run = { ...options, pack: UNEVEN_PACK, today: '2025-06-30' }
    for (const province of ['P1', 'P2', 'P3']) {
      const files = [{ path: figures }, { path: uneven, kind: 'records' as const }]
      const [fromStore, fromFiles] = await partOf(store, run, files, province)
      expect(reportToJson(fromStore, { lang: 'en' })).toBe(reportToJson(fromFiles, { lang: 'en' }))
      // The rule naming no periods starts at the country's 2018, outside every province.
      const first = fromStore.evaluation?.results.find((r) => r.ruleId === 'province_reports')
      expect(first?.period).toBe('2018')
      const unread = fromFiles.validation.issues.filter(
        (issue) => (issue.location?.row ?? 0) >= firstUnreadable,
      )
      expect(unread.length > 0).toBe(province === 'P2')
    }
    store.close()
  })

  it('writes the country’s report in parts over the store as over the files, to the byte', async () => {
    const store = await openStore(join(dir, 'in-parts.duckdb'))
    await store.ingest(observations)
    await store.ingest(records, { kind: 'records' })
    const inParts = async (sources: NodePipelineOptions['sources']) => {
      const report = await runPipelineInParts({ ...options, lang: 'en', sources })
      try {
        return { text: [...report.jsonChunks()].join(''), runs: report.runs }
      } finally {
        await report.close()
      }
    }
    const fromStore = await inParts(await store.sources())
    store.close()
    const files = [{ path: observations }, { path: records, kind: 'records' as const }]
    const fromFiles = await inParts(files)
    // The provinces of the country and of the extended pack's, then the country.
    expect(fromStore.runs).toBeGreaterThan(3)
    expect(fromStore.text).toBe(fromFiles.text)
    const whole = await runPipeline({ ...options, lang: 'en', sources: files })
    const json = JSON.parse(fromStore.text)
    expect(json.summary.derived).toEqual(whole.summary.derived)
    expect(json.validation.stats).toEqual(whole.validation.stats)
  })

  it('recognises content it holds by its hash, under any name, and loads it once', async () => {
    const path = join(dir, 'twice.duckdb')
    const copy = join(dir, 'ban-sao.csv')
    writeFileSync(copy, miniObservations())
    const store = await openStore(path)
    const first = await store.ingest(observations)
    const again = await store.ingest(copy)
    expect(again).toMatchObject({ skipped: true, submission: first.submission, items: 0 })
    expect(again.contentHash).toBe(first.contentHash)
    const held = await store.submissions()
    expect(held.map((s) => [s.name, s.items])).toEqual([[observations, first.items]])
    expect(held[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/)
    store.close()
  })

  it('counts records per unit and year in SQL, as the rows say', async () => {
    const store = await openStore(join(dir, 'counts.duckdb'))
    await store.ingest(records, { kind: 'records' })
    const rows: Record<string, string>[] = parse(miniRecords(), { columns: true })
    const kind = rows[0]!.kind!
    const expected = new Map<string, number>()
    for (const row of rows) {
      if (row.kind !== kind || row.status !== 'completed' || !row.unit || !row.date) continue
      const key = `${row.unit}|${row.date.slice(0, 4)}`
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
    const counts = await recordCounts(store, { kind, statuses: ['completed'] })
    store.close()
    expect(new Map(counts.map((c) => [`${c.unit}|${c.year}`, c.count]))).toEqual(expected)
    expect(expected.size).toBeGreaterThan(3)
  })

  it('refuses a file that is no store, leaving it untouched', async () => {
    const notAStore = join(dir, 'not-a-store.duckdb')
    writeFileSync(notAStore, 'indicator,unit,period,value\n')
    await expect(openStore(notAStore)).rejects.toMatchObject({ code: 'store_unopenable' })
    expect(readFileSync(notAStore, 'utf8')).toBe('indicator,unit,period,value\n')
  })
})

async function countRows(items: AsyncIterable<unknown>): Promise<number> {
  let count = 0
  for await (const batch of items) count += Array.isArray(batch) ? batch.length : 1
  return count
}
