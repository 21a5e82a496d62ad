/**
 * What `runPipeline` takes: a pack, the submitted sources, and how far to go.
 */

import type {
  DataOutsideCollector,
  DataPoint,
  DeriveSteps,
  LocatedObservation,
  LocatedRecord,
  UnitScope,
} from '@tiendo/core'
import type { AssessmentMethod } from '@tiendo/forecast'
import type { DataSource, NumberLocale, ReadLimits, RowItem } from '@tiendo/io/parse'
import type { ExplainMode, TargetReport } from '@tiendo/rules'
import type {
  Language,
  LocalizedText,
  MethodologyProfile,
  Observation,
  Pack,
  SubmittedRecord,
} from '@tiendo/schema'

/**
 * A pack: a built-in pack's id (`ninh-thuan`), a pack object, or the text of a pack file
 * with its name (a file dropped in a browser). The Node entry also takes the path of a pack
 * file, whose `extends` may name files beside it.
 */
export type PackInput = string | Pack | { readonly name: string; readonly text: string }

/** What a source holds: figures (`observations`) or events such as DX products (`records`). */
export type SourceKind = 'observations' | 'records'

/** How one source is read and shown in reports. */
export interface SourceOptions {
  /**
   * What the source holds. Defaults to what its columns say: `records` when it has a `kind`
   * column and no `indicator` column, else `observations`.
   */
  readonly kind?: SourceKind | undefined
  /** The XLSX sheet to read, by name. Defaults to the first visible sheet. */
  readonly sheet?: string | undefined
  /**
   * How numbers are written in this source (`vi` reads `87,5` as 87.5). Defaults to the
   * pipeline's `numberLocale`.
   */
  readonly numberLocale?: NumberLocale | undefined
  /**
   * Whether the source holds invented data: every figure, series and rule result resting on
   * it is labelled illustrative in reports. Defaults to `false`.
   */
  readonly illustrative?: boolean | undefined
  /** Whether the source holds officially published figures; reports say so. Defaults to `false`. */
  readonly published?: boolean | undefined
  /** Its title in reports. Defaults to its name. */
  readonly title?: LocalizedText | undefined
  /** Where it comes from (an address, a document), for reports. Defaults to none. */
  readonly origin?: string | undefined
}

/** Content in memory or in a stream (text, bytes, a `Blob`, byte chunks), as `@tiendo/io` reads it. */
export type ContentSource = DataSource & SourceOptions

/** Rows already read: observations or records, bare or with their locations. */
export type RowsSource = SourceOptions & {
  /** The name issues and reports show. */
  readonly name: string
  readonly observations?: readonly (Observation | LocatedObservation)[] | undefined
  readonly records?: readonly (SubmittedRecord | LocatedRecord)[] | undefined
}

/**
 * Rows as a reader gave them (headers, rows with their cells and locations, issues), read
 * elsewhere and converted here exactly as a file's rows are: what a store of submissions
 * (`@tiendo/duckdb`) hands back. Read once, in order.
 */
export type RowItemsSource = SourceOptions & {
  /** The name reports show. */
  readonly name: string
  /**
   * The rows, as `readRows` of `@tiendo/io` yields them, one at a time or in batches (arrays
   * of rows): a batch costs one step of the iteration however many rows it holds.
   */
  readonly rowItems: AsyncIterable<RowItem | readonly RowItem[]>
  /**
   * The rows of a part of the unit tree, read in place of `rowItems` when the run is limited
   * to one (`units`): a store filters them where they are kept. It may leave rows in that lie
   * outside (the run leaves them out), never leave out one inside. Used only beside
   * `describeOutside`, which tells the run what the rows left out say. Defaults to none:
   * `rowItems` is read and filtered by the run.
   */
  readonly rowItemsWithin?:
    | ((scope: UnitScope) => AsyncIterable<RowItem | readonly RowItem[]>)
    | undefined
  /**
   * What the rows outside a part of the unit tree say, given to `collect` (core's
   * `collectDataOutside`): every indicator and record kind each unit outside submitted, the
   * periods of its figures and the years of its records, as submitted (before their checks).
   * The part's aggregates, record counts and rules need them to be the whole run's. Defaults
   * to none: then `rowItemsWithin` is not used either.
   */
  readonly describeOutside?:
    | ((scope: UnitScope, collect: DataOutsideCollector) => Promise<void>)
    | undefined
}

/** A file on disk (the Node entry only). */
export type FileSource = SourceOptions & {
  readonly path: string
  /** The name issues and reports show. Defaults to `path` as given. */
  readonly name?: string | undefined
}

/**
 * A source the browser entry reads: content (`{ name, text }`, `{ name, blob }`…), a `File`
 * itself, rows already read, or a reader's rows kept elsewhere.
 */
export type BrowserSource = ContentSource | RowsSource | RowItemsSource | Blob

/** A source of submitted data: what a browser reads, and (the Node entry) files by `path`. */
export type Source = BrowserSource | FileSource

