/**
 * The data grid: one submitted file's rows as a table, virtualised by TanStack Virtual so a
 * file of 100,000 rows scrolls smoothly (only the rows in view are in the page). Rows with an
 * issue carry a mark and the bad cells are outlined and labelled — colour is never the only
 * sign; choosing an issue brings its row into view.
 */

import {
  elementScroll,
  observeElementOffset,
  observeElementRect,
  Virtualizer,
} from '@tanstack/virtual-core'
import { h } from '../dom'
import { count, t } from '../i18n'
import { issueKind } from '../issue-order'
import type { IssueView } from '../page-view'
import type { FileRows } from '../rows-store'
import type { State } from '../state'
import type { Actions } from './actions'

/** The height of a row, in CSS pixels (fixed: rows are one line, long cells are cut). */
const ROW_HEIGHT = 30
const HEADER_HEIGHT = 34
/** The tallest the grid grows, in CSS pixels. */
const MAX_HEIGHT = 420
/** Rows that arrive before the grid grows again, while a file is being read. */
const GROW_STEP = 20_000

/** The issues of one file by row key: the columns they name and their messages. */
type RowIssues = Map<string, { columns: Set<string>; messages: string[] }>

function issuesByRow(issues: readonly IssueView[], file: string): RowIssues {
  const rows: RowIssues = new Map()
  for (const issue of issues) {
    if (issue.file !== file || issue.rowKey === null) continue
    const row = rows.get(issue.rowKey) ?? { columns: new Set(), messages: [] }
    if (issue.column !== null) row.columns.add(issue.column)
    // A JSON issue names its cell by pointer: `/3/value` is column `value`.
    const key = issue.path?.split('/')[2]
    if (key !== undefined) row.columns.add(key.replace(/~1/g, '/').replace(/~0/g, '~'))
    row.messages.push(`${issueKind(issue)}: ${issue.message}`)
    rows.set(issue.rowKey, row)
  }
  return rows
}

/** A mounted grid: `refresh` after more rows arrive, `destroy` before it is replaced. */
export interface GridHandle {
  readonly element: HTMLElement
  mount(): void
  refresh(): void
  destroy(): void
}

