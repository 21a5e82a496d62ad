import type { Observation, SourceLocation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { isTiendoIssue } from '../issue'
import { LocaleEvidence } from '../numbers/locale-evidence'
import type { NumberLocale } from '../numbers/parse-decimal-cell'
import { cellLocation, type RawRow, type RowItem } from '../rows/raw-row'
import { convertRow, type NumberWatcher } from './convert-row'
import { checkHeader, unknownKeyIssue } from './header-check'
import {
  type EntitySpec,
  OBSERVATION_SPEC,
  type ObservationRow,
  RECORD_SPEC,
  type RecordRow,
} from './spec'
import { emptyStats, type ReadStats, tally } from './stats'

/** Options of {@link observationsFromRows}. */
export interface ObservationsFromRowsOptions {
  /** How numbers are written in the file. Defaults to `'default'` (see {@link NumberLocale}). */
  numberLocale?: NumberLocale | undefined
}

/**
 * Turns a stream of rows (from `readRows`, or any source of {@link RowItem}s) into
 * observations, passing the reader's issues through in order. A header that lacks a required
 * column is reported once and its rows are counted but not converted; each column (or JSON
 * key) Tiendo does not read is reported once as `unknown_column`. Without a number locale, a
 * file that shows a Vietnamese decimal comma also has its `363.558`-style numbers reported
 * as ambiguous, at the end. The generator's return value holds the {@link ReadStats}.
 * Pure: safe in browsers.
 */
export function observationsFromRows(
  items: AsyncIterable<RowItem>,
  options: ObservationsFromRowsOptions = {},
): AsyncGenerator<ObservationRow | TiendoIssue, ReadStats, undefined> {
  const locale = options.numberLocale ?? 'default'
  return entitiesFromRows(
    items,
    OBSERVATION_SPEC,
    locale,
    (observation: Observation, location) => ({
      observation,
      location,
    }),
  )
}

/**
 * Turns a stream of rows into records (such as completed DX products), with the same rules
 * as {@link observationsFromRows}. The generator's return value holds the {@link ReadStats}.
 * Pure: safe in browsers.
 */
export function recordsFromRows(
  items: AsyncIterable<RowItem>,
): AsyncGenerator<RecordRow | TiendoIssue, ReadStats, undefined> {
  return entitiesFromRows(items, RECORD_SPEC, 'default', (record: SubmittedRecord, location) => ({
    record,
    location,
  }))
}

async function* entitiesFromRows<T, Out>(
  items: AsyncIterable<RowItem>,
  spec: EntitySpec<T>,
  locale: NumberLocale,
  wrap: (value: T, location: SourceLocation) => Out,
): AsyncGenerator<Out | TiendoIssue, ReadStats, undefined> {
  const stats = emptyStats()
  const evidence = locale === 'default' ? new LocaleEvidence() : undefined
  const known = new Set<string>(spec.columns)
  const unknownReported = new Set<string>()
  let blocked = false
  let headed = false
  // One watcher for the whole file; it reads the row being converted from `current`.
  let current: RawRow | undefined
  const watcher: NumberWatcher | undefined = evidence
    ? (text, column, outcome) => {
        if (!current || (outcome === 'accepted' && !evidence.wants(text))) return
        const sighting = {
          text,
          location: cellLocation(current.location, column),
          context: {
            indicator: current.cells.indicator,
            unit: current.cells.unit,
            period: current.cells.period,
          },
        }
        if (outcome === 'comma') evidence.noteComma(sighting)
        else evidence.noteAccepted(sighting)
      }
    : undefined
  function* report(issues: Iterable<TiendoIssue>) {
    for (const issue of issues) {
      tally(stats, issue)
      yield issue
    }
  }
  for await (const item of items) {
    if (isTiendoIssue(item)) {
      yield* report([item])
      continue
    }
    if (item.kind === 'header') {
      headed = true
      const checked = checkHeader(item, spec)
      blocked ||= checked.blocked
      for (const column of checked.unknown) unknownReported.add(column)
      yield* report(checked.issues)
      continue
    }
    stats.rows++
    if (item.rejected || blocked) continue
    // A table's columns were all checked with its header; JSON objects each bring their own keys.
    if (!headed) {
      for (const key of Object.keys(item.cells)) {
        if (known.has(key) || unknownReported.has(key)) continue
        unknownReported.add(key)
        yield* report([unknownKeyIssue(key, item.location, spec)])
      }
    }
    current = item
    const result = convertRow(item, spec, locale, watcher)
    if (result.ok) {
      stats.accepted++
      yield wrap(result.value, item.location)
    } else {
      yield* report(result.issues)
    }
  }
  if (evidence) yield* report(evidence.issues())
  return stats
}
