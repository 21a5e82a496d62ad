/**
 * A store exactly as Tiendo's first store (schema 1) wrote it, made by code for the upgrade
 * tests: its tables as they were, its version row, and submissions ingested the way it
 * ingested them (no Tiendo version, no pack). Frozen: never change it with the live schema.
 */

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api'
import { readSourceRows } from '@tiendo/io'

const VERSION_1_TABLES = [
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
const CELLS = ['indicator', 'unit', 'period', 'value', 'kind', 'date', 'status'] as const

/**
 * Writes a schema-1 store at `path` holding `files` (path and name), in order, then runs
 * `extra` statements on it (to make a store someone altered).
 */
export async function writeVersion1Store(
  path: string,
  files: readonly { path: string; name: string; kind?: 'records' }[],
  extra: readonly string[] = [],
): Promise<void> {
  const instance = await DuckDBInstance.create(path)
  const connection = await DuckDBConnection.create(instance)
  for (const sql of VERSION_1_TABLES) await connection.run(sql)
  await connection.run(`INSERT INTO tiendo_store VALUES ('schema_version', '1')`)
  let id = 0
  for (const file of files) {
    const bytes = readFileSync(file.path)
    const hash = createHash('sha256').update(bytes).digest('hex')
    id++
    let seq = 0
    const appender = await connection.createAppender('row_items')
    for await (const item of readSourceRows({ name: file.name, bytes })) {
      const kind =
        'kind' in item && (item.kind === 'row' || item.kind === 'header') ? item.kind : 'issue'
      const cells =
        kind === 'row' ? (item as { cells: Record<string, string | undefined> }).cells : {}
      appender.appendInteger(id)
      appender.appendInteger(seq++)
      appender.appendVarchar(kind)
      appender.appendVarchar(JSON.stringify(item))
      for (const cell of CELLS) {
        const value = cells[cell]
        if (value === undefined) appender.appendNull()
        else appender.appendVarchar(value)
      }
      appender.endRow()
    }
    appender.closeSync()
    await connection.run(
      `INSERT INTO submissions VALUES ($1, $2, $3, $4, $5, $6, TIMESTAMP '2025-01-02 03:04:05')`,
      [id, hash, file.name, file.kind ?? null, bytes.length, seq],
    )
  }
  for (const sql of extra) await connection.run(sql)
  connection.closeSync()
  instance.closeSync()
}
