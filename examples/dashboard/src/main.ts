import './zod-jitless'
import './style.css'
import './results.css'
import { h } from './dom'
import { DOWNLOAD_NAMES, saveText } from './downloads'
import { t } from './i18n'
import { issuesToCsv } from './issues-csv'
import { initialLanguage, keepLanguage } from './language'
import { renderPage } from './page'
import { PRESET } from './preset'
import type { PackChoice, RunInput, RunSource } from './protocol'
import { RowsStore } from './rows-store'
import { SAMPLE_PACK, sampleSources } from './samples'
import { clearResults, initialState, type State } from './state'
import type { Actions } from './ui/actions'
import type { GridHandle } from './ui/data-grid'
import { PRESET_OPTION } from './ui/inputs'
import { chartKey } from './ui/series-panel'
import { WorkerClient } from './worker-client'

const root = document.querySelector<HTMLElement>('#app')
if (root === null) throw new Error('index.html has no #app element')
const app: HTMLElement = root

const state: State = initialState(
  initialLanguage(),
  PRESET === null ? SAMPLE_PACK : PRESET.kind === 'file' ? PRESET_OPTION : PRESET.id,
)
const worker = new WorkerClient()
const rows = new RowsStore()
let grid: GridHandle | undefined
/** Whether the next draw puts the focus on the grid (an issue's row was asked for). */
let focusGrid = false
let progress: ((p: NonNullable<State['progress']>) => void) | undefined

/** Where the page stands; the body says so once the page is drawn (see `draw`). */
function setPhase(phase: State['phase']): void {
  state.phase = phase
}

function packChoice(): PackChoice {
  if (state.packFile !== null) return state.packFile
  if (state.builtIn === PRESET_OPTION && PRESET?.kind === 'file') return PRESET
  return { kind: 'builtIn', id: state.builtIn }
}

function sources(): RunSource[] {
  const samples = state.samples ? sampleSources() : []
  return [
    ...samples.filter((s) => s.kind !== 'records'),
    ...state.dataFiles.map((file) => ({ name: file.name, blob: file })),
    ...samples.filter((s) => s.kind === 'records'),
    ...state.recordFiles.map((file) => ({ name: file.name, blob: file, kind: 'records' as const })),
  ]
}

/** Runs the pipeline in the worker on what is chosen (any run under way is cancelled). */
function start(): void {
  clearResults(state)
  rows.clear()
  const input: RunInput = {
    pack: packChoice(),
    sources: sources(),
    today: state.today,
    lang: state.lang,
    ...(state.methodology === ''
      ? {}
      : state.methodology === 'linear'
        ? { method: 'linear' as const }
        : { methodology: state.methodology }),
  }
  if (input.sources.length === 0) {
    setPhase('idle')
    draw()
    return
  }
  state.run = worker.run(input, {
    onProgress(message) {
      state.progress = message
      progress?.(message)
    },
    onEnd(outcome) {
      if (outcome.type === 'done') {
        state.view = outcome.view
        const first = outcome.view.files.find((f) => f.issues > 0) ?? outcome.view.files[0]
        state.grid.file = first?.name ?? null
      } else if (outcome.type === 'failed') {
        state.failure = outcome.failure
      }
      setPhase(outcome.type === 'done' ? 'done' : outcome.type)
      draw()
    },
  })
  setPhase('running')
  draw()
}

/** Asks the worker for a file's rows once, and redraws the grid as they come. */
/**
 * Makes room for a file's rows (the grid drawn next reads them as they arrive) and returns
 * how to ask the worker for them, or nothing when they are already kept or coming.
 */
function reserveRows(file: string | null): (() => void) | undefined {
  if (file === null || !rows.start(file)) return undefined
  return () => requestRows(file)
}

/** Asks the worker for a file's rows, and refreshes the grid as they come. */
function requestRows(file: string): void {
  worker.rows(file, (batch) => {
    rows.add(batch)
    if (state.grid.file === file) grid?.refresh()
    if (batch.done) document.body.dataset.grid = 'loaded'
  })
}

