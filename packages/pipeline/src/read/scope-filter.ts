/**
 * Which rows a run limited to a part of the unit tree (`units`) keeps: those naming a unit
 * inside it, and those naming no unit at all (their error is the run's to report; in a
 * national run in parts, the top's run's alone). A row is placed by its code when the code
 * names units on one side only, by resolving it in its period when a reused code names units
 * on both. @internal
 */

import type { UnitRegistry, UnitScope } from '@tiendo/core'
import type { Observation, SubmittedRecord, TiendoIssue } from '@tiendo/schema'
import { memoizeText } from '@tiendo/schema/internal'

/** @internal */
export interface ScopeFilter {
  readonly scope: UnitScope
  observation(observation: Observation): boolean
  record(record: SubmittedRecord): boolean
  /** An issue of the reader's: left out when it names a unit that lies outside. */
  issue(issue: TiendoIssue): boolean
}

type Side = 'inside' | 'outside' | 'both' | 'none'

/** Options of {@link scopeFilter}. @internal */
export interface ScopeFilterOptions {
  /**
   * Whether rows and issues naming no unit of the registry are kept (the default), or left
   * to another run: a national run in parts places them in the top's run, once.
   */
  readonly unplaced?: 'keep' | 'leave' | undefined
}

/** @internal */
export function scopeFilter(
  scope: UnitScope,
  registry: UnitRegistry,
  options: ScopeFilterOptions = {},
): ScopeFilter {
  const keepUnplaced = options.unplaced !== 'leave'
  // Remembered per code as written, within memoizeText's bounds (hostile files repeat nothing).
  const sideOf = memoizeText((ref): Side => sideOfRef(ref, scope, registry))
  /**
   * A row naming a reused code, placed by the unit the code named in its period; `otherwise`
   * when it named none then, or the period is none (kept, for the row's checks to name it).
   */
  const inPeriod = (unit: string, period: string, otherwise: boolean) => {
    try {
      const resolved = registry.resolve(unit, period)
      return resolved.ok ? scope.has(resolved.unit) : otherwise
    } catch {
      return otherwise
    }
  }
  return {
    scope,
    observation({ unit, period }) {
      const side = sideOf(unit)
      if (side !== 'both') return side === 'inside' || (side === 'none' && keepUnplaced)
      return inPeriod(unit, period, keepUnplaced)
    },
    record({ unit, date }) {
      const side = sideOf(unit)
      if (side !== 'both') return side === 'inside' || (side === 'none' && keepUnplaced)
      const found = registry.at(unit, date)
      return found === undefined ? keepUnplaced : scope.has(found)
    },
    issue(issue) {
      const { unit, period } = issue as { unit?: unknown; period?: unknown }
      if (typeof unit !== 'string') return keepUnplaced
      const side = sideOf(unit)
      if (side !== 'both') return side === 'inside' || (side === 'none' && keepUnplaced)
      // Without a period that places it, every part the code reaches reports it.
      return typeof period === 'string' ? inPeriod(unit, period, true) : true
    },
  }
}

function sideOfRef(ref: string, scope: UnitScope, registry: UnitRegistry): Side {
  if (ref.includes('@')) {
    const unit = registry.get(ref)
    if (unit === undefined) return 'none'
    return scope.has(unit) ? 'inside' : 'outside'
  }
  const units = registry.withCode(ref)
  if (units.length === 0) return 'none'
  const inside = units.filter((unit) => scope.has(unit)).length
  return inside === 0 ? 'outside' : inside === units.length ? 'inside' : 'both'
}
