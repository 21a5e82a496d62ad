/**
 * UN ESCAP's Asia-Pacific SDG progress assessment: the current status index (progress made
 * since 2015, stopping at 10 once the target is met) and the anticipated progress of a
 * time-weighted regression, read as ESCAP's three calls to action.
 */

import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import type { AssessmentStatus, ProfileVerdict } from '../types'

/** The value of the current status index once the target is met. */
export const ESCAP_STATUS_CAP: Decimal = new Exact(10)

/** ESCAP's index stops at its cap once the latest value meets the target. */
export function capCurrentStatus(index: Decimal, latestMeetsTarget: boolean): Decimal {
  return latestMeetsTarget ? ESCAP_STATUS_CAP : index
}

const LABELS = {
  maintain: {
    label: 'maintain_progress',
    vi: 'Duy trì tiến độ để đạt chỉ tiêu',
    en: 'Maintain progress to achieve the target',
  },
  accelerate: {
    label: 'accelerate_progress',
    vi: 'Cần tăng tốc để đạt chỉ tiêu',
    en: 'Accelerate progress to achieve the target',
  },
  reverse: {
    label: 'reverse_trend',
    vi: 'Cần đảo ngược xu hướng để đạt chỉ tiêu',
    en: 'Reverse the trend to achieve the target',
  },
} as const

/**
 * ESCAP's call to action for a status with a target: maintain (the projection meets the
 * target, or it is met), accelerate (short of it), reverse the trend (the projection falls
 * behind the baseline). Null without a target, which ESCAP does not assess.
 */
export function escapVerdict(status: AssessmentStatus, hasTarget: boolean): ProfileVerdict | null {
  if (!hasTarget) return null
  const l =
    status === 'achieved' || status === 'on_track'
      ? LABELS.maintain
      : status === 'needs_acceleration' || status === 'limited_progress'
        ? LABELS.accelerate
        : status === 'deterioration'
          ? LABELS.reverse
          : null
  if (l === null) return null
  return {
    profile: 'escap',
    label: l.label,
    score: null,
    symbol: null,
    text: { vi: l.vi, en: l.en },
  }
}
