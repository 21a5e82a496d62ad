/**
 * What a run limited to a part of the unit tree (see `unitScope`) must know of the data
 * outside it for its answers to be the whole run's. Three answers rest on the whole data:
 * which kinds of unit report an indicator (an aggregate expects every child of those kinds,
 * and `coverage` counts them), the years a kind of record spans (a unit's count is 0, not
 * absent, in a year only other units' records reach), and the first and last periods (the
 * rules that name none run over them).
 */

import type { Indicator, Unit } from '@tiendo/schema'
import { kindsWithAncestors, registryParents } from './aggregation-kinds'
import { canonicalPeriod, periodStartDate, toPeriod } from './period'
import type { UnitRegistry } from './units'

/** A span of years, as `YYYY` text. */
export interface YearSpan {
  readonly from: string
  readonly to: string
}

/** What is known of the data outside a part of the unit tree. Gather it with {@link collectDataOutside}. */
export interface DataOutside {
  /**
   * The kinds of the units outside that report an indicator — submitted its figures, or, for
   * an indicator counting records, submitted records of its kind — with the kinds of every
   * unit above them; `undefined` when none does.
   */
  reportingKinds(indicator: string): ReadonlySet<string> | undefined
  /** The years the records of a kind span outside; `undefined` when there are none. */
  recordYears(kind: string): YearSpan | undefined
  /** The canonical periods of the figures outside and the years of their records, each once. */
  readonly periods: readonly string[]
}

/**
 * Takes in the rows outside a part and makes their {@link DataOutside}. A row counts when
 * it names a unit of the registry and validation would not refuse it for its indicator or
 * its date: an indicator of the pack, a period that is one and has begun by `today` (a
 * record dated by then). A row refused for its value (out of bounds, in conflict) still
 * counts: that takes the row itself, which a store need not read.
 */
export interface DataOutsideCollector {
  /** The day the rows are checked on (`YYYY-MM-DD`). */
  readonly today: string
  /** Whether a figure of this period (as written) counts: a period, begun by `today`. */
  periodCounts(period: string): boolean
  /** A row of a unit outside (a code, or `code@YYYY-MM-DD`): a figure of an indicator. */
  observed(indicator: string, unit: string, period: string): void
  /** A unit outside has a row of an indicator that counts (a store's summary of its rows). */
  observedUnit(indicator: string, unit: string): void
  /** A row of an indicator outside, of this period (a store's summary of its rows). */
  observedPeriod(indicator: string, period: string): void
  /**
   * These codes in groups whose units report the same kinds (their own and those above
   * them): a store sums up its rows by group, not by unit, and tells each group by its first
   * code. Kinds are all a unit's rows tell, so nothing is lost.
   */
  groupCodes(codes: Iterable<string>): CodeGroups
  /** A unit outside has records of a kind dated from `first` to `last` (`YYYY-MM-DD`). */
  recorded(kind: string, unit: string, first: string, last: string): void
  /** What was taken in. */
  build(): DataOutside
}

/** Codes in groups of units that report the same kinds (see {@link DataOutsideCollector.groupCodes}). */
export interface CodeGroups {
  /** The codes. */
  readonly codes: readonly string[]
  /** The group of each code, by position: an index into `firsts`. */
  readonly groups: readonly number[]
  /** Each group's first code, which stands for the group. */
  readonly firsts: readonly string[]
}

/** Options of {@link collectDataOutside}. */
export interface CollectDataOutsideOptions {
  /** The day the run checks the rows on (`YYYY-MM-DD`): later periods and records do not count. */
  readonly today: string
}

/**
 * Gathers what the rows outside a part of the unit tree say (see {@link DataOutsideCollector}
 * for which rows count). A code that named several units over time counts the kinds of all
 * of them.
 */
