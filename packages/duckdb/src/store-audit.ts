/**
 * Whether a store holds whole submissions only, as the database itself counts them: each
 * submission's items against the number recorded when it was committed, and any item that
 * belongs to no submission. Ingest commits a file in one transaction, so after any crash
 * this finds every submission complete and nothing stray; it is how `tiendo history` says so.
 */

import type { TiendoStore } from './tiendo-store'

/** What {@link auditStore} found. */
export interface StoreAudit {
  /** Each submission's id with the items stored for it and whether they are all there. */
  readonly submissions: readonly {
    readonly id: number
    readonly storedItems: number
    readonly complete: boolean
  }[]
  /** Items of no recorded submission (left by an interrupted write; 0 in a sound store). */
  readonly strayItems: number
}

/** Counts each submission's items in the store. */
export async function auditStore(store: TiendoStore): Promise<StoreAudit> {
  const counted = await store.connection.runAndReadAll(
    `SELECT s.id, s.items, count(r.seq) FROM submissions s
     LEFT JOIN row_items r ON r.submission = s.id
     GROUP BY s.id, s.items ORDER BY s.id`,
  )
  const stray = await store.connection.runAndReadAll(
    `SELECT count(*) FROM row_items r
     WHERE NOT EXISTS (SELECT 1 FROM submissions s WHERE s.id = r.submission)`,
  )
  return {
    submissions: counted.getRowsJS().map(([id, items, stored]) => ({
      id: Number(id),
      storedItems: Number(stored),
      complete: Number(stored) === Number(items),
    })),
    strayItems: Number(stray.getRowsJS()[0]![0]),
  }
}
