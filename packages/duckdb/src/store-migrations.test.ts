import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { reportToJson, runPipeline } from '@tiendo/pipeline'
import { afterAll, describe, expect, it } from 'vitest'
import {
  MINI_PACK,
  miniObservations,
  miniRecords,
} from '../../pipeline/src/__tests__/mini-national'
import { writeVersion1Store } from './__tests__/version-1-store'
import { figureHistory } from './figure-history'
import { StoreError } from './store-error'
import { STORE_SCHEMA_VERSION } from './store-schema'
import { openStore } from './tiendo-store'

const dir = mkdtempSync(join(tmpdir(), 'tiendo-duckdb-versions-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const observations = join(dir, 'so-lieu.csv')
const records = join(dir, 'san-pham.csv')
writeFileSync(observations, miniObservations())
writeFileSync(records, miniRecords())
const files = [
  { path: observations, name: 'so-lieu.csv' },
  { path: records, name: 'san-pham.csv', kind: 'records' as const },
]
const options = { pack: MINI_PACK, today: '2026-06-30', maxIssues: 500, threads: 1 }
/** The bytes of a store and its write-ahead log, if any: what "untouched" means. */
const fingerprint = (path: string) => {
  const hash = createHash('sha256').update(readFileSync(path))
  try {
    hash.update(readFileSync(`${path}.wal`))
  } catch {}
  return hash.digest('hex')
}
const version = async (path: string) => {
  const store = await openStore(path, { readOnly: true }).catch((error: unknown) => error)
  if (store instanceof StoreError) return store.code
  throw new Error('expected a refusal')
}

describe('store versions', () => {
  it('upgrades a store of schema 1 in one transaction, its submissions and reports unchanged', async () => {
    const path = join(dir, 'v1.duckdb')
    await writeVersion1Store(path, files)
    // Read-only, an older store is refused untouched, with how to upgrade it.
    const before = fingerprint(path)
    const refused = await openStore(path, { readOnly: true }).catch((error: unknown) => error)
    expect(refused).toMatchObject({ code: 'store_older' })
    expect((refused as StoreError).hint.en).toContain('open it once for writing')
    expect(fingerprint(path)).toBe(before)

    const store = await openStore(path)
    const held = await store.submissions()
    expect(held.map((s) => [s.id, s.name, s.kind, s.tiendoVersion, s.pack])).toEqual([
      [1, 'so-lieu.csv', undefined, undefined, undefined],
      [2, 'san-pham.csv', 'records', undefined, undefined],
    ])
    expect(held[0]!.ingestedAt).toBe('2025-01-02T03:04:05.000Z')
    const recorded = await store.connection.runAndReadAll(
      `SELECT value FROM tiendo_store WHERE key = 'schema_version'`,
    )
    expect(recorded.getRowsJS()).toEqual([[String(STORE_SCHEMA_VERSION)]])
    const fromStore = await runPipeline({ ...options, sources: await store.sources() })
    // Content held before the upgrade is still recognised; new submissions record their Tiendo.
    expect((await store.ingest(observations)).skipped).toBe(true)
    store.close()
    const fromFiles = await runPipeline({
      ...options,
      sources: [{ path: observations }, { path: records, kind: 'records' }],
    })
    expect(fromFiles.evaluation?.results.length).toBeGreaterThan(10)
    // The store names its files as they were given to it.
    const named = reportToJson(fromFiles, { lang: 'en' })
      .replaceAll(observations, 'so-lieu.csv')
      .replaceAll(records, 'san-pham.csv')
    expect(reportToJson(fromStore, { lang: 'en' })).toBe(named)
  })

  it('marks, on upgrade, the figures that later submissions of a schema-1 store corrected', async () => {
    const header = 'indicator,unit,period,value\n'
    const first = join(dir, 'quy-1.csv')
    const corrected = join(dir, 'quy-1-sua.csv')
    writeFileSync(
      first,
      `${header}smartphone_user_rate,58,2024,87.5\nhousehold_fibre_rate,58,2024,81.7\n`,
    )
    writeFileSync(corrected, `${header}smartphone_user_rate,58,2024,88.1\n`)
    const path = join(dir, 'v1-corrected.duckdb')
    await writeVersion1Store(path, [
      { path: first, name: 'quy-1.csv' },
      { path: corrected, name: 'quy-1-sua.csv' },
    ])
    const store = await openStore(path)
    const history = await figureHistory(store, { unit: '58' })
    store.close()
    expect(history.map((f) => [f.indicator, f.value, f.submission, f.supersededBy])).toEqual([
      ['household_fibre_rate', '81.7', 1, undefined],
      ['smartphone_user_rate', '87.5', 1, 2],
      ['smartphone_user_rate', '88.1', 2, undefined],
    ])
  })

  it('leaves a store of schema 1 as it was when its upgrade fails half-way', async () => {
    // A store someone altered by hand: the second step of the upgrade fails (the column is there).
    const path = join(dir, 'v1-altered.duckdb')
    await writeVersion1Store(path, files, ['ALTER TABLE submissions ADD COLUMN pack_id VARCHAR'])
    const refused = await openStore(path).catch((error: unknown) => error)
    expect(refused).toMatchObject({ code: 'store_unopenable' })
    expect((refused as StoreError).text.en).toContain('could not be upgraded from schema 1 to')
    expect((refused as StoreError).text.en).toContain('pack_id')
    // The first step (tiendo_version) was rolled back with the rest; the version is still 1.
    expect(await version(path)).toBe('store_older')
    const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' })
    const connection = await DuckDBConnection.create(instance)
    const columns = await connection.runAndReadAll(
      `SELECT column_name FROM duckdb_columns() WHERE table_name = 'submissions' ORDER BY column_index`,
    )
    connection.closeSync()
    instance.closeSync()
    expect(columns.getRowsJS().flat()).toEqual([
      ...['id', 'content_hash', 'name', 'kind', 'bytes', 'items', 'ingested_at', 'pack_id'],
    ])
  })

  it('refuses a newer store, read-only or not, and leaves its bytes as they were', async () => {
    const path = join(dir, 'newer.duckdb')
    const store = await openStore(path)
    await store.ingest(observations)
    await store.connection.run(`UPDATE tiendo_store SET value = '99' WHERE key = 'schema_version'`)
    store.close()
    const before = fingerprint(path)
    for (const readOnly of [false, true]) {
      const refused = await openStore(path, { readOnly }).catch((error: unknown) => error)
      expect(refused).toMatchObject({ code: 'store_newer' })
      expect((refused as StoreError).text.en).toContain('schema 99')
    }
    expect(fingerprint(path)).toBe(before)
  })
})
