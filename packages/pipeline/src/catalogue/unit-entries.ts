/**
 * A pack's units as a catalogue: who reports, when, under whom, and where each went. What
 * `tiendo units --format json` prints and the pack pages of the docs list.
 */

import type { LocalizedText, Pack, Unit } from '@tiendo/schema'
import { decimalText } from './decimal-text'

/** A successor of a unit in the catalogue. */
export interface SuccessorEntry {
  /** The successor's reference (`56@2025-07-01`). */
  readonly unit: string
  /** The share (0–1] of the unit that went there, or `null` for the whole unit. */
  readonly share: string | null
  /** The act that made the move or the unit (`Resolution 202/2025/QH15`), or `null`. */
  readonly legalBasis: string | null
}

/** A unit in the catalogue. */
export interface UnitEntry {
  /** The code data files write (`56`). */
  readonly code: string
  /** The key that names this unit alone: the code, with `@validFrom` when it has a start. */
  readonly key: string
  /** Its names; `en` is the Vietnamese name when it has no English one (communes). */
  readonly name: LocalizedText
  /** Its kind: `country`, `province`, `commune`, `ward`, `special_zone`, `agency`… */
  readonly kind: string
  /** Its parent's reference, or `null`. */
  readonly parent: string | null
  /** First and last day it exists; `null` when open-ended. */
  readonly validFrom: string | null
  readonly validTo: string | null
  /** Where it went when it ended (a merger, a split), in the pack's order. */
  readonly successors: readonly SuccessorEntry[]
  readonly legalBasis: string | null
}

/** Options of {@link unitEntries}. */
export interface UnitEntriesOptions {
  /** Only the units that exist on this day (`YYYY-MM-DD`). Defaults to every unit. */
  readonly on?: string | undefined
  /** Only the units of these kinds (`province`, `commune`…). Defaults to every kind. */
  readonly kinds?: readonly string[] | undefined
}

/** The pack's units, in pack order, optionally those of a day or of some kinds. */
export function unitEntries(pack: Pack, options: UnitEntriesOptions = {}): UnitEntry[] {
  const { on, kinds } = options
  return (pack.units ?? [])
    .filter(
      (unit) =>
        (on === undefined || validOn(unit, on)) &&
        (kinds === undefined || kinds.includes(unit.kind)),
    )
    .map(unitEntry)
}

/** Whether a unit exists on a day (ISO dates compare as text). */
export function validOn(unit: Unit, day: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= day) &&
    (unit.validTo === undefined || day <= unit.validTo)
  )
}

function unitEntry(unit: Unit): UnitEntry {
  return {
    code: unit.code,
    key: unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`,
    name: { vi: unit.name.vi, en: unit.name.en ?? unit.name.vi },
    kind: unit.kind,
    parent: unit.parent ?? null,
    validFrom: unit.validFrom ?? null,
    validTo: unit.validTo ?? null,
    successors: (unit.successors ?? []).map((successor) => ({
      unit: successor.unit,
      share: decimalText(successor.share) ?? null,
      legalBasis: successor.legalBasis ?? null,
    })),
    legalBasis: unit.legalBasis ?? null,
  }
}
