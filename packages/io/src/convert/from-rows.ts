import type { Observation, SourceLocation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { ioIssue, isTiendoIssue } from '../issue'
import type { IoIssue } from '../issue-fields'
import { LocaleEvidence } from '../numbers/locale-evidence'
import type { NumberLocale } from '../numbers/parse-decimal-cell'
import { cellLocation, type RawRow, type RowItem } from '../rows/raw-row'
import { convertRow, type NumberWatcher } from './convert-row'
import { formRowOf } from './form-row'
import { checkHeader, looksLikeHeader, unknownKeyIssue } from './header-check'
import { sheetsNotRead } from './sheets-not-read'
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
  return entitiesFromRows(items, OBSERVATION_SPEC, locale, located)
}

/**
 * Turns a stream of rows into records (such as completed DX products), with the same rules
 * as {@link observationsFromRows}. The generator's return value holds the {@link ReadStats}.
 * Pure: safe in browsers.
 */
export function recordsFromRows(
  items: AsyncIterable<RowItem>,
): AsyncGenerator<RecordRow | TiendoIssue, ReadStats, undefined> {
  return entitiesFromRows(items, RECORD_SPEC, 'default', locatedRecord)
}

async function* entitiesFromRows<T, Out>(
  items: AsyncIterable<RowItem>,
  spec: EntitySpec<T>,
  locale: NumberLocale,
  wrap: (value: T, location: SourceLocation) => Out,
): AsyncGenerator<Out | TiendoIssue, ReadStats, undefined> {
  const converter = new EntityConverter(spec, locale, wrap)
  const out: (Out | TiendoIssue)[] = []
  for await (const item of items) {
    converter.take(item, out)
    for (const made of out) yield made
    out.length = 0
  }
  converter.finish(out)
  for (const made of out) yield made
  return converter.stats
}

/**
 * Observations and issues from batches of rows (a store's, or a reader's kept elsewhere), in
 * batches: as {@link observationsFromRows}, with a promise per batch rather than per row — at
 * national scale, hundreds of thousands fewer. The generator's return value holds the
 * {@link ReadStats}. Pure: safe in browsers.
 */
export function observationBatchesFromRows(
  batches: AsyncIterable<readonly RowItem[]>,
  options: ObservationsFromRowsOptions = {},
): AsyncGenerator<(ObservationRow | TiendoIssue)[], ReadStats, undefined> {
  const locale = options.numberLocale ?? 'default'
  return entityBatches(batches, new EntityConverter(OBSERVATION_SPEC, locale, located))
}

/**
 * Records and issues from batches of rows, in batches, as {@link recordsFromRows}. The
 * generator's return value holds the {@link ReadStats}. Pure: safe in browsers.
 */
export function recordBatchesFromRows(
  batches: AsyncIterable<readonly RowItem[]>,
): AsyncGenerator<(RecordRow | TiendoIssue)[], ReadStats, undefined> {
  return entityBatches(batches, new EntityConverter(RECORD_SPEC, 'default', locatedRecord))
}

async function* entityBatches<T, Out>(
  batches: AsyncIterable<readonly RowItem[]>,
  converter: EntityConverter<T, Out>,
): AsyncGenerator<(Out | TiendoIssue)[], ReadStats, undefined> {
  for await (const batch of batches) {
    const out: (Out | TiendoIssue)[] = []
    for (const item of batch) converter.take(item, out)
    if (out.length > 0) yield out
  }
  const out: (Out | TiendoIssue)[] = []
  converter.finish(out)
  if (out.length > 0) yield out
  return converter.stats
}

function located(observation: Observation, location: SourceLocation): ObservationRow {
  return { observation, location }
}

function locatedRecord(record: SubmittedRecord, location: SourceLocation): RecordRow {
  return { record, location }
}

/** The reader's issues about a header that `missing_column` has said is no header. */
const AFTER_NO_HEADER: ReadonlySet<string> = new Set([
  'header_only',
  'cell_without_header',
  // A row is ragged against a header that is none: that says nothing more.
  'ragged_row',
])

