/**
 * The tables of a store, in DuckDB's SQL (the same runs on MotherDuck): one row per
 * submission, recognised by its content's hash, and every item its reader gave (header,
 * rows, issues) in order, whole as JSON for an exact replay, with the cells SQL asks about
 * most as columns of their own. @internal
 */

/** The version of these tables, kept in `tiendo_store`. */
export const STORE_SCHEMA_VERSION = 1

/** The statements that make the tables of an empty store; harmless on a store that has them. */
export const CREATE_TABLES = [
  `CREATE TABLE IF NOT EXISTS tiendo_store (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS submissions (
    id INTEGER PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    name VARCHAR NOT NULL,
    kind VARCHAR,
    bytes BIGINT NOT NULL,
    items INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
  )`,
  `CREATE TABLE IF NOT EXISTS row_items (
    submission INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    item VARCHAR NOT NULL,
    payload VARCHAR NOT NULL,
    indicator VARCHAR,
    unit VARCHAR,
    period VARCHAR,
    value VARCHAR,
    kind VARCHAR,
    date VARCHAR,
    status VARCHAR
  )`,
]

/** The columns of `row_items`, in the order the appender fills them. */
export const ROW_ITEM_CELLS = [
  'indicator',
  'unit',
  'period',
  'value',
  'kind',
  'date',
  'status',
] as const
