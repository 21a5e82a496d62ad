/**
 * What the page holds: the user's choices (pack, files, date, language, filters) and what the
 * last run gave. The page is drawn from it; nothing else is kept.
 */

import type { MethodologyProfile } from '@tiendo/schema'
import type { Language } from './i18n'
import type { IssueQuery } from './issue-order'
import { DEFAULT_QUERY } from './issue-order'
import type { PageView, RunFailure } from './page-view'
import type { PackChoice, ProgressMessage } from './protocol'

/** Where the page stands; `<body data-state>` says it for tests and tools. */
export type Phase = 'idle' | 'running' | 'done' | 'failed' | 'cancelled'

export interface State {
  lang: Language
  /** The built-in pack chosen in the list (or the build's preset, `preset`). */
  builtIn: string
  /** A pack file the user chose: used instead of the built-in pack. */
  packFile: (PackChoice & { kind: 'file' }) | null
  dataFiles: File[]
  recordFiles: File[]
  samples: boolean
  today: string
  /**
   * A methodology profile over the pack's (`--methodology`), the linear trend (the one method
   * with a prediction interval; the CLI has no flag for it), or `''` for the pack's own.
   */
  methodology: MethodologyProfile | 'linear' | ''
  phase: Phase
  /** The number of the last run started. */
  run: number
  progress: ProgressMessage | null
  view: PageView | null
  failure: RunFailure | null
  /** Units shown; `null` is all of them. */
  units: Set<string> | null
  unitSearch: string
  issues: IssueQuery & { page: number }
  grid: {
    file: string | null
    onlyIssues: boolean
    /** The row to bring into view and highlight, with its bad cell. */
    focus: { key: string; column: string | null } | null
  }
  /** Charts drawn by the worker, by language and series (see `chartKey`). */
  charts: Map<string, string>
  seriesStatus: string
  seriesPage: number
  rulesShown: number
  derivedPage: number
}

/** Today's date where the page runs, as `YYYY-MM-DD`. */
export function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** The page as it opens. */
export function initialState(lang: Language, builtIn: string): State {
  return {
    lang,
    builtIn,
    packFile: null,
    dataFiles: [],
    recordFiles: [],
    samples: false,
    today: localToday(),
    methodology: '',
    phase: 'idle',
    run: 0,
    progress: null,
    view: null,
    failure: null,
    units: null,
    unitSearch: '',
    issues: { ...DEFAULT_QUERY, page: 0 },
    grid: { file: null, onlyIssues: false, focus: null },
    charts: new Map(),
    seriesStatus: 'all',
    seriesPage: 0,
    rulesShown: 30,
    derivedPage: 0,
  }
}

/** Resets what depends on the last run, before a new one. */
export function clearResults(state: State): void {
  state.view = null
  state.failure = null
  state.progress = null
  state.units = null
  state.issues = { ...DEFAULT_QUERY, page: 0 }
  state.grid = { file: null, onlyIssues: false, focus: null }
  state.charts = new Map()
  state.seriesStatus = 'all'
  state.seriesPage = 0
  state.rulesShown = 30
  state.derivedPage = 0
}