/** Which figures are derived, when they are, and where they go. */
export interface DeriveStageOptions extends DeriveSteps {
  /**
   * Only what the run reads: the indicators someone submitted a figure of, as core's
   * `checkedOnly` (the same issues, fewer figures); in a run that evaluates the rules, the
   * indicators they read (the same results); in a run that assesses, the indicators of the
   * targets `assess.targets` names, else those `assess.indicators` names (the same series),
   * and everything when it names neither. What `tiendo validate` and `tiendo evaluate` ask.
   * Defaults to `false`.
   */
  readonly checkedOnly?: boolean | undefined
  /**
   * Given each derived figure as soon as it is derived, whole with its provenance (the
   * figures it came from). With it the run keeps them without their inputs: the report's
   * `derived.figures` is empty (its renderers show no derived figure) and its `summary`
   * counts them all. A national run so never holds every figure's provenance at once. In a
   * run in parts, the figures come part by part. Defaults to none: the report keeps every
   * derived figure whole.
   */
  readonly onFigure?: ((figure: DataPoint) => void) | undefined
}

/** How far the rules are evaluated, when they are. */
export interface EvaluateStageOptions {
  /** The first period for rules whose scope names none. Defaults to the data's first. */
  readonly from?: string | undefined
  /** The last period for rules whose scope names none. Defaults to the data's last. */
  readonly to?: string | undefined
  /**
   * Which results explain their conditions: `failures` (failed and skipped) or `all`.
   * Defaults to `failures`: reports show no passed result's conditions.
   */
  readonly explain?: ExplainMode | undefined
}

/** Which targets are assessed, when they are. */
export interface AssessStageOptions {
  /**
   * Only these targets, by id (of these indicators, when `indicators` is given too); a run
   * naming them derives only what they need when `derive.checkedOnly` is set. An id the pack
   * does not have is refused: `runPipeline` throws a `PipelineError` (`invalid_option`).
   * Defaults to all.
   */
  readonly targets?: readonly string[] | undefined
  /**
   * Only these indicators' series; refused as `targets` is for an id the pack does not have.
   * Defaults to all.
   */
  readonly indicators?: readonly string[] | undefined
  /** Whether series without a target are assessed on their trend. Defaults to `true`. */
  readonly withoutTargets?: boolean | undefined
  /** The method, over every profile's own. Defaults to each profile's. */
  readonly method?: AssessmentMethod | undefined
  /**
   * Given each series as soon as it is assessed, in the report's order. With it the run
   * keeps none: the report's `targets` is empty (its renderers show no series) and its
   * `summary` counts them all. A national run so hands its series out — to a file, a
   * database — without holding them; `readsIndicatorProgress` says which to keep for
   * `indicatorProgressOf`. In a run in parts, the series come part by part. Defaults to
   * none: the report keeps every series.
   */
  readonly onSeries?: ((series: TargetReport) => void) | undefined
}

/** What `runPipeline` does; `S` is the kind of source the entry reads. */
export interface PipelineOptions<S extends Source = BrowserSource> {
  readonly pack: PackInput
  /** The submitted contents, rows or (Node) files, read in order. */
  readonly sources: readonly S[]
  /** The report's title. Defaults to “Báo cáo tiến độ” / “Progress report”. */
  readonly title?: LocalizedText | undefined
  /** The day nothing may lie after (`YYYY-MM-DD`). Defaults to today's local date. */
  readonly today?: string | undefined
  /** The language of assessments' explanations. Defaults to `vi`. Reports render either. */
  readonly lang?: Language | undefined
  /**
   * A methodology profile for every assessment of this run, over those the pack, its
   * indicators and targets name. Defaults to theirs.
   */
  readonly methodology?: MethodologyProfile | undefined
  /** How numbers are written in sources that do not say. Defaults to `default`: `.` decimals, ambiguity refused. */
  readonly numberLocale?: NumberLocale | undefined
  /** Reading limits over `@tiendo/io`'s defaults. */
  readonly limits?: Partial<ReadLimits> | undefined
  /**
   * Limits the run to a part of the unit tree: the units these references name (a code, such
   * as a province's `56`, names every unit that ever had it; `code@YYYY-MM-DD` one unit),
   * every unit under them, and the units they were formed from or became (core's
   * `unitScope`). Rows naming other units are left out unread — counted in the report's
   * `scope` — and nothing is derived, evaluated or assessed for other units. Defaults to
   * every unit.
   */
  readonly units?: readonly string[] | undefined
  /**
   * Which figures nobody submitted are derived: counts of records, aggregates up the unit
   * tree, composite indices, series carried across reorganisations. `false` derives none.
   * Defaults to all.
   */
  readonly derive?: boolean | DeriveStageOptions | undefined
  /** Whether (and how) the pack's rules are evaluated. Defaults to `true`. */
  readonly evaluate?: boolean | EvaluateStageOptions | undefined
  /** Whether (and which) targets are assessed. Defaults to `true`. */
  readonly assess?: boolean | AssessStageOptions | undefined
  /** Issues kept in the report; later ones are only counted. Defaults to 10,000. */
  readonly maxIssues?: number | undefined
  /** Stops the run: it then rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined
  /** Told what the run is doing, for a progress bar. Defaults to none. */
  readonly onProgress?: ((progress: PipelineProgress) => void) | undefined
}

/** Where a run stands. */
export interface PipelineProgress {
  readonly stage: 'read' | 'validate' | 'derive' | 'evaluate' | 'assess' | 'done'
  /** While reading: the source's name and the rows read from it so far. */
  readonly source?: string | undefined
  readonly rows?: number | undefined
}
