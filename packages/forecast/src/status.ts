/**
 * Classification: from a ratio, share or growth and three thresholds to a status.
 */
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from './errors'
import { checkValue } from './series'
import type { Thresholds, ThresholdsInput } from './types'

/**
 * With a target: `≥ high` on track, `≥ mid` needs acceleration, `≥ low` limited progress,
 * `< low` deterioration (Eurostat's `0.95 / 0.6 / 0` on the growth ratio).
 */
export function classifyWithTarget(
  value: Decimal,
  thresholds: Thresholds,
): 'on_track' | 'needs_acceleration' | 'limited_progress' | 'deterioration' {
  if (value.gte(thresholds.high)) return 'on_track'
  if (value.gte(thresholds.mid)) return 'needs_acceleration'
  if (value.gte(thresholds.low)) return 'limited_progress'
  return 'deterioration'
}

/**
 * Without a target: above `high` improving, below `low` worsening, otherwise (bounds
 * included) stable. `mid` only separates the bands within `stable` and is not used.
 */
export function classifyWithoutTarget(
  growth: Decimal,
  thresholds: Thresholds,
): 'improving' | 'stable' | 'worsening' {
  if (growth.gt(thresholds.high)) return 'improving'
  if (growth.lt(thresholds.low)) return 'worsening'
  return 'stable'
}

/** Checks thresholds given as `[high, mid, low]` or `{ high, mid, low }`; they must not increase. */
export function checkThresholds(input: ThresholdsInput): Thresholds {
  if (typeof input !== 'object' || input === null) throw badThresholds()
  const [high, mid, low] = Array.isArray(input)
    ? (input as readonly unknown[])
    : [
        (input as { high: unknown }).high,
        (input as { mid: unknown }).mid,
        (input as { low: unknown }).low,
      ]
  const result = {
    high: checkValue(high, 'thresholds.high'),
    mid: checkValue(mid, 'thresholds.mid'),
    low: checkValue(low, 'thresholds.low'),
  }
  if (result.high.lt(result.mid) || result.mid.lt(result.low)) throw badThresholds()
  return result
}

function badThresholds(): AssessmentInputError {
  return new AssessmentInputError(
    'invalid_thresholds',
    'thresholds',
    {
      vi: 'Ngưỡng phải là [cao, giữa, thấp] theo thứ tự cao ≥ giữa ≥ thấp.',
      en: 'Thresholds must be [high, mid, low] ordered high ≥ mid ≥ low.',
    },
    { vi: 'Ví dụ [0.95, 0.6, 0].', en: 'For example [0.95, 0.6, 0].' },
  )
}