/** Converts the items of one file, in order, keeping its counts. */
class EntityConverter<T, Out> {
  readonly stats = emptyStats()
  private readonly evidence: LocaleEvidence | undefined
  private readonly known: ReadonlySet<string>
  private readonly unknownReported = new Set<string>()
  private blocked = false
  private headed = false
  /** Set when the header row named no column Tiendo reads: what follows says it again. */
  private notAHeader = false
  /**
   * The `missing_column` of a header that is none, held while the first rows are looked
   * through for the header a title row pushed down, so that it can name that row.
   */
  private heldNoHeader: TiendoIssue | undefined
  /** Set while the rows are a report's signing block: the signer's name is one of its lines. */
  private inSignature = false
  /** The row being converted, for the number watcher. */
  private current: RawRow | undefined
  private readonly watcher: NumberWatcher | undefined

  constructor(
    private readonly spec: EntitySpec<T>,
    private readonly locale: NumberLocale,
    private readonly wrap: (value: T, location: SourceLocation) => Out,
  ) {
    this.known = new Set<string>(spec.columns)
    const evidence = locale === 'default' ? new LocaleEvidence() : undefined
    this.evidence = evidence
    // One watcher for the whole file; it reads the row being converted from `current`.
    this.watcher = evidence
      ? (text, column, outcome) => {
          const current = this.current
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
  }

  /** Converts one item, pushing what it gives onto `out`. */
  take(item: RowItem, out: (Out | TiendoIssue)[]): void {
    if (isTiendoIssue(item)) {
      // A first row that is no header was said to be none: "a header but no data rows" or
      // "a column with no name in the header" would contradict or repeat it.
      if (this.notAHeader && AFTER_NO_HEADER.has(item.code)) return
      this.report(item, out)
      return
    }
    if (item.kind === 'header') {
      this.headed = true
      const checked = checkHeader(item, this.spec)
      this.blocked ||= checked.blocked
      this.notAHeader ||= checked.notAHeader === true
      for (const column of checked.unknown) this.unknownReported.add(column)
      // A cover sheet's issue names the data sheet instead: not held.
      const [first] = checked.issues
      if (checked.notAHeader === true && first !== undefined && !('dataSheet' in first))
        this.heldNoHeader = first
      else for (const issue of checked.issues) this.report(issue, out)
      if (checked.notAHeader !== true) {
        for (const issue of sheetsNotRead(item, this.spec)) this.report(issue, out)
      }
      return
    }
    this.stats.rows++
    if (this.heldNoHeader !== undefined) this.lookForHeader(item, out)
    if (item.rejected || this.blocked) return
    // A table's columns were all checked with its header; JSON objects each bring their own keys.
    if (!this.headed) {
      for (const key of Object.keys(item.cells)) {
        if (this.known.has(key) || this.unknownReported.has(key)) continue
        this.unknownReported.add(key)
        this.report(unknownKeyIssue(key, item.location, this.spec), out)
      }
    }
    this.current = item
    const result = convertRow(item, this.spec, this.locale, this.watcher)
    if (Array.isArray(result)) {
      // A printed form's row (column numbers, a total, a signature) is told as one, not cell
      // by cell.
      const form = formRowOf(item, this.inSignature)
      this.inSignature = form?.form === 'signature'
      if (form !== undefined) {
        this.report(ioIssue('form_row', form, { location: item.location }), out)
        return
      }
      for (const issue of result) this.report(issue, out)
    } else {
      this.inSignature = false
      this.stats.accepted++
      out.push(this.wrap(result, item.location))
    }
  }

  /**
   * While a header that is none is held: a first row that looks like the header is named in
   * its issue (`headerRow`); past the rows that keep their texts, the issue goes as it is.
   */
  private lookForHeader(row: RawRow, out: (Out | TiendoIssue)[]): void {
    const held = this.heldNoHeader as Extract<IoIssue, { code: 'missing_column' }>
    if (row.texts !== undefined && !looksLikeHeader(row.texts, this.spec)) return
    this.heldNoHeader = undefined
    if (row.texts === undefined || row.location.row === undefined) {
      this.report(held, out)
      return
    }
    const fields = { required: held.required, optional: held.optional, headerRow: row.location.row }
    this.report(ioIssue('missing_column', fields, { location: held.location }), out)
  }

  /** The issues only the whole file shows (numbers written the Vietnamese way). */
  finish(out: (Out | TiendoIssue)[]): void {
    if (this.heldNoHeader !== undefined) this.report(this.heldNoHeader, out)
    this.heldNoHeader = undefined
    if (this.evidence) for (const issue of this.evidence.issues()) this.report(issue, out)
  }

  private report(issue: TiendoIssue, out: (Out | TiendoIssue)[]): void {
    tally(this.stats, issue)
    out.push(issue)
  }
}
