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
import { firstOnOrAfter } from '../first-on-or-after'
import { periodEndDate, periodStartDate } from '../period'
import type { DeriveContext } from './context'
import { type CountList, type CountLister, CountProvenance, countListOf } from './count-provenance'
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
    const statuses = new Set<string>(derivation.statuses ?? DEFAULT_STATUSES)
    // One pass, making no record: the span of years, and how many counted records each
    // unit has a year.
    let first = Number.POSITIVE_INFINITY
    let last = Number.NEGATIVE_INFINITY
    const tallies = new Map<string, UnitTally>()
    let seen = 0
    dataset.forEachRecord({ kind: derivation.record }, (unit, date, status) => {
      const year = Number(date.slice(0, 4))
      if (year < first) first = year
      if (year > last) last = year
      let tally = tallies.get(unit)
      if (tally === undefined) {
        tally = { years: new Map(), earliest: date, seen }
        tallies.set(unit, tally)
      } else if (date < tally.earliest) {
        tally.earliest = date
        tally.seen = seen
      }
      seen++
      if (statuses.has(status)) tally.years.set(year, (tally.years.get(year) ?? 0) + 1)
    })
    if (tallies.size === 0) continue
    // Records outside the dataset's part stretch the span: the whole data's years.
    const outside = ctx.outside?.recordYears(derivation.record)
    if (outside !== undefined) {
      first = Math.min(first, Number(outside.from))
      last = Math.max(last, Number(outside.to))
    }
    // Units in the order of their first record by date (then as given), as records list them.
    const byUnit = [...tallies]
      .sort(([, a], [, b]) =>
        a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.seen - b.seen,
      )
      .map(([unit, tally]) => [unit, tally.years] as const)
    const counted = [...statuses]
    const kind = derivation.record
    const listed = unitRecords(dataset, kind, counted)
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
        const provenance = new CountProvenance(kind, key, period, listed)
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

/**
 * The counted records of a unit in a year, by date, as inputs of its count: a report reads
 * the counts unit by unit, year after year, so the unit's records are listed once and each
 * year takes its run of them, found by date.
 */
function unitRecords(dataset: Dataset, kind: string, statuses: readonly string[]): CountLister {
  let lastUnit: string | undefined
  let list: CountList | undefined
  const yearOf = (unit: string, year: string): [CountList, number, number] => {
    if (unit !== lastUnit || list === undefined) {
      list = countListOf(dataset, { kind, unit, statuses: [...statuses] })
      lastUnit = unit
    }
    const { dates } = list
    const start = firstOnOrAfter(dates.length, (i) => dates[i]!, periodStartDate(year))
    const to = periodEndDate(year)
    let end = start
    while (end < dates.length && dates[end]! <= to) end++
    return [list, start, end]
  }
  return {
    inputs(unit, year) {
      const [of, start, end] = yearOf(unit, year)
      const inputs: ProvenanceInput[] = []
      for (let i = start; i < end; i++) inputs.push(of.input(i))
      return inputs
    },
    inputsJsonText(unit, year) {
      const [of, start, end] = yearOf(unit, year)
      let text = '['
      for (let i = start; i < end; i++)
        text += i === start ? of.inputJsonText(i) : `,${of.inputJsonText(i)}`
      return `${text}]`
    },
  }
}

/** A unit's counted records by year, and where its first record by date came. */
interface UnitTally {
  readonly years: Map<number, number>
  earliest: string
  seen: number
}
