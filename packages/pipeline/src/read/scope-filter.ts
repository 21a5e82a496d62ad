/**
 * Which rows a run limited to a part of the unit tree (`units`) keeps: those naming a unit
 * inside it, and those naming no unit at all (their error is the run's to report). A row is
 * placed by its code when the code names units on one side only, by resolving it in its
 * period when a reused code names units on both. @internal
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

/** @internal */
export function scopeFilter(scope: UnitScope, registry: UnitRegistry): ScopeFilter {
  // Remembered per code as written, within memoizeText's bounds (hostile files repeat nothing).
  const sideOf = memoizeText((ref): Side => sideOfRef(ref, scope, registry))
  return {
    scope,
    observation({ unit, period }) {
      const side = sideOf(unit)
      if (side !== 'both') return side !== 'outside'
      try {
        const resolved = registry.resolve(unit, period)
        return !resolved.ok || scope.has(resolved.unit)
      } catch {
        // A period that is none: kept, for the row's checks to name it.
        return true
      }
    },
    record({ unit, date }) {
      const side = sideOf(unit)
      if (side !== 'both') return side !== 'outside'
      const found = registry.at(unit, date)
      return found === undefined || scope.has(found)
    },
    issue(issue) {
      const unit = (issue as { unit?: unknown }).unit
      return typeof unit !== 'string' || sideOf(unit) !== 'outside'
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
