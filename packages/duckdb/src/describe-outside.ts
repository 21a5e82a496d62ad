/**
 * What a submission's rows outside a part of the unit tree say, summed up by the database
 * (core's `collectDataOutside` takes it in): which groups of units report each indicator
 * and record kind (units of a group report the same kinds), the periods of the figures, the
 * dates of the records. A province's run over a national store reads its own rows and a few
 * hundred lines of these sums, never the country's rows. @internal
 */

import type { DuckDBConnection } from '@duckdb/node-api'
import type { DataOutsideCollector } from '@tiendo/core'
import { codesText, splitCodes } from './code-list'

/**
 * The submission's rows naming a code outside (with the code's group), less those a later
 * submission superseded, if any (the test costs the query half its time: left out when
 * there are none). Parameters: the submission, the codes outside, their groups.
 */
const outsideRows = (superseded: boolean) => `WITH outside AS (
    SELECT unnest(${splitCodes(2)}) AS code, CAST(unnest(${splitCodes(3)}) AS INTEGER) AS grp
  )
  SELECT r.indicator, r.period, r.kind, r.date, o.grp
  FROM row_items r JOIN outside o ON o.code = r.unit
  WHERE r.submission = $1 AND r.item = 'row'${
    superseded
      ? `
    AND NOT EXISTS (SELECT 1 FROM superseded x WHERE x.submission = $1 AND x.seq = r.seq)`
      : ''
  }`

/** @internal */
export async function describeOutside(
  connection: DuckDBConnection,
  submission: number,
  outsideCodes: ReadonlySet<string>,
  collect: DataOutsideCollector,
  /** What the submission holds, when known: the other kind's sums are not asked for. */
  kind?: 'observations' | 'records',
): Promise<void> {
  if (outsideCodes.size === 0) return
  const { codes, groups, firsts } = collect.groupCodes(outsideCodes)
  const superseded = await connection.runAndReadAll(
    'SELECT 1 FROM superseded WHERE submission = $1 LIMIT 1',
    [submission],
  )
  const OUTSIDE_ROWS = outsideRows(superseded.currentRowCount > 0)
  const rows = async (sql: string, more: unknown[] = []) => {
    const params = [submission, codesText(codes), groups.join(','), ...more]
    return (await connection.runAndReadAll(sql, params as never)).getRowsJS()
  }
  // Figures: each indicator's periods, by group (indicators × groups × periods: a few thousand).
  const figures =
    kind === 'records'
      ? []
      : await rows(
          `SELECT DISTINCT o.indicator, o.grp, o.period FROM (${OUTSIDE_ROWS}) o
     WHERE o.indicator IS NOT NULL AND o.period IS NOT NULL`,
        )
  for (const [indicator, group, period] of figures) {
    // Judged here as the rows' own checks judge them: a unit reports with a period that counts.
    if (!collect.periodCounts(String(period))) continue
    collect.observedUnit(String(indicator), firsts[Number(group)]!)
    collect.observedPeriod(String(indicator), String(period))
  }
  const records =
    kind === 'observations'
      ? []
      : await rows(
          `SELECT o.kind, o.grp, min(o.date), max(o.date) FROM (${OUTSIDE_ROWS}) o
     WHERE o.kind IS NOT NULL AND regexp_full_match(o.date, '[0-9]{4}-[0-9]{2}-[0-9]{2}')
       AND o.date <= $4
     GROUP BY o.kind, o.grp`,
          [collect.today],
        )
  for (const [kind, group, first, last] of records) {
    collect.recorded(String(kind), firsts[Number(group)]!, String(first), String(last))
  }
}
