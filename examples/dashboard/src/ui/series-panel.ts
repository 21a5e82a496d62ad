/**
 * Progress to targets: a card per series (an indicator for a unit) with its status in
 * words, its targets and their outcomes, the assessment's explanation, and the chart the
 * reports draw (`seriesChartSvg`: series, targets, projection and its band). Series with a
 * target come first, the most worrying first; a series with derived values says so.
 */

import { h } from '../dom'
import { count, t } from '../i18n'
import type { SeriesView } from '../page-view'
import type { State } from '../state'
import type { Actions } from './actions'
import { pageOf, pager } from './pager'
import { unitShown } from './unit-filter'

const PAGE = 12

/** A chart's place in the state's cache: charts are drawn in a language. */
export function chartKey(lang: string, series: string): string {
  return `${lang}|${series}`
}

function card(series: SeriesView, state: State): HTMLElement {
  const { lang } = state
  const svg = state.charts.get(chartKey(lang, series.key))
  const chart = h(
    'div',
    {
      class: 'chart',
      'data-chart': series.key,
      'data-chart-state': svg === undefined ? 'pending' : 'drawn',
    },
    svg === undefined ? t('drawing', lang) : null,
  )
  // The report's own SVG: built by @tiendo/pipeline, every text in it escaped, no script.
  if (svg !== undefined) chart.innerHTML = svg
  return h(
    'article',
    {
      class: 'card',
      'data-series': series.key,
      'data-unit': series.unitKey,
      'data-status': series.status,
      'data-method': series.method,
    },
    h(
      'header',
      {},
      h(
        'div',
        {},
        h('h3', {}, series.indicator),
        h('p', { class: 'muted' }, series.unit, ' · ', h('code', {}, series.indicatorId)),
      ),
      h('span', { class: `badge ${series.tone}` }, series.statusLabel),
    ),
    h(
      'p',
      { class: 'tags' },
      series.derived
        ? h(
            'span',
            { class: 'tag derived', title: t('derivedTagTitle', lang) },
            t('derivedTag', lang),
          )
        : null,
      series.illustrative ? h('span', { class: 'tag' }, t('illustrative', lang)) : null,
    ),
    series.charted ? chart : h('p', { class: 'muted' }, t('noData', lang)),
    h('p', { class: 'latest' }, `${t('latest', lang)}: ${series.latest ?? '—'}`),
    series.targets.length === 0
      ? null
      : h(
          'ul',
          { class: 'targets' },
          ...series.targets.map((target) =>
            h(
              'li',
              { 'data-outcome': target.outcome },
              `${target.text}: `,
              h('strong', { class: `outcome-${target.outcome}` }, target.outcomeLabel),
            ),
          ),
        ),
    series.explanation === null ? null : h('p', { class: 'reason' }, series.explanation),
  )
}

export function seriesPanel(state: State, actions: Actions): HTMLElement | null {
  const { lang, view } = state
  if (view === null) return null
  const inUnits = view.series.filter((series) => unitShown(state, series.unitKey))
  const statuses = new Map<string, string>()
  for (const series of inUnits) statuses.set(series.status, series.statusLabel)
  const kept =
    state.seriesStatus === 'all' ? inUnits : inUnits.filter((s) => s.status === state.seriesStatus)
  const { shown, page, pages } = pageOf(kept, state.seriesPage, PAGE)
  const filter = h(
    'select',
    { id: 'series-status' },
    h('option', { value: 'all' }, `${t('all', lang)} (${count(inUnits.length, lang)})`),
    ...[...statuses].map(([status, label]) =>
      h(
        'option',
        { value: status, selected: state.seriesStatus === status },
        `${label} (${count(inUnits.filter((s) => s.status === status).length, lang)})`,
      ),
    ),
  )
  filter.addEventListener('change', () => {
    state.seriesStatus = filter.value
    state.seriesPage = 0
    actions.redraw()
  })
  return h(
    'section',
    { class: 'panel targets-panel', 'aria-labelledby': 'targets-title' },
    h('h2', { id: 'targets-title' }, t('targetsTitle', lang)),
    h(
      'div',
      { class: 'filters' },
      h('label', { for: 'series-status' }, t('statusFilter', lang)),
      filter,
    ),
    h('p', { class: 'hint' }, t('chartNote', lang)),
    shown.length === 0
      ? h('p', { class: 'none' }, t('noSeries', lang))
      : h('div', { class: 'cards' }, ...shown.map((series) => card(series, state))),
    pager('series-page', page, pages, lang, (to) => {
      state.seriesPage = to
      actions.redraw()
    }),
  )
}
