import type { TiendoIssue } from '@tiendo/schema'
import { flatten } from './batches'
import { collect, DEFAULT_MAX_ISSUES } from './convert/collect'
import { recordBatchesFromRows } from './convert/from-rows'
import type { RecordRow } from './convert/spec'
import type { ReadStats } from './convert/stats'
import { type ReadRowsOptions, readRowBatches } from './read-rows'

/** Options of {@link readRecordFile}. */
export interface ReadRecordFileOptions extends ReadRowsOptions {
  /**
   * Most issues kept in the result; later ones are counted in `stats` only, after one
   * `too_many_issues` warning. Defaults to 10 000.
   */
  maxIssues?: number | undefined
}

/** Everything read from one record file. */
export interface RecordFileResult {
  /** The rows that are valid records, in file order. */
  records: RecordRow[]
  issues: TiendoIssue[]
  stats: ReadStats
}

/**
 * Reads the records of a file (such as completed DX products: columns `kind`, `unit`,
 * `date`, `status`, `title`, and optionally `id`, `evidence`, `source`, `note`), one at a
 * time with their locations, checked against `RecordSchema`. Problems are yielded as issues,
 * never thrown. The generator's return value holds the {@link ReadStats}.
 */
export function readRecords(
  file: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<RecordRow | TiendoIssue, ReadStats, undefined> {
  return flatten(readRecordBatches(file, options), options.signal)
}

/**
 * The items of {@link readRecords} in batches as they are read (a CSV file's records by the
 * piece of text they came in), in the same order: for callers reading hundreds of thousands
 * of rows, one promise per batch rather than per row. The return value holds the
 * {@link ReadStats}.
 */
export function readRecordBatches(
  file: string,
  options: ReadRowsOptions = {},
): AsyncGenerator<(RecordRow | TiendoIssue)[], ReadStats, undefined> {
  return recordBatchesFromRows(readRowBatches(file, options))
}

/** Reads a whole record file into memory: its valid records, its issues and counts. */
export async function readRecordFile(
  file: string,
  options: ReadRecordFileOptions = {},
): Promise<RecordFileResult> {
  const { items, issues, stats } = await collect(
    readRecords(file, options),
    options.maxIssues ?? DEFAULT_MAX_ISSUES,
  )
  return { records: items, issues, stats }
}
