/**
 * Where a submitted and a derived figure meet: the submitted one stands, and a disagreement
 * beyond the indicator's tolerance is a warning naming both. @internal
 */

import type { Indicator, TiendoIssue } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type DataPoint, showValue } from '../data-point'
import { Exact } from '../decimal'
import { type Figure, type FigureValue, figureOf } from '../figure'
import { makeIssue } from '../issue'
import { formatPeriod } from '../period-format'
import type { DerivationMethod } from './provenance'

/** The relative tolerance when an indicator declares none: 1%. */
export const DEFAULT_TOLERANCE = new Exact('0.01')

/** How each method reads in a sentence. */
const HOW: Record<DerivationMethod, { vi: string; en: string }> = {
  ratio: { vi: 'tính từ tử số và mẫu số', en: 'computed from its numerator and denominator' },
  aggregate: { vi: 'tổng hợp từ các đơn vị cấp dưới', en: 'aggregated from its child units' },
  carry: { vi: 'ghép từ các đơn vị tiền thân', en: 'carried from its predecessors' },
  composite: { vi: 'tính từ các thành phần của chỉ số', en: 'scored from the index components' },
  record_count: { vi: 'đếm từ các bản ghi', en: 'counted from the records' },
}

/**
 * How far apart two figures are, relative to the submitted one: the gap between their
 * intervals over the submitted value (or bound). 0 when they overlap; `undefined` when the
 * submitted figure is 0 and they do not overlap (any gap is then too much).
 */
function relativeGap(submitted: Figure, derived: FigureValue): Decimal | undefined {
  const { lower, upper } = derived.interval
  let gap = new Exact(0)
  if (lower !== null && submitted.upper !== null) {
    const above = lower.value.minus(submitted.upper.value)
    if (above.gt(gap)) gap = above
  }
  if (upper !== null && submitted.lower !== null) {
    const below = submitted.lower.value.minus(upper.value)
    if (below.gt(gap)) gap = below
  }
  if (gap.isZero()) return gap
  const reference = submitted.point ?? submitted.lower?.value ?? submitted.upper?.value
  if (reference === undefined || reference.isZero()) return undefined
  return gap.div(reference.abs())
}

/**
 * The warning for a submitted figure that a derived one contradicts beyond the indicator's
 * `tolerance`, or `undefined` when they agree.
 */
export function checkAgainstSubmitted(
  indicator: Indicator,
  submitted: DataPoint,
  derived: FigureValue,
  method: DerivationMethod,
  rule: string,
): TiendoIssue | undefined {
  const own = figureOf(submitted)
  if (own === undefined) return undefined
  const tolerance =
    indicator.tolerance === undefined ? DEFAULT_TOLERANCE : new Exact(String(indicator.tolerance))
  const gap = relativeGap(own, derived)
  if (gap?.lte(tolerance)) return undefined
  const shownDerived = showValue({ ...derived, value: derived.value?.toSignificantDigits(12) })
  const shownOwn = showValue(submitted)
  const percent = (value: Decimal) => value.times(100).toSignificantDigits(3).toFixed()
  const off =
    gap === undefined
      ? { vi: 'khác 0', en: 'not 0' }
      : {
          vi: `chênh ${percent(gap).replace('.', ',')}%, vượt mức cho phép ${percent(tolerance).replace('.', ',')}%`,
          en: `${percent(gap)}% apart, beyond the tolerance of ${percent(tolerance)}%`,
        }
  const how = HOW[method]
  return makeIssue(
    'derived_value_differs',
    'warning',
    {
      message: {
        vi: `\`${indicator.id}\` của \`${submitted.unit}\` trong ${formatPeriod(submitted.period, 'vi')}: số liệu đã nộp là ${shownOwn}, còn ${how.vi} (\`${rule}\`) là ${shownDerived} (${off.vi}); giữ số liệu đã nộp.`,
        en: `\`${indicator.id}\` of \`${submitted.unit}\` in ${formatPeriod(submitted.period, 'en')}: the submitted figure is ${shownOwn}, ${how.en} (\`${rule}\`) it is ${shownDerived} (${off.en}); the submitted figure stands.`,
      },
      hint: {
        vi: 'Kiểm tra số liệu đã nộp và số liệu của các đơn vị đầu vào; nếu chênh lệch là bình thường, nới `tolerance` của chỉ tiêu.',
        en: "Check the submitted figure and those of the inputs; if such a gap is expected, widen the indicator's `tolerance`.",
      },
    },
    {
      location: submitted.location,
      indicator: indicator.id,
      unit: submitted.unit,
      period: submitted.period,
    },
  )
}
