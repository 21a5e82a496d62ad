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
import { exactFigure, type FigureValue, toFigureValue } from '../figure'
import type { RecordEntry } from '../records'
import type { DeriveContext } from './context'
import { derivedPoint } from './derived-point'
import type { Provenance, ProvenanceInput } from './provenance'

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
    // One pass: the span of years, and how many counted records each unit has a year.
    let first = Number.POSITIVE_INFINITY
    let last = Number.NEGATIVE_INFINITY
    const byUnit = new Map<string, Map<number, number>>()
    for (const entry of entries) {
      const year = Number(entry.record.date.slice(0, 4))
      if (year < first) first = year
      if (year > last) last = year
      let years = byUnit.get(entry.unit)
      if (years === undefined) {
        years = new Map()
        byUnit.set(entry.unit, years)
      }
      if (!statuses.has(entry.record.status)) continue
      years.set(year, (years.get(year) ?? 0) + 1)
    }
    const counted = [...statuses]
    const kind = derivation.record
    // A country has tens of thousands of counts of a few distinct sizes, over a few years:
    // one figure per size and one text per year serve them all (both are immutable).
    const figures = new Map<number, FigureValue>()
    const periods = Array.from({ length: last - first + 1 }, (_, i) => String(first + i))
    for (const [key, years] of byUnit) {
      const unit = units.get(key)
      for (let year = first; year <= last; year++) {
        const period = periods[year - first]!
        if (unit !== undefined && !units.isValidDuring(unit, period)) continue
        const count = years.get(year) ?? 0
        const provenance: Provenance = {
          method: 'record_count',
          rule: kind,
          // Listed when read (a report shows them), not held: a country's counts name every
          // record submitted, and nothing else needs them.
          get inputs() {
            return dataset.records({ kind, unit: key, period, statuses: counted }).map(recordInput)
          },
        }
        let figure = figures.get(count)
        if (figure === undefined) {
          figure = toFigureValue(exactFigure(new Exact(count)))!
          figures.set(count, figure)
        }
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

/** A counted record as an input of its count. */
function recordInput(entry: RecordEntry): ProvenanceInput {
  return {
    indicator: String(entry.record.kind),
    unit: entry.unit,
    period: entry.record.date,
    role: 'record',
    derived: false,
    location: entry.location,
  }
}
