/**
 * Rule results by unit and period — for the Ninh Thuận pack, the one-product-a-year rule —
 * the units that failed most first. Each cell says its outcome in words and with a sign, not
 * only by colour; a failure's message is its title.
 */

import { h } from '../dom'
import { count, SEVERITY_TEXT, t } from '../i18n'
import type { RuleCell, RuleView } from '../page-view'
import type { State } from '../state'
import type { Actions } from './actions'
import { unitShown } from './unit-filter'

const MARK = { passed: '✓', failed: '✗', skipped: '–' } as const

function cell(result: RuleCell | null, state: State): HTMLElement {
  const { lang } = state
  if (result === null)
    return h(
      'td',
      { class: 'outcome none' },
      h('span', { class: 'visually-hidden' }, t('notEvaluated', lang)),
    )
  const word = t(result.outcome, lang)
  return h(
    'td',
    {
      class: `outcome ${result.outcome}`,
      'data-outcome': result.outcome,
      title: result.message ?? word,
    },
    `${MARK[result.outcome]} ${word}`,
  )
}

function ruleTable(rule: RuleView, state: State, actions: Actions): HTMLElement {
  const { lang } = state
  const units = rule.units.filter((unit) => unitShown(state, unit.key))
  const shown = units.slice(0, state.rulesShown)
  const more = units.length - shown.length
  const button =
    more > 0
      ? h(
          'button',
          { type: 'button', class: 'small', id: `rule-more-${rule.id}` },
          t('showMore', lang, { count: count(Math.min(more, 30), lang) }),
        )
      : null
  button?.addEventListener('click', () => {
    state.rulesShown += 30
    actions.redraw()
  })
  return h(
    'article',
    { class: 'rule', 'data-rule': rule.id },
    h(
      'h3',
      {},
      h('code', {}, rule.id),
      ' ',
      h('span', { class: `badge ${rule.severity}` }, SEVERITY_TEXT[rule.severity][lang]),
      rule.illustrative ? h('span', { class: 'tag' }, t('illustrative', lang)) : null,
      ' ',
      h('span', { class: 'muted' }, t('ruleFailed', lang, { failed: count(rule.failed, lang) })),
    ),
    rule.description === null ? null : h('p', { class: 'hint' }, rule.description),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'rule-table' },
        h('caption', { class: 'visually-hidden' }, rule.id),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('unit', lang)),
            ...rule.periodLabels.map((label) => h('th', { scope: 'col' }, label)),
          ),
        ),
        h(
          'tbody',
          {},
          ...shown.map((unit) =>
            h(
              'tr',
              { 'data-unit': unit.key, 'data-failed': unit.failed },
              h('th', { scope: 'row' }, unit.label, ' ', h('code', { class: 'muted' }, unit.key)),
              ...unit.outcomes.map((result) => cell(result, state)),
            ),
          ),
        ),
      ),
    ),
    button,
  )
}

export function rulesPanel(state: State, actions: Actions): HTMLElement | null {
  const { lang, view } = state
  if (view === null) return null
  return h(
    'section',
    { class: 'panel rules', 'aria-labelledby': 'rules-title' },
    h('h2', { id: 'rules-title' }, t('rulesTitle', lang)),
    view.rules.length === 0 ? h('p', { class: 'none' }, t('noRules', lang)) : null,
    ...view.rules.map((rule) => ruleTable(rule, state, actions)),
    view.ruleProblems.length === 0
      ? null
      : h('ul', { class: 'warning' }, ...view.ruleProblems.map((text) => h('li', {}, text))),
  )
}
