/**
 * A derived figure as a data point: the figure, a synthetic observation that says it was
 * derived, and its provenance. @internal
 */

import type { Observation, ObservationStatus } from '@tiendo/schema'
import type { DataPoint } from '../data-point'
import { toDecimalString } from '../decimal'
import type { FigureValue } from '../figure'
import type { Provenance } from './provenance'

/**
 * The status of a derived value: its inputs' own when they all agree, else `estimate`; none
 * for a value from no figures (a count of records), as for a figure submitted without one.
 */
function statusOf(inputs: readonly (DataPoint | undefined)[]): ObservationStatus | undefined {
  const statuses = new Set(inputs.map((point) => point?.observation.status))
  if (statuses.size === 0) return undefined
  if (statuses.size === 1) return [...statuses][0]
  return 'estimate'
}

/** The `source` of derived figures by method, then rule: one text each, as there are few. */
const SOURCES = new Map<string, Map<string, string>>()

function sourceText(method: string, rule: string): string {
  let byRule = SOURCES.get(method)
  if (byRule === undefined) {
    byRule = new Map()
    SOURCES.set(method, byRule)
  }
  let text = byRule.get(rule)
  if (text === undefined) {
    text = `derived: ${method} (${rule})`
    // Bounded: a pack names at most thousands of rules; beyond, texts are simply not shared.
    if (byRule.size < 10_000) byRule.set(rule, text)
  }
  return text
}

/** @internal */
export function derivedPoint(
  target: { readonly indicator: string; readonly unit: string; readonly period: string },
  figure: FigureValue,
  provenance: Provenance,
  inputs: readonly (DataPoint | undefined)[],
): DataPoint {
  const observation: Observation = {
    indicator: target.indicator,
    unit: target.unit,
    period: target.period,
  }
  if (figure.value !== undefined) observation.value = toDecimalString(figure.value)
  if (figure.qualifier !== 'exact') observation.qualifier = figure.qualifier
  if (figure.low !== undefined) observation.low = toDecimalString(figure.low)
  if (figure.high !== undefined) observation.high = toDecimalString(figure.high)
  const status = statusOf(inputs)
  if (status !== undefined) observation.status = status
  observation.source = sourceText(provenance.method, provenance.rule)
  return {
    indicator: target.indicator,
    unit: target.unit,
    period: target.period,
    value: figure.value,
    qualifier: figure.qualifier,
    low: figure.low,
    high: figure.high,
    observation,
    derived: provenance,
  }
}