/** The grid section for the file the state shows. */
export function dataGrid(state: State, actions: Actions, rows: FileRows | undefined): GridHandle {
  const { lang, view, grid } = state
  const files = view?.files ?? []
  const file = grid.file
  const issues = file === null ? new Map() : issuesByRow(view?.issues ?? [], file)

  const chooser = h(
    'select',
    { id: 'grid-file' },
    ...files.map((f) =>
      h(
        'option',
        { value: f.name, selected: f.name === file },
        f.issues > 0 ? `${f.name} (${count(f.issues, lang)} ⚠)` : f.name,
      ),
    ),
  )
  chooser.addEventListener('change', () => {
    grid.file = chooser.value
    grid.focus = null
    actions.redraw()
  })
  const only = h('input', { type: 'checkbox', id: 'grid-only-issues', checked: grid.onlyIssues })
  only.addEventListener('change', () => {
    grid.onlyIssues = only.checked
    actions.redraw()
  })
  const status = h('p', { class: 'count', id: 'grid-status', role: 'status' })
  const scroller = h('div', {
    class: 'grid-scroll',
    tabindex: 0,
    role: 'region',
    'aria-label': t('gridLabel', lang, { file: file ?? '' }),
  })
  const table = h('div', {
    role: 'table',
    class: 'grid',
    'aria-label': t('gridLabel', lang, { file: file ?? '' }),
  })
  const head = h('div', { role: 'rowgroup', class: 'grid-head' })
  const body = h('div', { role: 'rowgroup', class: 'grid-body' })
  table.append(head, body)
  scroller.append(table)
  const element = h(
    'div',
    { class: 'grid-panel', id: 'grid-panel' },
    h('h3', { id: 'grid-title' }, t('gridTitle', lang)),
    h(
      'div',
      { class: 'filters' },
      h('label', { for: 'grid-file' }, t('gridFile', lang)),
      chooser,
      h(
        'span',
        { class: 'check' },
        only,
        h('label', { for: 'grid-only-issues' }, t('onlyIssueRows', lang)),
      ),
    ),
    status,
    scroller,
  )

  /** The rows shown, by place in the file: every row (`null`), or only those with an issue. */
  let order: number[] | null = null
  /** How many rows the grid shows, and how many it told the virtualiser of last. */
  let shown = 0
  let counted = 0
  const rowAt = (index: number) => (order === null ? index : order[index]!)
  let columns: readonly string[] = []
  let virtualizer: Virtualizer<HTMLDivElement, Element> | undefined
  let cleanup: (() => void) | undefined

  const setTemplate = () => {
    const template = `5.5rem repeat(${Math.max(columns.length, 1)}, minmax(9rem, 1fr))`
    table.style.setProperty('--grid-columns', template)
    table.style.setProperty('--grid-width', `${5.5 + 9 * columns.length}rem`)
  }

  const paintHead = () => {
    head.replaceChildren(
      h(
        'div',
        { role: 'row', class: 'grid-row', 'aria-rowindex': 1 },
        h('div', { role: 'columnheader', class: 'grid-cell line' }, t('gridLine', lang)),
        ...columns.map((name) => h('div', { role: 'columnheader', class: 'grid-cell' }, name)),
      ),
    )
  }

  const computeOrder = () => {
    if (rows === undefined || !grid.onlyIssues) {
      order = null
      shown = rows?.keys.length ?? 0
      return
    }
    order = rows.keys.flatMap((key, i) => (issues.has(key) ? [i] : []))
    shown = order.length
  }

  const paintRows = () => {
    if (virtualizer === undefined || rows === undefined) return
    body.style.height = `${virtualizer.getTotalSize()}px`
    const focus = grid.focus
    body.replaceChildren(
      ...virtualizer.getVirtualItems().map((item) => {
        const at = rowAt(item.index)
        const key = rows.keys[at]!
        const cells = rows.cells[at]!
        const problem = issues.get(key)
        const focused = focus?.key === key
        const line = h(
          'div',
          { role: 'cell', class: 'grid-cell line' },
          problem === undefined ? key : `⚠ ${key}`,
        )
        const row = h(
          'div',
          {
            role: 'row',
            class: `grid-row${problem === undefined ? '' : ' has-issue'}${focused ? ' focused' : ''}`,
            'aria-rowindex': item.index + 2,
            'data-key': key,
            title: problem?.messages.join('\n'),
          },
          line,
          ...columns.map((name, c) => {
            const bad = problem?.columns.has(name) === true
            const value = cells[c] ?? ''
            return h(
              'div',
              {
                role: 'cell',
                class: `grid-cell${bad ? ' bad-cell' : ''}${bad && focused && focus?.column === name ? ' focused-cell' : ''}`,
                'data-column': name,
                title: value,
              },
              value,
              bad ? h('span', { class: 'visually-hidden' }, ` (${t('badCell', lang)})`) : null,
            )
          }),
        )
        row.style.transform = `translateY(${item.start - HEADER_HEIGHT}px)`
        return row
      }),
    )
  }

  /** The grid is as tall as its rows, up to a screenful. */
  const fitHeight = () => {
    scroller.style.height = `${Math.min(MAX_HEIGHT, HEADER_HEIGHT + Math.max(shown, 1) * ROW_HEIGHT + 4)}px`
  }

  const paintStatus = () => {
    const loaded = rows?.keys.length ?? 0
    status.textContent =
      rows?.done === true
        ? t('gridRows', lang, { rows: count(shown, lang) })
        : t('gridLoading', lang, { rows: count(loaded, lang) })
  }

  const refresh = () => {
    if (rows === undefined) return
    const before = columns.length
    columns = rows.columns
    computeOrder()
    if (columns.length !== before) {
      setTemplate()
      paintHead()
    }
    paintStatus()
    // While rows arrive, the grid grows by steps (each step measures every row again).
    if (!rows.done && counted > 0 && shown - counted < GROW_STEP) return
    counted = shown
    fitHeight()
    virtualizer?.setOptions({ ...virtualizer.options, count: shown })
    virtualizer?._willUpdate()
    paintRows()
  }

  // The chosen issue's row is brought into view once, as soon as it has arrived.
  let broughtIntoView = false
  const scrollToFocus = () => {
    const key = grid.focus?.key
    if (broughtIntoView || key === undefined || rows === undefined || virtualizer === undefined)
      return
    const at = rows.index.get(key)
    const index =
      at === undefined ? -1 : order === null ? (at < counted ? at : -1) : order.indexOf(at)
    if (index < 0) return
    virtualizer.scrollToIndex(index, { align: 'center' })
    broughtIntoView = true
  }

  return {
    element,
    mount() {
      columns = rows?.columns ?? []
      computeOrder()
      counted = shown
      fitHeight()
      setTemplate()
      paintHead()
      virtualizer = new Virtualizer<HTMLDivElement, Element>({
        count: shown,
        getScrollElement: () => scroller,
        estimateSize: () => ROW_HEIGHT,
        overscan: 12,
        scrollMargin: HEADER_HEIGHT,
        observeElementRect,
        observeElementOffset,
        scrollToFn: elementScroll,
        onChange: () => paintRows(),
      })
      cleanup = virtualizer._didMount()
      virtualizer._willUpdate()
      paintRows()
      paintStatus()
      scrollToFocus()
    },
    refresh() {
      refresh()
      scrollToFocus()
    },
    destroy() {
      cleanup?.()
    },
  }
}
