/**
 * Where a unit's figures go when it ceases: the units valid on a day that its successors
 * (and theirs, through later reorganisations) lead to, with the share that reaches each.
 */

import type { Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { Exact } from './decimal'
import { type UnitLink, type UnitRegistry, unitKey } from './units'

/**
 * The units valid on `date` that a unit's lineage leads to, with the share of the unit
 * that reaches each (shares multiply along a chain: 60% of a commune whose successor later
 * merged whole is 60% of the merged one). A unit valid on `date` leads to itself. Empty
 * when the lineage stops before `date` (a unit abolished without successor). Shares of
 * several paths to one unit add up.
 */
export function lineageOnto(units: UnitRegistry, unit: Unit, date: string): readonly UnitLink[] {
  const shares = new Map<Unit, Decimal>()
  const walk = (current: Unit, share: Decimal, seen: ReadonlySet<Unit>) => {
    if (units.isValidOn(current, date)) {
      shares.set(current, (shares.get(current) ?? new Exact(0)).plus(share))
      return
    }
    // A cycle in the lineage leads nowhere; the registry's issues do not catch it, so stop here.
    if (seen.has(current)) return
    const next = new Set(seen).add(current)
    for (const link of units.successors(current)) walk(link.unit, share.times(link.share), next)
  }
  walk(unit, new Exact(1), new Set())
  return [...shares].map(([target, share]) => ({ unit: target, key: unitKey(target), share }))
}

/**
 * For each unit valid on `date`, the units that ceased before and whose lineage leads to
 * it, with the share that reaches it, in the registry's order. One pass over the registry.
 */
export function contributorsOnto(
  units: UnitRegistry,
  date: string,
): ReadonlyMap<Unit, readonly UnitLink[]> {
  const byTarget = new Map<Unit, UnitLink[]>()
  for (const unit of units.units) {
    // Skip the later copies of a duplicate key, and units that are still valid.
    if (units.get(unitKey(unit)) !== unit || units.isValidOn(unit, date)) continue
    for (const link of lineageOnto(units, unit, date)) {
      const list = byTarget.get(link.unit) ?? []
      list.push({ unit, key: unitKey(unit), share: link.share })
      byTarget.set(link.unit, list)
    }
  }
  return byTarget
}
