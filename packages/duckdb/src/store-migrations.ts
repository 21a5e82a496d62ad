/**
 * Upgrading a store written by an earlier Tiendo: each step's statements, run with the new
 * version number in one transaction, so a store is either upgraded whole or left as it was.
 * Steps only add: nothing a submission holds is rewritten. @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api'
import { CREATE_SUPERSEDED, STORE_SCHEMA_VERSION, SUPERSEDE_ALL } from './store-schema'

/** The statements that take a store from version `from` to `from + 1`. */
const STEPS: Readonly<Record<number, readonly string[]>> = {
  // 1 → 2: who ingested each submission, under which pack (unknown for earlier ones: NULL),
  // and which figures later submissions corrected (schema 1 reported them as conflicts).
  1: [
    'ALTER TABLE submissions ADD COLUMN tiendo_version VARCHAR',
    'ALTER TABLE submissions ADD COLUMN pack_id VARCHAR',
    'ALTER TABLE submissions ADD COLUMN pack_version VARCHAR',
    CREATE_SUPERSEDED,
    SUPERSEDE_ALL,
  ],
}

/** The oldest version a store can be upgraded from. */
export const OLDEST_UPGRADABLE = 1

/** Upgrades a store of version `from` to {@link STORE_SCHEMA_VERSION}, in one transaction. */
export async function upgradeStore(connection: DuckDBConnection, from: number): Promise<void> {
  await connection.run('BEGIN TRANSACTION')
  try {
    for (let version = from; version < STORE_SCHEMA_VERSION; version++) {
      for (const sql of STEPS[version] ?? []) await connection.run(sql)
    }
    await connection.run(`UPDATE tiendo_store SET value = $1 WHERE key = 'schema_version'`, [
      String(STORE_SCHEMA_VERSION),
    ])
    await connection.run('COMMIT')
  } catch (error) {
    await connection.run('ROLLBACK').catch(() => undefined)
    throw error
  }
}
