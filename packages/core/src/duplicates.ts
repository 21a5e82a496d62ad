/**
 * Duplicates are never resolved silently: the same indicator × unit × period twice with
 * the same figure is a warning (one copy is kept, nothing is lost), with different figures
 * an error (neither is used until someone decides). Both point at every location involved.
 * @internal
 */

import type { SourceLocation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { type DataPoint, showValue } from './data-point'
import { coreIssue } from './issues/core-issue'
import type { LocatedValue, RecordFields } from './issues/core-issue-fields'

function locations(points: readonly DataPoint[]): SourceLocation[] {
  return points.flatMap((point) => (point.location === undefined ? [] : [point.location]))
}

/** The second copy of a figure already seen. @internal */
export function duplicateObservation(first: DataPoint, copy: DataPoint): TiendoIssue {
  const { indicator, unit, period } = copy
  return coreIssue(
    'duplicate_observation',
    { value: showValue(copy) },
    { location: copy.location, related: locations([first]), indicator, unit, period },
  )
}

/** Different figures for the same indicator × unit × period. @internal */
export function conflictingObservation(
  earlier: readonly DataPoint[],
  latest: DataPoint,
): TiendoIssue {
  const { indicator, unit, period } = latest
  const values = [...earlier, latest].map(
    (point): LocatedValue =>
      point.location === undefined
        ? { value: showValue(point) }
        : { value: showValue(point), location: point.location },
  )
  return coreIssue(
    'conflicting_observation',
    { values },
    { location: latest.location, related: locations(earlier), indicator, unit, period },
  )
}

/** A record submitted twice (`duplicate_record`), or twice under one id with different content (`conflicting_record`). @internal */
export function recordIssue(
  code: 'duplicate_record' | 'conflicting_record',
  record: SubmittedRecord,
  unit: string,
  location: SourceLocation | undefined,
  first: SourceLocation | undefined,
): TiendoIssue {
  const fields: RecordFields = {
    kind: String(record.kind),
    ...(record.id === undefined ? {} : { id: record.id }),
    title: record.title,
    date: record.date,
  }
  return coreIssue(code, fields, {
    location,
    related: first === undefined ? undefined : [first],
    unit,
  })
}
