/**
 * A part of the unit tree a run can be limited to — one province of a national store, say:
 * the units named, every unit under them, and the units they were formed from or became.
 * Closed that way, what the part's figures, rules and series need lies inside it: a merged
 * province's series carries its predecessors' figures, a province's aggregates its communes'.
 */

import type { Unit } from '@tiendo/schema'
import { codeOf, type UnitRegistry, unitKey } from './units'

/** A closed part of a unit registry. Make one with {@link unitScope}. */
export interface UnitScope {
  /** The references it was made from, as given. */
  readonly refs: readonly string[]
  /** The references that named no unit of the registry. */
  readonly unknown: readonly string[]
  /** The units inside, in the registry's order. */
  readonly units: readonly Unit[]
  /** Whether a unit of the registry lies inside. */
  has(unit: Unit): boolean
  /** Whether the unit with this key (`58`, `56@2025-07-01`) lies inside. */
  hasKey(key: string): boolean
  /**
   * The codes that name units outside and none inside: a row naming one of these can be left
   * out before it is read as a figure. (A reused code may name units on both sides; such a
   * row is placed by resolving it in its period.)
   */
  readonly outsideCodes: ReadonlySet<string>
}

/** Options of {@link unitScope}. */
export interface UnitScopeOptions {
  /**
   * Whether the units under those named lie inside. `false` makes the part of a national run
   * that is the country alone, its provinces run apart. Defaults to `true`.
   */
  readonly descendants?: boolean | undefined
}

/**
 * The part of the registry made of the units `refs` name (a code names every unit that ever
 * had it; `code@YYYY-MM-DD` one unit), every unit under them at any time, and the units any
 * of those were formed from or became, closed under all three.
 */
export function unitScope(
  registry: UnitRegistry,
  refs: readonly string[],
  options: UnitScopeOptions = {},
): UnitScope {
  const childrenOf =
    options.descendants === false ? new Map<Unit, Unit[]>() : childrenAtAnyTime(registry)
  const inside = new Set<Unit>()
  const queue: Unit[] = []
  const add = (unit: Unit) => {
    if (inside.has(unit)) return
    inside.add(unit)
    queue.push(unit)
  }
  const unknown: string[] = []
  for (const ref of refs) {
    const named = ref.includes('@') ? [registry.get(ref)] : registry.withCode(ref)
    const found = named.filter((unit): unit is Unit => unit !== undefined)
    if (found.length === 0) unknown.push(ref)
    for (const unit of found) add(unit)
  }
  while (queue.length > 0) {
    const unit = queue.pop()!
    for (const child of childrenOf.get(unit) ?? []) add(child)
    for (const link of registry.predecessors(unit)) add(link.unit)
    for (const link of registry.successors(unit)) add(link.unit)
  }
  const keys = new Set<string>()
  const insideCodes = new Set<string>()
  for (const unit of inside) {
    keys.add(unitKey(unit))
    insideCodes.add(unit.code)
  }
  const outsideCodes = new Set<string>()
  for (const unit of registry.units) {
    if (!insideCodes.has(unit.code)) outsideCodes.add(unit.code)
  }
  return {
    refs: [...refs],
    unknown,
    units: registry.units.filter((unit) => inside.has(unit)),
    has: (unit) => inside.has(unit),
    hasKey: (key) => keys.has(key),
    outsideCodes,
  }
}

/** Each unit's children over all time: the units whose parent it is on some day. @internal */
export function childrenAtAnyTime(registry: UnitRegistry): Map<Unit, Unit[]> {
  const children = new Map<Unit, Unit[]>()
  for (const unit of registry.units) {
    if (unit.parent === undefined) continue
    const named = unit.parent.includes('@')
      ? [registry.get(unit.parent)]
      : registry.withCode(codeOf(unit.parent))
    for (const parent of named) {
      if (parent === undefined || !overlap(parent, unit)) continue
      const list = children.get(parent)
      if (list === undefined) children.set(parent, [unit])
      else list.push(unit)
    }
  }
  return children
}

/** Whether two units are valid on some common day (ISO dates compare as text). */
function overlap(a: Unit, b: Unit): boolean {
  return (
    (a.validFrom === undefined || b.validTo === undefined || a.validFrom <= b.validTo) &&
    (b.validFrom === undefined || a.validTo === undefined || b.validFrom <= a.validTo)
  )
}
