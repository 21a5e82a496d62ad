/**
 * The tables of a store, in DuckDB's SQL (the same runs on MotherDuck): one row per
 * submission, recognised by its content's hash and recorded with who ingested it under which
 * pack, and every item its reader gave (header, rows, issues) in order, whole as JSON for an
 * exact replay, with the cells SQL asks about most as columns of their own. Rows are only
 * ever appended: a correction is a later submission, never an update. @internal
 */

/**
 * The version of these tables, kept in `tiendo_store`. 2 added `tiendo_version`, `pack_id`
 * and `pack_version` to `submissions` (see `store-migrations.ts`).
 */
export const STORE_SCHEMA_VERSION = 2

/** The statements that make the tables of an empty store. */
export const CREATE_TABLES = [
  `CREATE TABLE tiendo_store (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE submissions (
    id INTEGER PRIMARY KEY,
    content_hash VARCHAR NOT NULL UNIQUE,
    name VARCHAR NOT NULL,
    kind VARCHAR,
    bytes BIGINT NOT NULL,
    items INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL,
    tiendo_version VARCHAR,
    pack_id VARCHAR,
    pack_version VARCHAR
  )`,
  `CREATE TABLE row_items (
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

/**
 * A row of an earlier submission is superseded when a later submission holds a row for the
 * same indicator, unit and period (a corrected figure): evaluation reads the latest only,
 * history shows both. `r` is the earlier row, `l` the later. Records (no indicator) are
 * never superseded: each is a fact of its own, and evaluation reports a repeated one.
 */
export const LATER_SAME_FIGURE = `l.item = 'row' AND l.submission > r.submission
  AND l.indicator = r.indicator AND l.unit = r.unit AND l.period = r.period`