export function collectDataOutside(
  registry: UnitRegistry,
  indicators: readonly Indicator[],
  options: CollectDataOutsideOptions,
): DataOutsideCollector {
  const known = new Set(indicators.map((indicator) => indicator.id))
  const observed = new Map<string, Set<string>>()
  const recorded = new Map<string, Set<string>>()
  const years = new Map<string, { from: string; to: string }>()
  const periods = new Set<string>()
  const verdicts = new Map<string, boolean>()
  const periodCounts = (period: string) => {
    let verdict = verdicts.get(period)
    if (verdict === undefined) {
      verdict = begunBy(period, options.today)
      // Periods are few; a hostile file's many distinct texts are judged each time.
      if (verdicts.size < 4096) verdicts.set(period, verdict)
    }
    return verdict
  }
  const add = (map: Map<string, Set<string>>, key: string, unit: string) => {
    const units = map.get(key)
    if (units === undefined) map.set(key, new Set([unit]))
    else units.add(unit)
  }
  const observedUnit = (indicator: string, unit: string) => {
    if (known.has(indicator)) add(observed, indicator, unit)
  }
  const observedPeriod = (indicator: string, period: string) => {
    if (known.has(indicator) && periodCounts(period)) periods.add(period)
  }
  const parents = registryParents(registry)
  const grouped = new WeakMap<object, CodeGroups>()
  return {
    today: options.today,
    periodCounts,
    groupCodes(codes) {
      // A part's codes are one set, asked for by each of a store's submissions: grouped once.
      const cached = typeof codes === 'object' ? grouped.get(codes) : undefined
      if (cached !== undefined) return cached
      const list = [...codes]
      const bySignature = new Map<string, number>()
      const firsts: string[] = []
      const groups = list.map((code) => {
        const signature = [...kindsWithAncestors(unitsOf(registry, code), parents)]
          .sort()
          .join('\u0000')
        let group = bySignature.get(signature)
        if (group === undefined) {
          group = firsts.length
          bySignature.set(signature, group)
          firsts.push(code)
        }
        return group
      })
      const found = { codes: list, groups, firsts }
      if (typeof codes === 'object') grouped.set(codes, found)
      return found
    },
    observed(indicator, unit, period) {
      if (!periodCounts(period)) return
      observedUnit(indicator, unit)
      observedPeriod(indicator, period)
    },
    observedUnit,
    observedPeriod,
    recorded(kind, unit, first, last) {
      if (first > options.today) return
      // A record dated after today is refused; a store sends one span for a unit's records.
      let end = last
      if (end > options.today) end = options.today
      const to = end.slice(0, 4)
      const from = first.slice(0, 4)
      add(recorded, kind, unit)
      const span = years.get(kind)
      if (span === undefined) years.set(kind, { from, to })
      else {
        if (from < span.from) span.from = from
        if (to > span.to) span.to = to
      }
    },
    build: () => dataOutside(registry, indicators, { observed, recorded, years, periods }),
  }
}

/** Whether a period's text is a period that has begun by `today`. */
function begunBy(period: string, today: string): boolean {
  try {
    return periodStartDate(toPeriod(period)) <= today
  } catch {
    return false
  }
}

function dataOutside(
  registry: UnitRegistry,
  indicators: readonly Indicator[],
  rows: {
    readonly observed: ReadonlyMap<string, ReadonlySet<string>>
    readonly recorded: ReadonlyMap<string, ReadonlySet<string>>
    readonly years: ReadonlyMap<string, YearSpan>
    readonly periods: ReadonlySet<string>
  },
): DataOutside {
  const parents = registryParents(registry)
  const kindsOf = (refs: Iterable<string>) => {
    const units: Unit[] = []
    for (const ref of refs) units.push(...unitsOf(registry, ref))
    return kindsWithAncestors(units, parents)
  }
  const counted = new Map<string, string>()
  for (const indicator of indicators) {
    if (indicator.derivation?.kind === 'record_count') {
      counted.set(indicator.id, indicator.derivation.record)
    }
  }
  const kinds = new Map<string, ReadonlySet<string> | undefined>()
  const canonical: string[] = []
  for (const period of rows.periods) {
    try {
      canonical.push(canonicalPeriod(period))
    } catch {
      // Not a period: its row's checks say so; it bounds nothing.
    }
  }
  for (const span of rows.years.values()) canonical.push(span.from, span.to)
  return {
    reportingKinds(indicator) {
      if (kinds.has(indicator)) return kinds.get(indicator)
      const record = counted.get(indicator)
      const refs = [
        ...(rows.observed.get(indicator) ?? []),
        ...(record === undefined ? [] : (rows.recorded.get(record) ?? [])),
      ]
      const found = refs.length === 0 ? undefined : kindsOf(refs)
      kinds.set(indicator, found)
      return found
    },
    recordYears: (kind) => rows.years.get(kind),
    periods: [...new Set(canonical)],
  }
}

/** The units a reference names: every unit that had a code, or the one `code@YYYY-MM-DD` names. */
function unitsOf(registry: UnitRegistry, ref: string): readonly Unit[] {
  if (!ref.includes('@')) return registry.withCode(ref)
  const unit = registry.get(ref)
  return unit === undefined ? [] : [unit]
}
