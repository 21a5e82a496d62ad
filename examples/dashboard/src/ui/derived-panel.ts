/**
 * Derived figures — nobody submitted them; Tiendo computed them (aggregated up the unit tree,
 * carried across the 2025 reorganisation, counted from records…) — each with how, and the
 * figures it tried and withheld, with why. The rows are the reports' own.
 */

import { h } from '../dom'
import { count, type TextKey, t } from '../i18n'
import type { DerivedView } from '../page-view'
import type { State } from '../state'
import type { Actions } from './actions'
import { pageOf, pager } from './pager'
import { unitShown } from './unit-filter'

const PAGE = 25

function table(
  id: string,
  rows: readonly DerivedView[],
  last: TextKey,
  state: State,
  actions: Actions,
  derived: boolean,
): HTMLElement {
  const { lang } = state
  const { shown, page, pages } = pageOf(rows, state.derivedPage, PAGE)
  const heads: TextKey[] = [
    'colIndicator',
    'unit',
    'colPeriod',
    derived ? 'colValue' : 'colHow',
    last,
  ]
  return h(
    'div',
    {},
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { id },
        h('thead', {}, h('tr', {}, ...heads.map((key) => h('th', { scope: 'col' }, t(key, lang))))),
        h(
          'tbody',
          {},
          ...shown.map((row) =>
            h(
              'tr',
              { 'data-unit': row.unitKey },
              ...row.cells.map((cell, i) =>
                i === 3 && derived
                  ? h(
                      'td',
                      { class: 'num' },
                      cell,
                      ' ',
                      h('span', { class: 'tag derived' }, t('derivedTag', lang)),
                    )
                  : h('td', {}, cell),
              ),
            ),
          ),
        ),
      ),
    ),
    pager(`${id}-page`, page, pages, lang, (to) => {
      state.derivedPage = to
      actions.redraw()
    }),
  )
}

export function derivedPanel(state: State, actions: Actions): HTMLElement | null {
  const { lang, view } = state
  if (view === null) return null
  const derived = view.derived.filter((row) => unitShown(state, row.unitKey))
  const withheld = view.withheld.filter((row) => unitShown(state, row.unitKey))
  return h(
    'section',
    { class: 'panel derived', 'aria-labelledby': 'derived-title' },
    h('h2', { id: 'derived-title' }, t('derivedTitle', lang)),
    h('p', { class: 'hint' }, t('derivedLead', lang)),
    view.derivedTotal > view.derived.length || view.withheldTotal > view.withheld.length
      ? h(
          'p',
          { class: 'hint' },
          t('derivedCapped', lang, {
            shown: count(view.derived.length + view.withheld.length, lang),
            total: count(view.derivedTotal + view.withheldTotal, lang),
          }),
        )
      : null,
    derived.length === 0
      ? h('p', { class: 'none' }, t('noDerived', lang))
      : table('derived-table', derived, 'colHow', state, actions, true),
    withheld.length === 0
      ? null
      : h(
          'details',
          {},
          h('summary', {}, `${t('withheldTitle', lang)} (${count(withheld.length, lang)})`),
          table('withheld-table', withheld, 'colWhy', state, actions, false),
        ),
  )
}
