/**
 * Which of a parent's children its figure of an indicator is made from. A province has
 * communes and its own departments (agencies) as children; a commune indicator (villages
 * with fibre) is reported by communes, and a department that never reports it is not a
 * missing child. So the children counted — for the figure, its coverage, `children_sum` —
 * are those of the kinds that report the indicator: the kinds a pack declares
 * (`aggregation.childKinds`), else the kinds of the units that have a figure of it (or of
 * the parts it is aggregated from) and the kinds above them in the tree, which receive
 * derived figures in turn.
 */

import type { Indicator, Unit } from '@tiendo/schema'
import { partsOf } from './aggregate'
import { specOf } from './combine'
import { codeOf } from './units'

/** The indicators whose figures say who reports `indicator`: itself and the parts it sums. */
export function reportingIndicators(indicator: Indicator): readonly string[] {
  const parts = partsOf(specOf(indicator))
  if (!Array.isArray(parts)) return [indicator.id]
  const ids = new Set([indicator.id])
  for (const part of parts) if (part.role !== 'weight') ids.add(part.spec.id)
  return [...ids]
}

/**
 * The kinds of these units and of every unit above them; `parentsOf` gives each version of
 * a unit's parent (a province is a province before and after a reorganisation).
 */
export function kindsWithAncestors(
  reporting: Iterable<Unit>,
  parentsOf: (unit: Unit) => readonly Unit[],
): Set<string> {
  const kinds = new Set<string>()
  const seen = new Set<Unit>()
  const climb = (unit: Unit) => {
    if (seen.has(unit)) return
    seen.add(unit)
    kinds.add(unit.kind)
    for (const parent of parentsOf(unit)) climb(parent)
  }
  for (const unit of reporting) climb(unit)
  return kinds
}

/** Every version of a unit's parent in a registry (`createUnitRegistry`'s). */
export function registryParents(units: {
  withCode(code: string): readonly Unit[]
}): (unit: Unit) => readonly Unit[] {
  return (unit) => (unit.parent === undefined ? NO_UNITS : units.withCode(codeOf(unit.parent)))
}

const NO_UNITS: readonly Unit[] = []

/**
 * The kinds a parent's figure of `indicator` is made from: those the pack declares, else
 * `reporting()` (the kinds that report it, from {@link kindsWithAncestors}); `undefined`
 * (every kind) when neither says.
 */
export function aggregationKinds(
  indicator: Indicator,
  reporting: () => ReadonlySet<string> | undefined,
): ReadonlySet<string> | undefined {
  const { aggregation } = indicator
  const declared = aggregation.method === 'none' ? undefined : aggregation.childKinds
  return declared === undefined ? reporting() : new Set(declared)
}

/** The children of the given kinds (all of them when no kinds are given). */
export function childrenOfKinds(
  children: readonly Unit[],
  kinds: ReadonlySet<string> | undefined,
): readonly Unit[] {
  if (kinds === undefined || children.every((child) => kinds.has(child.kind))) return children
  return children.filter((child) => kinds.has(child.kind))
}