const actions: Actions = {
  setLanguage(lang) {
    if (lang === state.lang) return
    state.lang = lang
    keepLanguage(lang)
    if (state.view === null) {
      draw()
      return
    }
    // The view is the worker's, in one language: ask for it in the other.
    void worker.view(lang).then((view) => {
      if (view !== null && state.view !== null) state.view = view
      draw()
    })
  },
  setBuiltInPack(id) {
    state.builtIn = id
    start()
  },
  setPackFile(file) {
    if (file === null) {
      state.packFile = null
      start()
      return
    }
    void file.text().then((text) => {
      state.packFile = { kind: 'file', name: file.name, text }
      start()
    })
  },
  addFiles(files, kind) {
    const list = kind === 'records' ? state.recordFiles : state.dataFiles
    for (const file of files) {
      // A file of the same name replaces the one chosen before: names are what issues show.
      const same = list.findIndex((f) => f.name === file.name)
      if (same >= 0) list.splice(same, 1, file)
      else list.push(file)
    }
    start()
  },
  removeFile(file) {
    state.dataFiles = state.dataFiles.filter((f) => f !== file)
    state.recordFiles = state.recordFiles.filter((f) => f !== file)
    start()
  },
  setSamples(on) {
    state.samples = on
    start()
  },
  setToday(day) {
    state.today = day
    start()
  },
  setMethodology(profile) {
    state.methodology = profile
    start()
  },
  rerun: start,
  cancel() {
    worker.cancel(state.run)
  },
  download(format) {
    const status = document.querySelector('#download-status')
    const lang = state.lang
    const name = DOWNLOAD_NAMES[format][lang]
    if (format === 'issues') {
      saveText(issuesToCsv(state.view?.issues ?? []), name, format)
      return
    }
    if (status) status.textContent = t('preparing', lang)
    void worker.download(format, lang).then((text) => {
      if (status) status.textContent = ''
      if (text !== null) saveText(text, name, format)
    })
  },
  showIssueRow(issue) {
    state.grid.file = issue.file
    state.grid.focus =
      issue.rowKey === null
        ? null
        : { key: issue.rowKey, column: issue.column ?? issue.path?.split('/')[2] ?? null }
    // The grid takes the focus once drawn: the keyboard is where the row is.
    focusGrid = true
    draw()
  },
  redraw: () => draw(),
}

/** Asks the worker for the charts the page shows and has not got, and puts them in place. */
function fetchCharts(): void {
  const lang = state.lang
  const pending = [...document.querySelectorAll<HTMLElement>('[data-chart-state="pending"]')]
  const keys = pending.map((element) => element.dataset.chart ?? '')
  if (keys.length === 0) return
  for (const element of pending) element.dataset.chartState = 'asked'
  void worker.charts(keys, lang).then((svgs) => {
    for (const [key, svg] of Object.entries(svgs)) {
      state.charts.set(chartKey(lang, key), svg)
      const element = document.querySelector<HTMLElement>(`[data-chart="${CSS.escape(key)}"]`)
      if (element === null || lang !== state.lang) continue
      // The report's own SVG: built by @tiendo/pipeline, every text in it escaped, no script.
      element.innerHTML = svg
      element.dataset.chartState = 'drawn'
    }
  })
}

/** The draw under way: a newer one stops an older one's later parts. */
let drawing = 0

/**
 * Draws the page from the state: the first parts at once, the others one task after another,
 * so the page's thread is never held long. Then the grid is mounted, the charts and the
 * grid's rows are asked for, the focus is put back where it was, and `<body data-state>`
 * says where the page stands — `done` only once every part is in place.
 */
function draw(): void {
  const id = ++drawing
  const focused = document.activeElement?.id
  const askForRows = reserveRows(state.grid.file)
  grid?.destroy()
  grid = undefined
  const page = renderPage(state, actions, rows)
  progress = page.progress
  document.documentElement.lang = state.lang
  document.title = `${t('title', state.lang)} · Tiendo`
  app.replaceChildren(...page.parts)
  const parts = [...page.later]
  const finish = () => {
    grid = page.grid()
    grid?.mount()
    fetchCharts()
    // Asked for once the page is drawn: the worker's reading then does not slow the drawing.
    askForRows?.()
    if (focusGrid && grid !== undefined) {
      focusGrid = false
      document
        .querySelector<HTMLElement>('#grid-panel .grid-scroll')
        ?.focus({ preventScroll: true })
      document.querySelector('#grid-panel')?.scrollIntoView({ block: 'start' })
    } else if (focused) document.getElementById(focused)?.focus({ preventScroll: true })
    document.body.dataset.state = state.phase
    document.body.dataset.run = String(state.run)
  }
  const next = () => {
    if (id !== drawing) {
      askForRows?.()
      return
    }
    const part = parts.shift()
    if (part === undefined) {
      finish()
      return
    }
    const node = part.draw()
    if (node === null) part.placeholder.remove()
    else part.placeholder.replaceWith(node)
    setTimeout(next, 0)
  }
  if (parts.length === 0) finish()
  else setTimeout(next, 0)
}

// A file dropped beside the drop boxes would make the browser leave the page to open it.
for (const type of ['dragover', 'drop'] as const) {
  window.addEventListener(type, (event) => event.preventDefault())
}

try {
  setPhase('idle')
  draw()
} catch (error) {
  document.body.dataset.state = 'failed'
  app.replaceChildren(
    h('h1', {}, `${t('loadFailed', 'vi')} / ${t('loadFailed', 'en')}`),
    h('pre', {}, error instanceof Error ? error.message : String(error)),
  )
}
