/**
 * Reading a submission: every source in order, each row checked against the pack as it
 * comes and indexed into the dataset at once (a national file is never held as objects),
 * and what validation refuses quarantined — kept out of the dataset and of everything after
 * it, but listed by the issue that refused it. @internal
 */

import type {
  DataOutsideCollector,
  DatasetBuilder,
  LocatedObservation,
  LocatedRecord,
} from '@tiendo/core'
import { stopsReading } from '@tiendo/io/internal'
import { isTiendoIssue } from '@tiendo/io/parse'
import type { RowCheck, RowChecker } from '@tiendo/rules/internal'
import type { TiendoIssue } from '@tiendo/schema'
import type { PipelineProgress, Source, SourceKind } from '../run/options'
import type { IssueList } from './issue-list'
import { lateRefusalKey, mayBeRefusedLate, takeBackRows } from './late-refusals'
import { openSource, sourceName, sourceOptions } from './open-source'
import type { ReadContext, Readers } from './readers'
import type { RefusedRows } from './refused-rows'
import { RowsLeftOut } from './rows-left-out'
import { SameCellIssues } from './same-cell'
import type { ScopeFilter } from './scope-filter'
import type { CodeSuggester } from './suggest-codes'

/** One source as read. @internal */
export interface SourceRead {
  readonly name: string
  readonly kind: SourceKind
  /** Indicator ids (observations) or record kinds (records) it gave. */
  readonly ids: ReadonlySet<string>
  readonly source: Source
}

/** What was read; the rows kept are in the dataset builder. @internal */
export interface ReadSubmission {
  /** Rows validation did not refuse, each added to the dataset builder. */
  readonly kept: number
  readonly sources: readonly SourceRead[]
  readonly rows: number
  readonly observationRows: number
  readonly recordRows: number
  /**
   * Rows the readers refused before they became an observation or a record (a value that is
   * no number, a ragged CSV row, a file missing a required column): quarantined as well.
   */
  readonly unconverted: number
  /** A source could not be read, or not to its end. */
  readonly cannotRead: boolean
}

/** What reading needs besides the sources. @internal */
export interface ReadSubmissionOptions {
  readonly readers: Readers
  readonly context: Omit<ReadContext, 'numberLocale' | 'sheet'> & {
    readonly numberLocale: ReadContext['numberLocale']
  }
  readonly checker: RowChecker
  /** Takes in every row kept, in order. */
  readonly dataset: DatasetBuilder
  /** Takes in every row its checks refused, in order: never used, but its unit checked. */
  readonly refused: Pick<RefusedRows, 'push'>
  /** Names the code a refused indicator or unit cell most likely meant. Defaults to none. */
  readonly suggest?: CodeSuggester | undefined
  /** The part of the unit tree the run is limited to: rows of other units are left out unread. */
  readonly scope?: ScopeFilter | undefined
  /** Takes in what the rows left out say (with `scope`). */
  readonly outside?: DataOutsideCollector | undefined
  readonly issues: IssueList
  readonly onProgress?: ((progress: PipelineProgress) => void) | undefined
}

/** Rows between two progress reports. */
const PROGRESS_EVERY = 4096

/** @internal */
export async function readSubmission(
  sources: readonly Source[],
  options: ReadSubmissionOptions,
): Promise<ReadSubmission> {
  const { readers, checker, dataset, issues, scope, outside } = options
  const part =
    scope !== undefined && outside !== undefined ? { scope: scope.scope, outside } : undefined
  const suggest = options.suggest ?? ((issue: TiendoIssue) => issue)
  const read: SourceRead[] = []
  let kept = 0
  let rows = 0
  let observationRows = 0
  let recordRows = 0
  let unconverted = 0
  const refusedRows = options.refused
  let cannotRead = false
  // A row is refused when a check of the row itself found an error: it reaches nothing after.
  const refused = (check: RowCheck) =>
    !check.keep || check.issues.some((issue) => issue.severity === 'error')

  for (const source of sources) {
    const name = sourceName(source)
    const own = sourceOptions(source)
    const context: ReadContext = {
      ...options.context,
      numberLocale: own.numberLocale ?? options.context.numberLocale,
      sheet: own.sheet,
    }
    const opened = await openSource(source, readers, context, part)
    const ids = new Set<string>()
    read.push({ name, kind: opened.kind, ids, source })
    let counted = 0
    const leftOut = new RowsLeftOut()
    const refusedLate = new Set<string>()
    const sameCell = new SameCellIssues((issue) => issues.add(issue))
    // From the first row a later issue may refuse on, the source's rows wait for its end.
    let held: LocatedObservation[] | undefined
    let stats: Awaited<ReturnType<typeof opened.batches.next>>['value'] | undefined
    for (;;) {
      const next = await opened.batches.next()
      if (next.done) {
        stats = next.value
        break
      }
      for (const item of next.value) {
        if (isTiendoIssue(item)) {
          // A source not read whole leaves every part unchecked, whoever reports it.
          if (stopsReading(item)) cannotRead = true
          if (scope !== undefined && !scope.issue(item)) {
            leftOut.issue(item)
            continue
          }
          const late = lateRefusalKey(item)
          if (late !== undefined) refusedLate.add(late)
          if (!sameCell.holds(item)) issues.add(suggest(item))
          continue
        }
        if (
          scope !== undefined &&
          !('record' in item ? scope.record(item.record) : scope.observation(item.observation))
        ) {
          leftOut.item(item.location)
          if (outside !== undefined) tellOutside(outside, item)
          continue
        }
        counted++
        if (counted % PROGRESS_EVERY === 0) {
          options.onProgress?.({ stage: 'read', source: name, rows: counted })
        }
        let checked: RowCheck
        if ('record' in item) {
          checked = checker.record(item)
          ids.add(item.record.kind)
          recordRows++
          if (refused(checked)) refusedRows.push(item)
          else {
            dataset.addRecord(item)
            kept++
          }
        } else {
          checked = checker.observation(item)
          ids.add(item.observation.indicator)
          observationRows++
          if (refused(checked)) refusedRows.push(item)
          else {
            if (held === undefined && mayBeRefusedLate(item)) held = []
            if (held !== undefined) held.push(item)
            else dataset.addObservation(item)
            kept++
          }
        }
        sameCell.checked(item.location, checked.issues)
      }
    }
    sameCell.end(refusedLate)
    if (held !== undefined) {
      if (refusedLate.size > 0) {
        kept -= held.length
        takeBackRows(held, 0, refusedLate, refusedRows)
        kept += held.length
      }
      for (const row of held) dataset.addObservation(row)
    }
    // Rows left out are the other units': not counted as read.
    rows += stats && 'rows' in stats ? stats.rows - leftOut.rows : counted
    if (stats && 'accepted' in stats) {
      unconverted += stats.rows - stats.accepted - leftOut.unreadRows
    }
    options.onProgress?.({ stage: 'read', source: name, rows: counted })
  }
  return {
    kept,
    sources: read,
    rows,
    observationRows,
    recordRows,
    unconverted,
    cannotRead,
  }
}

/** What a row left out says of the data outside the part. */
function tellOutside(
  outside: DataOutsideCollector,
  item: LocatedObservation | LocatedRecord,
): void {
  if ('record' in item) {
    const { kind, unit, date } = item.record
    outside.recorded(kind, unit, date, date)
    return
  }
  const { indicator, unit, period } = item.observation
  outside.observed(indicator, unit, period)
}
