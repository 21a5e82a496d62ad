/**
 * The tables of a store, in DuckDB's SQL (the same runs on MotherDuck): one row per
 * submission, recognised by its content's hash and recorded with who ingested it under which
 * pack, and every item its reader gave (header, rows, issues) in order, whole as JSON for an
 * exact replay, with the cells SQL asks about most as columns of their own. Rows are only
 * ever appended: a correction is a later submission, never an update. @internal
 */

/**
 * The version of these tables, kept in `tiendo_store`. 2 added `tiendo_version`, `pack_id`
 * and `pack_version` to `submissions`, and `superseded` (see `store-migrations.ts`).
 */
export const STORE_SCHEMA_VERSION = 2

/**
 * Which rows a later submission superseded, and by which: written in the transaction that
 * ingests the later one, so nothing earlier is ever updated; evaluation leaves these rows out.
 */
const SUPERSEDED_TABLE = `CREATE TABLE superseded (
    submission INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    by_submission INTEGER NOT NULL
  )`

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
  SUPERSEDED_TABLE,
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

/** A figure's key: the row's indicator, unit and period, all given. */
const FIGURE = `item = 'row' AND indicator IS NOT NULL AND unit IS NOT NULL AND period IS NOT NULL`

/**
 * A row of an earlier submission is superseded when a later submission holds a row for the
 * same indicator, unit and period (a corrected figure): evaluation reads the latest only,
 * history shows both. Records (no indicator) are never superseded: each is a fact of its
 * own, and evaluation reports a repeated one. Run when submission `$1` is ingested, in its
 * transaction: the earlier rows it supersedes, unless an earlier correction did already.
 */
export const SUPERSEDE_EARLIER = `INSERT INTO superseded
  SELECT r.submission, r.seq, $1 FROM row_items r
  JOIN (SELECT DISTINCT indicator, unit, period FROM row_items WHERE submission = $1 AND ${FIGURE}) l
    ON l.indicator = r.indicator AND l.unit = r.unit AND l.period = r.period
  WHERE r.submission < $1 AND r.item = 'row'
    AND NOT EXISTS (SELECT 1 FROM superseded x WHERE x.submission = r.submission AND x.seq = r.seq)`

/** The same for every submission of a store at once (an upgrade): each row's first later one. */
export const SUPERSEDE_ALL = `INSERT INTO superseded
  SELECT r.submission, r.seq, min(l.submission) FROM row_items r
  JOIN row_items l ON l.indicator = r.indicator AND l.unit = r.unit AND l.period = r.period
    AND l.submission > r.submission AND l.item = 'row'
  WHERE r.item = 'row'
  GROUP BY r.submission, r.seq`

/** The `superseded` table, for the upgrade from schema 1. */
export const CREATE_SUPERSEDED = SUPERSEDED_TABLE
