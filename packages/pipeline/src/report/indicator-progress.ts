/**
 * Open SDG's indicator-level status in a report: for every indicator with two or more series
 * assessed under the `opensdg` profile (its units, Tiendo's disaggregation), the status
 * `sdg-build` gives the indicator from its series (`assessOpenSdgIndicator`: the mean of the
 * series' scores; the target achieved only when every scored series achieved it). Computed
 * from the report's assessments, so every format says the same.
 */

import type { OpenSdgIndicatorProgress } from '@tiendo/forecast'
import { assessOpenSdgIndicator, decimalsToStrings } from '@tiendo/forecast'
import type { TargetReport } from '@tiendo/rules'
import type { Indicator } from '@tiendo/schema'

/** One indicator's Open SDG status over its series. */
export interface IndicatorProgress extends OpenSdgIndicatorProgress {
  readonly indicatorId: string
  readonly indicator: Indicator
  /** The units whose series were assessed under `opensdg`, in the report's order. */
  readonly units: readonly string[]
}

/** Whether a series counts towards its indicator's Open SDG status (assessed under `opensdg`). */
export function readsIndicatorProgress(series: TargetReport): boolean {
  return series.assessment.profile === 'opensdg' && series.series.length > 0
}

/** The indicators with at least two series assessed under `opensdg`, in the report's order. */
export function indicatorProgressOf(targets: readonly TargetReport[]): IndicatorProgress[] {
  const byIndicator = new Map<string, TargetReport[]>()
  for (const series of targets) {
    if (!readsIndicatorProgress(series)) continue
    const list = byIndicator.get(series.indicatorId)
    if (list === undefined) byIndicator.set(series.indicatorId, [series])
    else list.push(series)
  }
  const out: IndicatorProgress[] = []
  for (const [indicatorId, list] of byIndicator) {
    if (list.length < 2) continue
    out.push({
      ...assessOpenSdgIndicator(list.map((series) => series.assessment)),
      indicatorId,
      indicator: list[0]!.indicator,
      units: list.map((series) => series.unit),
    })
  }
  return out
}

/** An indicator's Open SDG status as the JSON report carries it (decimals as strings). */
export function indicatorProgressJson(progress: IndicatorProgress) {
  const { indicator: _, indicatorId, units, ...result } = progress
  return {
    indicator: indicatorId,
    profile: 'opensdg' as const,
    units,
    ...decimalsToStrings(result),
  }
}
