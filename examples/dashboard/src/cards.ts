import type { DataPoint } from '@tiendo/core'
import { formatPeriod, toExact } from '@tiendo/core'
import type { SeriesAssessment, TargetProgress } from './assess'
import { h } from './dom'
import { formatDecimal, formatFigure, formatShare, withUnit } from './format'
import type { Language } from './i18n'
import { COMPARATOR_SIGN, nameIn, OUTCOME_TEXT, STATUS_TEXT, t } from './i18n'

/** The status a card shows: the assessment's, or `not_assessed`. */
export function statusOf(item: SeriesAssessment): keyof typeof STATUS_TEXT {
  return item.assessment?.status ?? 'not_assessed'
}

/** The value figures of a series are shown with: two decimals at most, as published. */
const PLACES = 2

function targetLine(item: SeriesAssessment, progress: TargetProgress, lang: Language) {
  const { target, share, outcome } = progress
  const unit = item.series.indicator.unit
  const value = withUnit(formatDecimal(toExact(target.value), lang), unit, lang)
  const sign = COMPARATOR_SIGN[target.comparator] ?? target.comparator
  const baseline = item.assessment?.baseline
  const covered = share?.ok ? share.value : null
  // The bar shows the way covered, within 0–100%; the text says the exact share.
  const width = covered === null ? 0 : Math.max(0, Math.min(100, covered.times(100).toNumber()))
  return h(
    'li',
    { class: `target-row outcome-${outcome}`, 'data-target': target.id },
    h(
      'span',
      { class: 'target-text' },
      `${sign} ${value} ${t('targetBy', lang, { by: target.by })} — ${OUTCOME_TEXT[outcome][lang]}`,
    ),
    h(
      'span',
      {
        class: 'bar',
        role: 'progressbar',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': Math.round(width),
      },
      h('span', { class: 'fill', style: `width: ${width}%` }),
    ),
    covered !== null && baseline
      ? h(
          'span',
          { class: 'covered' },
          t('covered', lang, {
            share: formatShare(covered, lang),
            from: formatPeriod(baseline.period, lang),
          }),
        )
      : null,
  )
}

function sourceLink(point: DataPoint | undefined, lang: Language) {
  const source = point?.observation.source
  if (source === undefined || !/^https?:\/\//.test(source)) return null
  const host = new URL(source).hostname.replace(/^www\./, '')
  return h(
    'a',
    { class: 'source', href: source, rel: 'noopener noreferrer', target: '_blank' },
    `${t('source', lang)}: ${host}`,
  )
}

/** One indicator card: latest value, status, progress to each target, projection. */
export function renderCard(
  item: SeriesAssessment,
  lang: Language,
  onChart: (seriesId: string) => void,
): HTMLElement {
  const { series, assessment, band } = item
  const unit = series.indicator.unit
  const last = series.points.at(-1)
  const status = statusOf(item)
  const chosen = assessment?.target
  const projected = assessment?.projected
  const yearly = band?.points.find((point) => point.period === chosen?.by)
  const reason = assessment?.explanation?.message[lang] ?? item.refusal?.message[lang]
  const button = h('button', { type: 'button', class: 'chart-button' }, t('showChart', lang))
  button.addEventListener('click', () => onChart(series.id))
  return h(
    'article',
    {
      class: 'card',
      'data-series': series.id,
      'data-unit': series.unitKey,
      'data-status': status,
    },
    h(
      'header',
      {},
      h('h3', {}, nameIn(series.indicator.name, lang)),
      h('p', { class: 'unit-name' }, nameIn(series.unit.name, lang)),
    ),
    series.dataset.illustrative ? h('p', { class: 'illustrative' }, t('illustrative', lang)) : null,
    h('p', { class: `status status-${status}` }, STATUS_TEXT[status][lang]),
    h(
      'p',
      { class: 'latest' },
      h('span', { class: 'value' }, last ? formatFigure(last, unit, lang) : '—'),
      ' ',
      h('span', { class: 'period' }, last ? formatPeriod(last.period, lang) : ''),
    ),
    item.progress.length === 0
      ? h('p', { class: 'no-target' }, t('noTarget', lang))
      : h('ul', { class: 'targets' }, ...item.progress.map((p) => targetLine(item, p, lang))),
    chosen && projected
      ? h(
          'p',
          { class: 'projected' },
          t('projected', lang, {
            period: chosen.by,
            value: withUnit(formatDecimal(projected, lang, PLACES), unit, lang),
          }),
        )
      : null,
    yearly && band
      ? h(
          'p',
          { class: 'interval' },
          t('interval', lang, {
            level: formatShare(band.level, lang, 0),
            low: withUnit(formatDecimal(yearly.low, lang, PLACES), unit, lang),
            high: withUnit(formatDecimal(yearly.high, lang, PLACES), unit, lang),
          }),
        )
      : null,
    reason ? h('p', { class: 'reason' }, reason) : null,
    h('footer', {}, sourceLink(last, lang), button),
  )
}

/** Cards with a target first (the reason the pack exists), then the rest, in data order. */
export function cardOrder(items: readonly SeriesAssessment[]): SeriesAssessment[] {
  return [...items].sort(
    (a, b) => Number(b.series.targets.length > 0) - Number(a.series.targets.length > 0),
  )
}
