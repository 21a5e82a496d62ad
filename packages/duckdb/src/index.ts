/**
 * `@tiendo/duckdb`: a store of submissions beyond memory. Files are ingested once (by the
 * hash of their content), each in one transaction, into a DuckDB database — a file by
 * default, the same SQL on MotherDuck — and read back as sources of `runPipeline`, so
 * evaluating, assessing and reporting over the store give what they give over the files; a
 * corrected figure supersedes the earlier one, which stays in the store's history; counts of
 * records are computed by the database.
 */

export type { FigureHistoryQuery, StoredFigure } from './figure-history'
export { figureHistory } from './figure-history'
export type { IngestOptions, IngestResult } from './ingest'
export type { RecordCount, RecordCountsQuery } from './record-counts'
export { recordCounts } from './record-counts'
export type { StoreAudit } from './store-audit'
export { auditStore } from './store-audit'
export type { StoreErrorCode } from './store-error'
export { StoreError } from './store-error'
export { STORE_SCHEMA_VERSION } from './store-schema'
export type { OpenStoreOptions, StoredSubmission } from './tiendo-store'
export { openStore, TiendoStore } from './tiendo-store'
