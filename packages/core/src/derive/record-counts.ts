/**
 * Counts of records as observations: for an indicator declared `derivation: record_count`,
 * each unit that submitted records of the kind gets, for every year the records of that
 * kind span, the number it submitted with a counted status (0 for a year without any).
 * A unit that submitted no record of the kind at all gets no count: nothing says it has
 * none rather than that it did not report. @internal
 */

import type { Indicator } from '@tiendo/schema'
import type { Dataset } from '../dataset'
import { Exact } from '../decimal'
import { exactFigure, toFigureValue } from '../figure'
import type { RecordEntry } from '../records'
import type { DeriveContext } from './context'
import { derivedPoint } from './derived-point'
import type { ProvenanceInput } from './provenance'

/** The statuses that count when a `record_count` derivation names none. */
const DEFAULT_STATUSES: readonly string[] = ['completed']

/** @internal */
export function deriveRecordCounts(
  indicators: readonly Indicator[],
  dataset: Dataset,
  ctx: DeriveContext,
): void {
  const { units } = ctx
  for (const indicator of indicators) {
    const { derivation } = indicator
    if (derivation?.kind !== 'record_count') continue
    const entries = dataset.records({ kind: derivation.record })
    if (entries.length === 0) continue
    const statuses = new Set(derivation.statuses ?? DEFAULT_STATUSES)
    const years = entries.map((entry) => Number(entry.record.date.slice(0, 4)))
    const first = Math.min(...years)
    const last = Math.max(...years)
    const byUnit = new Map<string, RecordEntry[]>()
    for (const entry of entries) {
      const list = byUnit.get(entry.unit)
      if (list === undefined) byUnit.set(entry.unit, [entry])
      else list.push(entry)
    }
    for (const [key, list] of byUnit) {
      const unit = units.get(key)
      for (let year = first; year <= last; year++) {
        const period = String(year)
        if (unit !== undefined && !units.isValidDuring(unit, period)) continue
        const counted = list.filter(
          (entry) => entry.record.date.startsWith(period) && statuses.has(entry.record.status),
        )
        const inputs: ProvenanceInput[] = counted.map((entry) => ({
          indicator: derivation.record,
          unit: key,
          period: entry.record.date,
          role: 'record',
          derived: false,
          location: entry.location,
        }))
        const figure = toFigureValue(exactFigure(new Exact(counted.length)))!
        const provenance = { method: 'record_count', rule: derivation.record, inputs } as const
        const point = derivedPoint(
          { indicator: indicator.id, unit: key, period },
          figure,
          provenance,
          [],
        )
        ctx.place(point, figure, 'record_count', derivation.record)
      }
    }
  }
}
