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

/** The page's parts, the grid to mount once they are in place, and the progress updater. */
export interface RenderedPage {
  readonly parts: Node[]
  readonly grid: GridHandle | undefined
  readonly progress: ((progress: ProgressMessage) => void) | undefined
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
    h(
      'p',
      { class: 'privacy', id: 'privacy' },
      h('span', { 'aria-hidden': 'true' }, '🔒 '),
      t('privacy', lang),
    ),
    inputsSection(state, actions),
  ]
  let progress: RenderedPage['progress']
  let grid: GridHandle | undefined
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
    grid =
      state.grid.file === null ? undefined : dataGrid(state, actions, rows.get(state.grid.file))
    parts.push(
      summarySection(state, actions),
      h(
        'section',
        { class: 'panel issues-panel', 'aria-labelledby': 'issues-title' },
        h('h2', { id: 'issues-title' }, t('issuesTitle', lang)),
        issuesTable(state, actions),
        grid?.element ?? null,
      ),
      unitFilter(state, actions),
      rulesPanel(state, actions),
      seriesPanel(state, actions),
      derivedPanel(state, actions),
    )
  }
  parts.push(h('footer', { class: 'page-footer' }, t('footer', lang)))
  return { parts: parts.filter((part): part is Node => part !== null), grid, progress }
}
