import { comparePeriods, formatPeriod } from '@tiendo/core'
import { renderTable } from '@tiendo/io'
import type { Indicator, Language, Observation } from '@tiendo/schema'

const words = {
  vi: {
    title: 'Ninh Thuận — số liệu chuyển đổi số đã công bố',
    header: ['Chỉ tiêu', 'Giá trị', 'Đơn vị', 'Kỳ', 'Tình trạng'],
    more_than: 'hơn',
    at_least: 'ít nhất',
    less_than: 'dưới',
    at_most: 'nhiều nhất',
    approx: 'khoảng',
    status: {
      actual: 'thực tế',
      estimate: 'ước tính',
      provisional: 'sơ bộ',
      preliminary: 'sơ bộ',
      planned: 'kế hoạch',
    },
    units: { percent: '%', count: '', vnd_billion: 'tỷ đồng', score: 'điểm (0–1)', rank: 'hạng' },
  },
  en: {
    title: 'Ninh Thuận — published digital-transformation figures',
    header: ['Indicator', 'Value', 'Unit', 'Period', 'Status'],
    more_than: 'more than',
    at_least: 'at least',
    less_than: 'less than',
    at_most: 'at most',
    approx: 'about',
    status: {
      actual: 'actual',
      estimate: 'estimate',
      provisional: 'provisional',
      preliminary: 'preliminary',
      planned: 'planned',
    },
    units: {
      percent: '%',
      count: '',
      vnd_billion: 'VND billion',
      score: 'score (0–1)',
      rank: 'rank',
    },
  },
} as const

/** A value as it was published: a range stays a range, a bound keeps its word. */
export function valueText(observation: Observation, lang: Language): string {
  const w = words[lang]
  const { qualifier, value, low, high } = observation
  if (qualifier === 'range') return `${low}–${high}`
  if (qualifier && qualifier !== 'exact') return `${w[qualifier]} ${value}`
  return value ?? ''
}

/** The table of indicators with their values, units and periods, in one language. */
export function observationTable(
  observations: readonly Observation[],
  indicators: ReadonlyMap<string, Indicator>,
  lang: Language,
): string {
  const w = words[lang]
  const sorted = [...observations].sort((a, b) =>
    a.indicator < b.indicator
      ? -1
      : a.indicator > b.indicator
        ? 1
        : comparePeriods(a.period, b.period),
  )
  const rows = sorted.map((observation) => {
    const indicator = indicators.get(observation.indicator)
    const unit = indicator?.unit ?? ''
    return [
      indicator?.name[lang] ?? observation.indicator,
      valueText(observation, lang),
      unit in w.units ? w.units[unit as keyof typeof w.units] : unit,
      formatPeriod(observation.period, lang),
      observation.status ? w.status[observation.status] : '',
    ]
  })
  return `${w.title}\n\n${renderTable(w.header, rows, ['left', 'right', 'left', 'left', 'left'])}`
}
