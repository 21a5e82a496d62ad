/**
 * What carrying produces: the carried data point with its synthetic observation, and the
 * check of a carried value against a successor's own back-cast figure. @internal
 */

import type { Observation, ObservationStatus, TiendoIssue } from '@tiendo/schema'
import type { CarriedValue } from './carry'
import { type DataPoint, showValue } from './data-point'
import { Exact, toDecimalString } from './decimal'
import type { FigureValue } from './figure'
import { makeIssue } from './issue'
import { formatPeriod } from './period-format'

/** The status of a carried value: the sources' own when they agree, else `estimate`. @internal */
function statusOf(used: readonly DataPoint[]): ObservationStatus | undefined {
  const statuses = new Set(used.map((point) => point.observation.status))
  if (statuses.size === 1) return [...statuses][0]
  return 'estimate'
}

/** The data point of a carried value, with an observation that says where it came from. @internal */
export function carriedPoint(
  value: CarriedValue,
  used: readonly DataPoint[],
  date: string,
): DataPoint {
  const { figure } = value
  const sources = [...new Set(value.parts.map((part) => part.unit))].join(', ')
  const observation: Observation = {
    indicator: value.indicator,
    unit: value.unit,
    period: value.period,
  }
  if (figure.value !== undefined) observation.value = toDecimalString(figure.value)
  if (figure.qualifier !== 'exact') observation.qualifier = figure.qualifier
  if (figure.low !== undefined) observation.low = toDecimalString(figure.low)
  if (figure.high !== undefined) observation.high = toDecimalString(figure.high)
  const status = statusOf(used)
  if (status !== undefined) observation.status = status
  observation.source = `carried from ${sources}`
  observation.note =
    `Carried onto ${value.unit} as of ${date} by the rule \`${value.rule}\`` +
    (figure.approximate && figure.qualifier !== 'approx' ? '; some inputs were approximate' : '')
  return {
    indicator: value.indicator,
    unit: value.unit,
    period: value.period,
    value: figure.value,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    observation,
    from: value.from,
  }
}

/**
 * Whether a carried figure matches a reported one to the reported one's printed digits:
 * 0.70712 agrees with a published 0.7071 (it rounds to it), 0.70716 does not. Bounds and
 * ranges agree only when they are the same. @internal
 */
export function figuresAgree(carried: FigureValue, reported: DataPoint): boolean {
  if (carried.qualifier !== reported.qualifier) {
    const bothPoints =
      (carried.qualifier === 'exact' || carried.qualifier === 'approx') &&
      (reported.qualifier === 'exact' || reported.qualifier === 'approx')
    if (!bothPoints) return false
  }
  const near = (a: FigureValue['value'], b: DataPoint['value']) => {
    if (a === undefined || b === undefined) return a === b
    // Half a unit in the reported figure's last printed place.
    const tolerance = new Exact(10).pow(-b.decimalPlaces()).div(2)
    return a.minus(b).abs().lte(tolerance)
  }
  return (
    near(carried.value, reported.value) &&
    near(carried.low, reported.low) &&
    near(carried.high, reported.high)
  )
}

/** A carried value that disagrees with the successor's own figure. @internal */
export function valueDiffers(value: CarriedValue, reported: DataPoint): TiendoIssue {
  const carried = showValue(value.figure)
  const own = showValue(reported)
  const sources = value.parts.map((part) => `\`${part.unit}\``).join(', ')
  return makeIssue(
    'carried_value_differs',
    'warning',
    {
      message: {
        vi: `Giá trị \`${value.indicator}\` của \`${value.unit}\` trong ${formatPeriod(value.period, 'vi')} tính từ các đơn vị tiền thân (${sources}, quy tắc \`${value.rule}\`) là ${carried}, khác với số liệu đã công bố ${own}; giữ số liệu đã công bố.`,
        en: `The \`${value.indicator}\` value of \`${value.unit}\` in ${formatPeriod(value.period, 'en')} carried from its predecessors (${sources}, rule \`${value.rule}\`) is ${carried}, not the published ${own}; the published figure is kept.`,
      },
      hint: {
        vi: 'Kiểm tra số liệu của các đơn vị tiền thân và quy tắc ghép (`carry`) của chỉ tiêu.',
        en: "Check the predecessors' figures and the indicator's `carry` rule.",
      },
    },
    {
      location: reported.location,
      indicator: value.indicator,
      unit: value.unit,
      period: value.period,
    },
  )
}
