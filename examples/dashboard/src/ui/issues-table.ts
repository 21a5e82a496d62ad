/**
 * The data issues: a table (file, line, column, code, message, how to fix) that sorts by any
 * column and filters by severity and code. Each row says where it points (`data-file`,
 * `data-row`, `data-column`) and shows that row in the data grid when chosen.
 */

import type { Severity } from '@tiendo/schema'
import { h, richText } from '../dom'
import { count, SEVERITY_TEXT, type TextKey, t } from '../i18n'
import { codeCounts, type IssueSortKey, queryIssues } from '../issue-order'
import type { IssueView } from '../page-view'
import type { State } from '../state'
import type { Actions } from './actions'
import { pageOf, pager } from './pager'

const PAGE = 100

const COLUMNS: readonly { key: IssueSortKey; text: TextKey }[] = [
  { key: 'severity', text: 'colSeverity' },
  { key: 'file', text: 'colFile' },
  { key: 'row', text: 'colRow' },
  { key: 'column', text: 'colColumn' },
  { key: 'code', text: 'colCode' },
  { key: 'message', text: 'colMessage' },
]

const SEVERITY_MARK: Record<Severity, string> = { error: '✗', warning: '⚠', info: 'ℹ' }

function filters(state: State, actions: Actions, issues: readonly IssueView[]): HTMLElement {
  const { lang } = state
  const severity = h(
    'select',
    { id: 'issues-severity' },
    h('option', { value: 'all' }, t('all', lang)),
    ...(['error', 'warning', 'info'] as const).map((level) =>
      h(
        'option',
        { value: level, selected: state.issues.severity === level },
        SEVERITY_TEXT[level][lang],
      ),
    ),
  )
  severity.addEventListener('change', () => {
    state.issues = { ...state.issues, severity: severity.value as Severity | 'all', page: 0 }
    actions.redraw()
  })
  const code = h(
    'select',
    { id: 'issues-code' },
    h('option', { value: 'all' }, t('all', lang)),
    ...codeCounts(issues).map(([name, n]) =>
      h(
        'option',
        { value: name, selected: state.issues.code === name },
        `${name} (${count(n, lang)})`,
      ),
    ),
  )
  code.addEventListener('change', () => {
    state.issues = { ...state.issues, code: code.value, page: 0 }
    actions.redraw()
  })
  return h(
    'div',
    { class: 'filters' },
    h('label', { for: 'issues-severity' }, t('severityFilter', lang)),
    severity,
    h('label', { for: 'issues-code' }, t('codeFilter', lang)),
    code,
  )
}

function header(state: State, actions: Actions): HTMLElement {
  const { lang, issues: query } = state
  return h(
    'tr',
    {},
    ...COLUMNS.map(({ key, text }) => {
      const sorted = query.sort === key
      const button = h(
        'button',
        {
          type: 'button',
          class: 'sort',
          id: `sort-${key}`,
          title: t('sortBy', lang, { column: t(text, lang) }),
        },
        t(text, lang),
        h('span', { 'aria-hidden': 'true' }, sorted ? (query.descending ? ' ▼' : ' ▲') : ' ↕'),
      )
      button.addEventListener('click', () => {
        state.issues = {
          ...query,
          sort: key,
          descending: sorted ? !query.descending : false,
          page: 0,
        }
        actions.redraw()
      })
      return h(
        'th',
        {
          scope: 'col',
          'aria-sort': sorted ? (query.descending ? 'descending' : 'ascending') : 'none',
        },
        button,
      )
    }),
    h('th', { scope: 'col' }, t('colFix', lang)),
  )
}

function row(issue: IssueView, state: State, actions: Actions): HTMLElement {
  const { lang } = state
  const attributes: Record<string, string> = {
    'data-code': issue.code,
    'data-severity': issue.severity,
  }
  if (issue.file !== null) attributes['data-file'] = issue.file
  if (issue.row !== null) attributes['data-row'] = String(issue.row)
  if (issue.column !== null) attributes['data-column'] = issue.column
  if (issue.path !== null) attributes['data-path'] = issue.path
  const linked = issue.file !== null && issue.rowKey !== null
  const show = linked
    ? h(
        'button',
        { type: 'button', class: 'small link' },
        t('showRow', lang, { row: issue.row ?? issue.rowKey ?? '' }),
      )
    : null
  show?.addEventListener('click', (event) => {
    event.stopPropagation()
    actions.showIssueRow(issue)
  })
  const tr = h(
    'tr',
    { ...attributes, class: `severity-${issue.severity}${linked ? ' linked' : ''}` },
    h('td', {}, `${SEVERITY_MARK[issue.severity]} ${SEVERITY_TEXT[issue.severity][lang]}`),
    h(
      'td',
      {},
      issue.file ?? '',
      issue.sheet === null ? null : h('span', { class: 'muted' }, ` [${issue.sheet}]`),
    ),
    h(
      'td',
      { class: 'num' },
      issue.row === null ? (issue.path ?? '') : String(issue.row),
      show === null ? null : h('br'),
      show,
    ),
    h('td', {}, issue.column ?? ''),
    h(
      'td',
      {},
      h('code', {}, issue.code),
      issue.rule === null ? null : h('br'),
      issue.rule === null ? null : h('code', {}, issue.rule),
    ),
    h('td', {}, ...richText(issue.message)),
    h('td', {}, ...richText(issue.hint)),
  )
  // The whole row is a target for the mouse; its button is the one for the keyboard.
  if (linked) tr.addEventListener('click', () => actions.showIssueRow(issue))
  return tr
}

/** The issues section's table part. */
export function issuesTable(state: State, actions: Actions): HTMLElement {
  const { lang, view } = state
  const issues = view?.issues ?? []
  if (issues.length === 0)
    return h('p', { class: 'none', id: 'no-issues' }, `✓ ${t('noIssues', lang)}`)
  const kept = queryIssues(issues, state.issues)
  const { shown, page, pages } = pageOf(kept, state.issues.page, PAGE)
  return h(
    'div',
    { class: 'issues' },
    filters(state, actions, issues),
    h(
      'p',
      { class: 'count', role: 'status' },
      t('issuesShown', lang, {
        shown: count(kept.length, lang),
        total: count(issues.length, lang),
      }),
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { id: 'issues-table' },
        h('caption', { class: 'visually-hidden' }, t('issuesTitle', lang)),
        h('thead', {}, header(state, actions)),
        h('tbody', {}, ...shown.map((issue) => row(issue, state, actions))),
      ),
    ),
    pager('issues-page', page, pages, lang, (to) => {
      state.issues = { ...state.issues, page: to }
      actions.redraw()
    }),
  )
}
