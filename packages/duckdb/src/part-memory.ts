/**
 * How much memory DuckDB is given while it reads one part of the unit tree. Its buffer pool
 * fills up to its limit with the blocks a query scans, so a province's read out of a national
 * store would hold the whole default (256 MB) though the province's rows need a fraction of
 * it: a part's read gets what its rows need, between 64 MB and the default. The whole
 * store's read, and ingesting, keep the default (a 32× country's sorted read back ran out of
 * 64 MB). @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api'
import type { UnitScope } from '@tiendo/core'

/** DuckDB's limit when nobody sets one: what ingesting and reading a whole store need. */
export const DEFAULT_MEMORY_LIMIT = '256MB'

/** Bytes of DuckDB's memory a row kept costs in a part's read (its payload, sorted by order). */
const BYTES_PER_ROW = 300

const MB = 1024 * 1024

/** @internal */
export function partMemoryLimit(items: number, scope: UnitScope): string {
  // The part's share of the rows, guessed from its share of the codes, then doubled: a
  // province's communes do not all report as much as the country's average unit.
  const inside = scope.units.length
  const share = inside / Math.max(1, inside + scope.outsideCodes.size)
  const bytes = items * share * 2 * BYTES_PER_ROW
  return `${Math.round(Math.min(256, Math.max(64, bytes / MB)))}MB`
}

/**
 * Sets DuckDB's limit to `limit` (when given) and returns what puts the default back. Reads of
 * a store run one after another (the pipeline reads its sources in turn); a read of a whole
 * store alongside a part's would be held to the part's limit.
 */
export async function limitMemory(
  connection: DuckDBConnection,
  limit: string | undefined,
): Promise<() => Promise<void>> {
  if (limit === undefined) return async () => {}
  await connection.run(`SET memory_limit = '${limit}'`)
  return async () => {
    await connection.run(`SET memory_limit = '${DEFAULT_MEMORY_LIMIT}'`)
  }
}

/** `read`'s rows, with DuckDB's limit at `limit` while they are read. */
export async function* withMemoryLimit<T>(
  connection: DuckDBConnection,
  limit: string | undefined,
  read: () => AsyncGenerator<T, void, undefined>,
): AsyncGenerator<T, void, undefined> {
  const restore = await limitMemory(connection, limit)
  try {
    yield* read()
  } finally {
    await restore()
  }
}
