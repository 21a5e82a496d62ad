import type { TiendoIssue } from '@tiendo/schema'
import { flatten } from './batches'
import { type ObservationsFromRowsOptions, observationBatchesFromRows } from './convert/from-rows'
import type { ObservationRow } from './convert/spec'
import type { ReadStats } from './convert/stats'
import { readSourceRowBatches } from './read-source-rows'
import type { DataSource } from './source/data-source'
import type { ReadSourceOptions } from './source/read-content'

/** Options of {@link readSourceObservations}. */
export interface ReadSourceObservationsOptions
  extends ReadSourceOptions,
    ObservationsFromRowsOptions {}

/**
 * Reads the observations of data in memory or in a stream (text, bytes, a `Blob` or `File`,
 * byte chunks), exactly as `readObservations` reads a file of the same content: each
 * observation with its location (`source.name` as the file), problems as issues in order,
 * never thrown. Runs in browsers. The generator's return value holds the {@link ReadStats}.
 * See `readSourceRows` for formats, memory and limits.
 *
 * @example
 * // A browser upload, checked as the CLI checks the file:
 * const observations = []
 * const issues = []
 * for await (const item of readSourceObservations({ name: file.name, blob: file })) {
 *   if (isTiendoIssue(item)) issues.push(item)
 *   else observations.push(item.observation)
 * }
 */
export function readSourceObservations(
  source: DataSource,
  options: ReadSourceObservationsOptions = {},
): AsyncGenerator<ObservationRow | TiendoIssue, ReadStats, undefined> {
  return flatten(readSourceObservationBatches(source, options), options.signal)
}

/**
 * The items of {@link readSourceObservations} in batches as they are read, in the same
 * order: a promise per batch rather than per row. The return value holds the
 * {@link ReadStats}.
 */
export function readSourceObservationBatches(
  source: DataSource,
  options: ReadSourceObservationsOptions = {},
): AsyncGenerator<(ObservationRow | TiendoIssue)[], ReadStats, undefined> {
  return observationBatchesFromRows(readSourceRowBatches(source, options), options)
}
