/**
 * A run limited to a part of the unit tree, as the stages ask it: whether a unit lies inside.
 * @internal
 */

import type { UnitScope } from '@tiendo/core'
import type { Unit } from '@tiendo/schema'

/** The rules' `units` filter of a scope; `undefined` (every unit) without one. @internal */
export function insideOf(scope: UnitScope | undefined): ((unit: Unit) => boolean) | undefined {
  return scope === undefined ? undefined : (unit) => scope.has(unit)
}
