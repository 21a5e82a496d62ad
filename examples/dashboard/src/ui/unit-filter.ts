/**
 * The units filter: every unit the results name — units before and after the 2025 merger
 * are distinct (`56`, `56@2025-07-01`) — as checkboxes, with a search box and select all /
 * clear all. It filters rule results, progress and derived figures.
 */

import { h } from '../dom'
import { count, t } from '../i18n'
import type { State } from '../state'
import type { Actions } from './actions'

/** Whether a unit is shown under the state's filter. */
export function unitShown(state: State, key: string): boolean {
  return state.units === null || state.units.has(key)
}

export function unitFilter(state: State, actions: Actions): HTMLElement | null {
  const { lang, view } = state
  const units = view?.units ?? []
  if (units.length === 0) return null
  const chosen = units.filter((unit) => unitShown(state, unit.key)).length
  const search = h('input', { type: 'search', id: 'units-search', value: state.unitSearch })
  search.addEventListener('input', () => {
    state.unitSearch = search.value
    actions.redraw()
  })
  const needle = state.unitSearch.trim().toLocaleLowerCase(lang)
  const listed =
    needle === ''
      ? units
      : units.filter((unit) => unit.label.toLocaleLowerCase(lang).includes(needle))
  const all = h('button', { type: 'button', id: 'units-all', class: 'small' }, t('allUnits', lang))
  all.addEventListener('click', () => {
    state.units = null
    actions.redraw()
  })
  const none = h('button', { type: 'button', id: 'units-none', class: 'small' }, t('noUnits', lang))
  none.addEventListener('click', () => {
    state.units = new Set()
    actions.redraw()
  })
  return h(
    'section',
    { class: 'panel units', 'aria-labelledby': 'units-title' },
    h('h2', { id: 'units-title' }, t('unitsTitle', lang)),
    h('p', { class: 'hint' }, t('unitsHint', lang)),
    h(
      'div',
      { class: 'filters' },
      h('label', { for: 'units-search' }, t('unitsSearch', lang)),
      search,
      all,
      none,
      h(
        'span',
        { class: 'count', role: 'status' },
        t('unitsChosen', lang, { chosen: count(chosen, lang), total: count(units.length, lang) }),
      ),
    ),
    h(
      'fieldset',
      { class: 'unit-list' },
      h('legend', { class: 'visually-hidden' }, t('unitsTitle', lang)),
      ...listed.map((unit, i) => {
        const box = h('input', {
          type: 'checkbox',
          id: `unit-${i}`,
          'data-unit': unit.key,
          checked: unitShown(state, unit.key),
        })
        box.addEventListener('change', () => {
          const next = new Set(state.units ?? units.map((u) => u.key))
          if (box.checked) next.add(unit.key)
          else next.delete(unit.key)
          state.units = next.size === units.length ? null : next
          actions.redraw()
        })
        return h('span', { class: 'check' }, box, h('label', { for: `unit-${i}` }, unit.label))
      }),
    ),
  )
}
