import type { Unit } from '@tiendo/schema'

/**
 * Whether a unit exists at some time between two ISO dates (inclusive). An absent
 * `validFrom` or `validTo` is open. ISO dates compare as text.
 * @internal
 */
export function validDuring(unit: Unit, start: string, end: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= end) &&
    (unit.validTo === undefined || unit.validTo >= start)
  )
}

/** The reference that names exactly this unit: `56@2025-07-01`, or its code. @internal */
export function unitKey(unit: Unit): string {
  return unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`
}

/**
 * Whether a reference (`56`, `56@2025-07-01`) names a unit: the code alone names every unit
 * with that code, a dated reference the one starting that day.
 * @internal
 */
export function refNames(ref: string, unit: Unit): boolean {
  const at = ref.indexOf('@')
  if (at === -1) return ref === unit.code
  return ref.slice(0, at) === unit.code && ref.slice(at + 1) === unit.validFrom
}

/**
 * Of the units a reference may name, the one it names during a period: for a dated
 * reference the unit starting that day, if it exists then (or begins later); for a code the unit valid during the period, and
 * when two were (a merger mid-year), the one valid at the end of the period. A dated
 * reference also names its unit in a period before the unit began (a back-cast figure).
 * @internal
 */
export function pickUnit(
  ref: string,
  candidates: readonly Unit[],
  start: string,
  end: string,
): Unit | undefined {
  if (ref.includes('@')) {
    // A period wholly before the unit began: a figure back-cast onto its territory (the
    // 2024 DTI of the merged Khánh Hòa), as `@tiendo/core` resolves it.
    return candidates.find(
      (unit) =>
        refNames(ref, unit) &&
        (validDuring(unit, start, end) || (unit.validFrom !== undefined && end < unit.validFrom)),
    )
  }
  let best: Unit | undefined
  for (const unit of candidates) {
    if (!validDuring(unit, start, end)) continue
    if (best === undefined || (best.validFrom ?? '') < (unit.validFrom ?? '')) best = unit
  }
  return best
}
