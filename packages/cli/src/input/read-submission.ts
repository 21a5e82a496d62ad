import { resolve } from 'node:path'
import type { Dataset, LocatedObservation, LocatedRecord, UnitRegistry } from '@tiendo/core'
import { createDataset, createUnitRegistry } from '@tiendo/core'
import type { ReadObservationsOptions, ReadStats, ValidationStats } from '@tiendo/io'
import {
  CANNOT_READ_CODES,
  exceededLimit,
  isTiendoIssue,
  readObservationBatches,
  readRecordBatches,
  readRows,
} from '@tiendo/io'
import type { RowCheck } from '@tiendo/rules'
import { createRowChecker } from '@tiendo/rules'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import type { Progress } from '../progress'
import { IssueList } from './issue-list'

/** What to read: observation files, and files known to hold records. */
export interface SubmissionFiles {
  /** Files given as arguments: each is an observation or a record file, by its header. */
  readonly files: readonly string[]
  /** Files given with `--records`. */
  readonly records: readonly string[]
}

/** Everything read and checked row by row, indexed. */
export interface Submission {
  readonly issues: IssueList
  readonly stats: ValidationStats
  readonly dataset: Dataset
  readonly registry: UnitRegistry
  /**
   * Whether a file could not be read, or not wholly (the exit code is then 2): a missing or
   * garbled file, or one over a limit that stops reading (see {@link stopsReading}).
   */
  readonly cannotRead: boolean
  /** Each file read: what it held, and the indicators (or record kinds) it gave values of. */
  readonly files: readonly SubmittedFile[]
}

/** One file of a submission. */
export interface SubmittedFile {
  readonly file: string
  readonly kind: 'observations' | 'records'
  /** Indicator ids (observation files) or record kinds (record files) found in it. */
  readonly ids: ReadonlySet<string>
}

/**
 * Reads every file (streaming CSV and NDJSON), checks each row against the pack as it comes
 * (`createRowChecker`: indicators, bounds, nothing in the future), keeps only the rows that
 * name something in the pack, and indexes them (`createDataset`: units valid in the period,
 * duplicates, conflicts). Issues beyond the list's cap are only counted.
 */
export async function readSubmission(
  input: SubmissionFiles,
  pack: Pack,
  options: {
    read: ReadObservationsOptions
    today: string
    progress: Progress
    /** The folder relative file names are read from (`run`'s `cwd`). */
    cwd: string
  },
): Promise<Submission> {
  const issues = new IssueList()
  const checker = createRowChecker(pack, { today: options.today })
  const observations: LocatedObservation[] = []
  const records: LocatedRecord[] = []
  const stats: ValidationStats = {
    files: 0,
    rows: 0,
    observations: 0,
    records: 0,
    errors: 0,
    warnings: 0,
  }
  let cannotRead = false
  const files: SubmittedFile[] = []
  const plan = [
    ...input.files.map((file) => ({ file, forced: false })),
    ...input.records.map((file) => ({ file, forced: true })),
  ]
  for (const { file, forced } of plan) {
    stats.files++
    // Read from `cwd`, but named as the user wrote it in every issue.
    const path = resolve(options.cwd, file)
    const read = { ...options.read, displayName: file }
    const kind = forced ? 'records' : await kindOf(path, read)
    // In batches: a promise per piece of the file rather than per row.
    const stream =
      kind === 'records' ? readRecordBatches(path, read) : readObservationBatches(path, read)
    let counts: ReadStats | undefined
    let rows = 0
    const ids = new Set<string>()
    files.push({ file, kind, ids })
    for (;;) {
      const next = await stream.next()
      if (next.done) {
        counts = next.value
        break
      }
      for (const item of next.value) {
        if (isTiendoIssue(item)) {
          if (stopsReading(item)) cannotRead = true
          issues.add(item)
          continue
        }
        rows++
        if (rows % 4096 === 0) options.progress.update(file, rows)
        let checked: RowCheck
        if ('record' in item) {
          checked = checker.record(item)
          if (checked.keep) records.push(item)
          ids.add(item.record.kind)
        } else {
          checked = checker.observation(item)
          if (checked.keep) observations.push(item)
          ids.add(item.observation.indicator)
        }
        for (const issue of checked.issues) issues.add(issue)
      }
    }
    stats.rows += counts?.rows ?? rows
    if (kind === 'records') stats.records += counts?.accepted ?? 0
    else stats.observations += counts?.accepted ?? 0
  }
  options.progress.done()
  const registry = createUnitRegistry(pack.units ?? [])
  const built = createDataset({ observations, records, units: registry })
  for (const issue of built.issues) issues.add(issue)
  return { issues, stats, dataset: built.dataset, registry, cannotRead, files }
}

/**
 * Whether a file holds records rather than observations, by its columns: a `kind` column
 * and no `indicator` one. Anything else is read as observations (whose reader then names
 * a missing column).
 */
async function kindOf(
  file: string,
  read: ReadObservationsOptions,
): Promise<'observations' | 'records'> {
  const rows = readRows(file, {
    sheet: read.sheet,
    limits: read.limits,
    displayName: read.displayName,
  })
  try {
    for await (const item of rows) {
      if (isTiendoIssue(item)) continue
      const columns = item.kind === 'header' ? item.columns : Object.keys(item.cells)
      return columns.includes('kind') && !columns.includes('indicator') ? 'records' : 'observations'
    }
  } finally {
    await rows.return(undefined)
  }
  return 'observations'
}

/**
 * Whether an issue of a reader means the file could not be read, or not to its end: a
 * missing or garbled file, or a limit that stopped reading (`maxFileBytes` or
 * `maxInMemoryBytes`: nothing read; `maxColumns`: no row; `maxRows` or a CSV record over
 * `maxCellChars × maxColumns`: not the rest). The data was not fully validated, so the
 * command could not do its job (exit code 2). A cell over `maxCellChars` only rejects its
 * row: that is bad data (exit code 1).
 */
export function stopsReading(issue: TiendoIssue): boolean {
  if ((CANNOT_READ_CODES as ReadonlySet<string>).has(issue.code)) return true
  return exceededLimit(issue)?.stoppedReading === true
}
