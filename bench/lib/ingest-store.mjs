/**
 * `node bench/lib/ingest-store.mjs STORE OBSERVATIONS RECORDS`: ingests the two files into a
 * DuckDB store (`@tiendo/duckdb`) without evaluating them, for the `store` scenario.
 */
import { openStore } from '@tiendo/duckdb'

const [path, observations, records] = process.argv.slice(2)
const store = await openStore(path)
try {
  await store.ingest(observations, { kind: 'observations' })
  await store.ingest(records, { kind: 'records' })
} finally {
  store.close()
}
