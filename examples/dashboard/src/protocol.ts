/**
 * The messages between the page and the worker that runs the pipeline. Files travel as
 * `File`/`Blob` objects (the worker reads them; nothing is uploaded anywhere).
 */

import type { Language, MethodologyProfile } from '@tiendo/schema'
import type { PageView, RunFailure } from './page-view'

/** The pack of a run: a built-in id, or the text of a pack file. */
export type PackChoice =
  | { readonly kind: 'builtIn'; readonly id: string }
  | { readonly kind: 'file'; readonly name: string; readonly text: string }

/** A submitted source: a file the user picked, or a bundled sample with its labels. */
export type RunSource =
  | {
      readonly name: string
      readonly blob: Blob
      readonly kind?: 'records' | undefined
    }
  | {
      readonly name: string
      readonly text: string
      readonly kind?: 'records' | undefined
      readonly illustrative: boolean
      readonly published: boolean
      readonly origin?: string | undefined
    }

/** What a run takes. */
export interface RunInput {
  readonly pack: PackChoice
  readonly sources: readonly RunSource[]
  /** The day nothing may lie after (`YYYY-MM-DD`), as the CLI's `--today`. */
  readonly today: string
  readonly lang: Language
  /** A methodology profile over the pack's, as the CLI's `--methodology`; none keeps the pack's. */
  readonly methodology?: MethodologyProfile | undefined
  /** One assessment method for every series (`linear` draws a prediction band); none keeps the profiles'. */
  readonly method?: 'linear' | undefined
}

/** A report format to download, as `tiendo report --format`. */
export type ReportFormat = 'html' | 'markdown' | 'json'

/** The page asks the worker. */
export type ToWorker =
  | { readonly type: 'run'; readonly run: number; readonly input: RunInput }
  | { readonly type: 'cancel'; readonly run: number }
  | { readonly type: 'view'; readonly request: number; readonly lang: Language }
  | {
      readonly type: 'download'
      readonly request: number
      readonly format: ReportFormat
      readonly lang: Language
    }
  | { readonly type: 'rows'; readonly request: number; readonly file: string }
  | {
      readonly type: 'charts'
      readonly request: number
      readonly keys: readonly string[]
      readonly lang: Language
    }

/** Where a run stands. */
export interface ProgressMessage {
  readonly type: 'progress'
  readonly run: number
  readonly stage: 'read' | 'validate' | 'derive' | 'evaluate' | 'assess' | 'done'
  readonly source?: string | undefined
  readonly rows?: number | undefined
}

/** Rows of one file for the data grid, a batch at a time. */
export interface RowsMessage {
  readonly type: 'rows'
  readonly request: number
  readonly file: string
  /** Every column seen so far, in order. */
  readonly columns: readonly string[]
  /** Each row's key: its line (`12`), or its JSON Pointer (`/3`). */
  readonly keys: readonly string[]
  /** Each row's cells, by `columns` (missing cells are empty). */
  readonly cells: readonly (readonly string[])[]
  readonly done: boolean
}

/** The worker answers. */
export type FromWorker =
  | ProgressMessage
  | { readonly type: 'done'; readonly run: number; readonly view: PageView }
  | { readonly type: 'failed'; readonly run: number; readonly failure: RunFailure }
  | { readonly type: 'cancelled'; readonly run: number }
  | { readonly type: 'view'; readonly request: number; readonly view: PageView | null }
  | {
      readonly type: 'download'
      readonly request: number
      readonly text: string | null
    }
  | RowsMessage
  | {
      readonly type: 'charts'
      readonly request: number
      /** Each series' SVG chart, by its key. */
      readonly svgs: Readonly<Record<string, string>>
    }
