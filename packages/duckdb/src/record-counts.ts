/**
 * Counts of records computed by the database, not in memory: how many records of a kind each
 * unit (as its rows name it) has per year, with the statuses asked for. What the annual quota
 * rules count, pushed down as one `GROUP BY` over every submission.
 */

import { listValue } from '@duckdb/node-api'
import type { TiendoStore } from './tiendo-store'

/** One count: a unit reference as written, a year, and how many records it has then. */
export interface RecordCount {
  readonly unit: string
  readonly year: string
  readonly count: number
}

/** Which records {@link recordCounts} counts. */
export interface RecordCountsQuery {
  readonly kind: string
  /** Only these statuses, e.g. `['completed']`. Defaults to every status. */
  readonly statuses?: readonly string[] | undefined
}

/**
 * The records of a kind per unit and year (the first four characters of their ISO date), in
 * unit then year order. Rows are counted as stored: a duplicate row is counted twice here,
 * while evaluation reports it and counts it once.
 */
export async function recordCounts(
  store: TiendoStore,
  query: RecordCountsQuery,
): Promise<RecordCount[]> {
  const statuses = query.statuses === undefined ? null : [...query.statuses]
  const reader = await store.connection.runAndReadAll(
    `SELECT unit, substr(date, 1, 4) AS year, count(*) AS n
     FROM row_items
     WHERE item = 'row' AND kind = $1 AND unit IS NOT NULL AND date IS NOT NULL
       AND ($2::VARCHAR[] IS NULL OR list_contains($2::VARCHAR[], status))
     GROUP BY ALL ORDER BY unit, year`,
    [query.kind, statuses === null ? null : listValue(statuses)],
  )
  return reader.getRowsJS().map(([unit, year, n]) => ({
    unit: String(unit),
    year: String(year),
    count: Number(n),
  }))
}
