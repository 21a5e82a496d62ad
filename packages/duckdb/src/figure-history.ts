/**
 * Every figure a store was ever given for a unit or an indicator, corrected ones included:
 * which submission gave it, where in its file, and which later submission superseded it.
 * Nothing is deleted by ingest, so this is the whole history.
 */

import type { SourceLocation } from '@tiendo/schema'
import type { TiendoStore } from './tiendo-store'

/** Which figures {@link figureHistory} gives: at least one of `unit` and `indicator`. */
export interface FigureHistoryQuery {
  /** A unit's code as the files write it, such as `58`. */
  readonly unit?: string | undefined
  /** An indicator's id, such as `ty_le_dvc_truc_tuyen`. */
  readonly indicator?: string | undefined
}

/** One figure as a submission gave it. */
export interface StoredFigure {
  readonly indicator: string
  readonly unit: string
  readonly period: string
  /** The value as written in the file (an exact decimal as text), or `undefined` when blank. */
  readonly value: string | undefined
  /** The row's `status` cell (such as `estimated`), when it has one. */
  readonly status: string | undefined
  /** The submission that gave it. */
  readonly submission: number
  /** Where in that submission's file. */
  readonly location: SourceLocation | undefined
  /** The first later submission giving the same indicator, unit and period; `undefined` while it is the figure evaluation uses. */
  readonly supersededBy: number | undefined
}

/**
 * The figures given for a unit and/or an indicator, in indicator, unit, period and then
 * submission order: for each period the superseded figures first, the current one last.
 */
export async function figureHistory(
  store: TiendoStore,
  query: FigureHistoryQuery,
): Promise<StoredFigure[]> {
  const reader = await store.connection.runAndReadAll(
    `SELECT r.indicator, r.unit, r.period, r.value, r.status, r.submission,
       json_extract(r.payload, '$.location') AS location, x.by_submission
     FROM row_items r
     LEFT JOIN superseded x ON x.submission = r.submission AND x.seq = r.seq
     WHERE r.item = 'row' AND r.indicator IS NOT NULL AND r.unit IS NOT NULL
       AND r.period IS NOT NULL
       AND ($1::VARCHAR IS NULL OR r.unit = $1) AND ($2::VARCHAR IS NULL OR r.indicator = $2)
     ORDER BY r.indicator, r.unit, r.period, r.submission, r.seq`,
    [query.unit ?? null, query.indicator ?? null],
  )
  return reader.getRowsJS().map(([indicator, unit, period, value, status, id, at, by]) => ({
    indicator: String(indicator),
    unit: String(unit),
    period: String(period),
    value: value === null ? undefined : String(value),
    status: status === null ? undefined : String(status),
    submission: Number(id),
    location: at === null ? undefined : (JSON.parse(String(at)) as SourceLocation),
    supersededBy: by === null ? undefined : Number(by),
  }))
}
