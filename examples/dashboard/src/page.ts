/**
 * The page, drawn from the state: header and language switch, the privacy note, the inputs,
 * then — as the run goes — its progress, or why it could not start, or its results: the
 * validity summary and downloads, the data issues and the file's rows, the units filter,
 * rule results, progress to targets and derived figures.
 */

import { h } from './dom'
import { t } from './i18n'
import { languageSwitch } from './language'
import type { ProgressMessage } from './protocol'
import type { RowsStore } from './rows-store'
import type { State } from './state'
import type { Actions } from './ui/actions'
import { dataGrid, type GridHandle } from './ui/data-grid'
import { derivedPanel } from './ui/derived-panel'
import { inputsSection } from './ui/inputs'
import { issuesTable } from './ui/issues-table'
import { rulesPanel } from './ui/rules-panel'
import { seriesPanel } from './ui/series-panel'
import { cancelledSection, failureSection, progressSection, summarySection } from './ui/status'
import { unitFilter } from './ui/unit-filter'

/** A part of the page drawn in a task of its own, after the first ones, in its placeholder's place. */
export interface LaterPart {
  readonly placeholder: HTMLElement
  readonly draw: () => Node | null
}

/**
 * The page's parts: those drawn at once, those drawn one task after another (so that no
 * single task of the page's thread is long, however big the results), the grid to mount once
 * it is in place, and the progress updater.
 */
export interface RenderedPage {
  readonly parts: Node[]
  readonly later: LaterPart[]
  readonly grid: () => GridHandle | undefined
  readonly progress: ((progress: ProgressMessage) => void) | undefined
}

function later(list: LaterPart[], draw: () => Node | null): HTMLElement {
  const placeholder = h('div', { class: 'pending-part' })
  list.push({ placeholder, draw })
  return placeholder
}

export function renderPage(state: State, actions: Actions, rows: RowsStore): RenderedPage {
  const { lang } = state
  const parts: (Node | null)[] = [
    h('a', { class: 'skip-link', href: '#results' }, t('skipToResults', lang)),
    h(
      'header',
      { class: 'page-header' },
      h('div', {}, h('h1', {}, t('title', lang)), h('p', { class: 'lead' }, t('lead', lang))),
      languageSwitch(lang, (next) => actions.setLanguage(next)),
    ),
    h('p', { class: 'privacy', id: 'privacy' }, t('privacy', lang)),
    inputsSection(state, actions),
  ]
  let progress: RenderedPage['progress']
  let grid: GridHandle | undefined
  const deferred: LaterPart[] = []
  if (state.phase === 'running') {
    const section = progressSection(state, actions)
    progress = section.update
    parts.push(section.element)
  } else if (state.phase === 'cancelled') {
    parts.push(cancelledSection(state, actions))
  } else if (state.phase === 'failed') {
    parts.push(failureSection(state))
  } else if (state.phase === 'idle') {
    parts.push(h('p', { class: 'panel none', id: 'results', tabindex: -1 }, t('noFiles', lang)))
  } else if (state.view !== null) {
    const file = state.grid.file
    parts.push(
      summarySection(state, actions),
      h(
        'section',
        { class: 'panel issues-panel', 'aria-labelledby': 'issues-title' },
        h('h2', { id: 'issues-title' }, t('issuesTitle', lang)),
        issuesTable(state, actions),
        file === null
          ? null
          : later(deferred, () => {
              grid = dataGrid(state, actions, rows.get(file))
              return grid.element
            }),
      ),
      later(deferred, () => unitFilter(state, actions)),
      later(deferred, () => rulesPanel(state, actions)),
      later(deferred, () => seriesPanel(state, actions)),
      later(deferred, () => derivedPanel(state, actions)),
    )
  }
  parts.push(h('footer', { class: 'page-footer' }, t('footer', lang)))
  return {
    parts: parts.filter((part): part is Node => part !== null),
    later: deferred,
    grid: () => grid,
    progress,
  }
}
