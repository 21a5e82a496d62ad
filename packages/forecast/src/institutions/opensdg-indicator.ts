/**
 * Open SDG's indicator-level status (`IndicatorProgress.get_indicator_progress` of
 * `sdg-build`, and Statistics Canada's "aggregated progress status"): the mean of the scores
 * of the indicator's series, a group of series counting once with the mean of its own; the
 * status follows from the mean score, and the target counts as achieved only when every
 * scored series achieved it.
 */

import { Exact } from '@tiendo/core'
import type { Decimal } from 'decimal.js'
import { AssessmentInputError } from '../errors'
import { explain } from '../reasons'
import type { Assessment, AssessmentExplanation, AssessmentStatus, ProfileVerdict } from '../types'
import { type OpenSdgLabel, openSdgVerdict, statusOfOpenSdg } from './opensdg'

/** A series assessed with the `opensdg` profile, or a group of them weighted as one. */
export type OpenSdgSeriesNode = Assessment | { readonly group: readonly OpenSdgSeriesNode[] }

/** Open SDG's verdict on an indicator. */
export interface OpenSdgIndicatorProgress {
  /** Tiendo's status: with targets' statuses when any scored series has a target. */
  readonly status: AssessmentStatus
  /** Open SDG's label from the mean score. */
  readonly label: OpenSdgLabel
  /** The mean score from −5 to +5; null when no series has one. */
  readonly score: Decimal | null
  /** The label and score as a series' `profileVerdict` carries them (with the label in words). */
  readonly verdict: ProfileVerdict
  /** Every scored series achieved its target. */
  readonly targetAchieved: boolean
  /** How many series have a score (and so count). */
  readonly scoredSeries: number
  /** Why the status is `insufficient_data`, in both languages. */
  readonly explanation?: AssessmentExplanation | undefined
}

interface Tally {
  score: Decimal | null
  achieved: boolean[]
  withTarget: boolean
  scored: number
}

function tally(nodes: readonly OpenSdgSeriesNode[], path: string): Tally {
  const scores: Decimal[] = []
  const achieved: boolean[] = []
  let withTarget = false
  let scored = 0
  nodes.forEach((node, i) => {
    if ('group' in node) {
      const inner = tally(node.group, `${path}[${i}].group`)
      if (inner.score !== null) scores.push(inner.score)
      achieved.push(...inner.achieved)
      withTarget ||= inner.withTarget
      scored += inner.scored
      return
    }
    if (node.profile !== 'opensdg') {
      throw notOpenSdg(`${path}[${i}]`)
    }
    const score = node.profileVerdict?.score ?? null
    if (score === null) return
    scores.push(score)
    achieved.push(node.status === 'achieved')
    withTarget ||= node.target !== null
    scored += 1
  })
  const score =
    scores.length === 0
      ? null
      : scores.reduce((sum, s) => sum.plus(s), new Exact(0)).div(scores.length)
  return { score, achieved, withTarget, scored }
}

/** 2.5 to 5 substantial, 0 to 2.5 moderate, −2.5 to 0 limited, below deterioration. */
export function openSdgLabelOfScore(score: Decimal | null, targetAchieved: boolean): OpenSdgLabel {
  if (targetAchieved) return 'target_achieved'
  if (score === null) return 'not_available'
  if (score.gte('2.5')) return 'substantial_progress'
  if (score.gte(0)) return 'moderate_progress'
  if (score.gte('-2.5')) return 'limited_progress'
  return 'deterioration'
}

/**
 * Open SDG's status of an indicator from its series' assessments (each made with
 * `profile: 'opensdg'`), grouped as the indicator's `progress_calculation_options` group
 * them. Throws an `AssessmentInputError` for an assessment of another profile.
 */
export function assessOpenSdgIndicator(
  series: readonly OpenSdgSeriesNode[],
): OpenSdgIndicatorProgress {
  if (!Array.isArray(series)) throw notOpenSdg('series')
  const { score, achieved, withTarget, scored } = tally(series, 'series')
  const targetAchieved = achieved.length > 0 && achieved.every(Boolean)
  const label = openSdgLabelOfScore(score, targetAchieved)
  const base = {
    status: statusOfOpenSdg(label, withTarget),
    label,
    score,
    verdict: openSdgVerdict(label, score),
    targetAchieved,
    scoredSeries: scored,
  }
  return label === 'not_available'
    ? { ...base, explanation: explain('opensdg_no_scored_series') }
    : base
}

function notOpenSdg(path: string): AssessmentInputError {
  return new AssessmentInputError(
    'invalid_input',
    path,
    {
      vi: 'Mỗi chuỗi phải được đánh giá với profile: "opensdg" (hoặc là một nhóm { group: [...] }).',
      en: 'Each series must be assessed with profile: "opensdg" (or be a group { group: [...] }).',
    },
    {
      vi: 'Gọi assessProgress({ ..., profile: "opensdg" }) cho từng chuỗi.',
      en: 'Call assessProgress({ ..., profile: "opensdg" }) for each series.',
    },
  )
}
