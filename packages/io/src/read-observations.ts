import type { TiendoIssue } from '@tiendo/schema'
import { flatten } from './batches'
import { collect, DEFAULT_MAX_ISSUES } from './convert/collect'
import { observationBatchesFromRows } from './convert/from-rows'
import type { ObservationRow } from './convert/spec'
import type { ReadStats } from './convert/stats'
import type { NumberLocale } from './numbers/parse-decimal-cell'
import { type ReadRowsOptions, readRowBatches } from './read-rows'

/** Options of {@link readObservations}. */
export interface ReadObservationsOptions extends ReadRowsOptions {
  /**
   * How numbers are written in the file: `'vi'` reads `87,5` as 87.5 and `363.558` as
   * 363558 (the CLI's `--number-locale vi`). Defaults to `'default'`: `.` decimal mark, no
   * thousands separators, and anything ambiguous refused with a hint.
   */
  numberLocale?: NumberLocale | undefined
}

/** Options of {@link readObservationFile}. */
export interface ReadObservationFileOptions extends ReadObservationsOptions {
  /**
   * Most issues kept in the result; later ones are counted in `stats` only, after one
   * `too_many_issues` warning. Defaults to 10 000.
   */
  maxIssues?: number | undefined
}

/** Everything read from one observation file. */
export interface ObservationFileResult {
  /** The rows that are valid observations, in file order. */
  observations: ObservationRow[]
  /** Every problem found, in file order (number-format doubts about the whole file last). */
  issues: TiendoIssue[]
  stats: ReadStats
}

/**
 * Reads the observations of a CSV, NDJSON, JSON or XLSX file, one at a time, each with its
 * source location; problems are yielded as issues in file order, never thrown. CSV and
 * NDJSON stream in bounded memory. Rows are checked against `ObservationSchema`; references
 * (do the indicator and unit exist in the pack?) are checked later, by `validate`. A file
 * holding only some indicators, or only a header, is valid. The generator's return value
 * holds the {@link ReadStats}.
 *
 * @example
 * for await (const item of readObservations('quy-3.csv', { numberLocale: 'vi' })) {
 *   if (isTiendoIssue(item)) report(item)
 *   else dataset.add(item.observation)
 * }
 */
export function readObservations(
  file: string,
  options: ReadObservationsOptions = {},
): AsyncGenerator<ObservationRow | TiendoIssue, ReadStats, undefined> {
  return flatten(readObservationBatches(file, options), options.signal)
}

/**
 * The items of {@link readObservations} in batches as they are read (a CSV file's rows by the
 * piece of text they came in), in the same order: for callers reading hundreds of thousands
 * of rows, one promise per batch rather than per row. The return value holds the
 * {@link ReadStats}.
 */
export function readObservationBatches(
  file: string,
  options: ReadObservationsOptions = {},
): AsyncGenerator<(ObservationRow | TiendoIssue)[], ReadStats, undefined> {
  return observationBatchesFromRows(readRowBatches(file, options), options)
}

/**
 * Reads a whole observation file into memory: its valid observations, its issues and
 * counts. For files too large to hold, iterate {@link readObservations} instead.
 */
export async function readObservationFile(
  file: string,
  options: ReadObservationFileOptions = {},
): Promise<ObservationFileResult> {
  const { items, issues, stats } = await collect(
    readObservations(file, options),
    options.maxIssues ?? DEFAULT_MAX_ISSUES,
  )
  return { observations: items, issues, stats }
}
