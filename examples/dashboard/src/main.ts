import './style.css'
import type { TiendoIssue } from '@tiendo/schema'
import { formatIssue } from '@tiendo/schema'
import type { SeriesAssessment } from './assess'
import { assessSeries } from './assess'
import { cardOrder, renderCard } from './cards'
import { renderChart } from './chart'
import type { DashboardData } from './data'
import { loadDashboardData } from './data'
import { h } from './dom'
import { renderUnitFilter } from './filter'
import { formatShare } from './format'
import type { Language } from './i18n'
import { nameIn, t } from './i18n'
import { renderLanguageSwitch } from './language-switch'
import type { ProductsSummary } from './products'
import { evaluateProducts, renderProducts } from './products'

/** The series the chart opens on: the national digital economy share, 20% by 2025, 30% by 2030. */
const FIRST_CHART = 'digital_economy_share_grdp|VN'

interface State {
  lang: Language
  units: Set<string>
  chart: string
}

interface Loaded {
  readonly data: DashboardData
  readonly items: readonly SeriesAssessment[]
  readonly products: ProductsSummary
}

const app = document.querySelector<HTMLElement>('#app')
if (app === null) throw new Error('index.html has no #app element')
const root: HTMLElement = app

function chartSection(visible: readonly SeriesAssessment[], state: State, rerender: () => void) {
  const lang = state.lang
  const shown = visible.find((item) => item.series.id === state.chart) ?? visible[0]
  if (shown === undefined) return null
  const select = h(
    'select',
    { id: 'chart-series' },
    ...visible.map((item) =>
      h(
        'option',
        { value: item.series.id, selected: item === shown },
        `${nameIn(item.series.indicator.name, lang)} — ${nameIn(item.series.unit.name, lang)}`,
      ),
    ),
  )
  select.addEventListener('change', () => {
    state.chart = select.value
    rerender()
  })
  const level = shown.band ? formatShare(shown.band.level, lang, 0) : ''
  return h(
    'section',
    { class: 'chart-panel' },
    h('h2', {}, t('chartTitle', lang)),
    h('label', { for: 'chart-series' }, `${t('chartFor', lang)}: `),
    select,
    renderChart(shown, lang),
    h(
      'ul',
      { class: 'legend' },
      h('li', { class: 'key-observed' }, t('observed', lang)),
      h('li', { class: 'key-target' }, t('targetMark', lang)),
      shown.band ? h('li', { class: 'key-trend' }, t('trend', lang)) : null,
      shown.band ? h('li', { class: 'key-band' }, t('band', lang, { level })) : null,
    ),
    shown.band ? null : h('p', { class: 'note' }, t('noBand', lang)),
    h('p', { class: 'note' }, t('method', lang)),
  )
}

function issuesSection(issues: readonly TiendoIssue[], lang: Language) {
  const shown = issues.filter((issue) => issue.severity !== 'info')
  if (shown.length === 0) return null
  return h(
    'details',
    { class: 'issues' },
    h('summary', {}, `${shown.length} ⚠`),
    h('ul', {}, ...shown.map((issue) => h('li', {}, formatIssue(issue, lang)))),
  )
}

function render(loaded: Loaded, state: State): void {
  const { lang } = state
  const rerender = () => render(loaded, state)
  document.documentElement.lang = lang
  document.title = t('title', lang)
  const visible = loaded.items.filter((item) => state.units.has(item.series.unitKey))
  const cards = visible.map((item) =>
    renderCard(item, lang, (id) => {
      state.chart = id
      rerender()
      document.querySelector('.chart-panel')?.scrollIntoView({ behavior: 'smooth' })
    }),
  )
  const parts: (Node | null)[] = [
    h(
      'header',
      { class: 'page-header' },
      h('div', {}, h('h1', {}, t('title', lang)), h('p', { class: 'lead' }, t('lead', lang))),
      renderLanguageSwitch(lang, (next) => {
        state.lang = next
        rerender()
      }),
    ),
    renderUnitFilter(loaded.data.units, state.units, lang, (units) => {
      state.units = units
      rerender()
    }),
    chartSection(visible, state, rerender) ?? h('p', { class: 'empty' }, t('none', lang)),
    h(
      'section',
      { class: 'cards-panel' },
      h('h2', { class: 'count' }, `${visible.length} ${t('indicators', lang)}`),
      h('div', { class: 'cards' }, ...cards),
    ),
    state.units.has(loaded.products.unitKey) ? renderProducts(loaded.products, lang) : null,
    issuesSection(loaded.data.issues, lang),
    h('footer', { class: 'page-footer' }, t('footer', lang)),
  ]
  root.replaceChildren(...parts.filter((part): part is Node => part !== null))
  root.dataset.state = 'ready'
}

async function start(): Promise<void> {
  const asked = new URLSearchParams(location.search).get('lang')
  const lang: Language = asked === 'en' ? 'en' : 'vi'
  root.textContent = t('loading', lang)
  const data = await loadDashboardData()
  const items = cardOrder(data.series.map(assessSeries))
  const products = await evaluateProducts(data.products)
  const state: State = {
    lang,
    units: new Set(data.units.map((unit) => unit.key)),
    chart: FIRST_CHART,
  }
  render({ data, items, products }, state)
}

start().catch((error: unknown) => {
  root.dataset.state = 'error'
  root.replaceChildren(
    h('h1', {}, `${t('failed', 'vi')} / ${t('failed', 'en')}`),
    h('pre', {}, error instanceof Error ? error.message : String(error)),
  )
})
