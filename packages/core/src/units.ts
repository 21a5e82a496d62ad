/**
 * The unit registry: units with validity intervals and lineage, and the questions the rest
 * of Tiendo asks of them. Codes are reused across reorganisations (`56` is the old Khánh
 * Hòa until 30 June 2025 and the merged one after), so a unit is keyed by its code and
 * validity start (`56@2025-07-01`), and a bare code is resolved against a period or a day.
 */

import type { SourceLocation, TiendoIssue, Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { Exact } from './decimal'
import { asPeriod, type PeriodInput, periodEndDate, periodStartDate } from './period'
import {
  type RefContext,
  unitBackcast,
  unitListIssue,
  unitNotValidInPeriod,
  unitStraddlesPeriod,
  unknownUnit,
} from './unit-issues'
import { UnitSuggester, type UnitSuggestion } from './unit-suggestions'

/** A unit a lineage leads to (or comes from), with the share of the predecessor that went there. */
export interface UnitLink {
  readonly unit: Unit
  /** The unit's key (see {@link unitKey}). */
  readonly key: string
  /** The share (0–1] of the predecessor that went to the successor; 1 for a whole unit. */
  readonly share: Decimal
}

/** A reference resolved against a period: the unit, or the error that prevented it. */
export type UnitResolution =
  | {
      readonly ok: true
      readonly unit: Unit
      readonly key: string
      /** Warnings and notes only (a straddled validity, a back-cast figure). */
      readonly issues: readonly TiendoIssue[]
    }
  | { readonly ok: false; readonly issues: readonly TiendoIssue[] }

/** Where a reference is resolved, for the issues it raises. */
export interface ResolveContext {
  readonly location?: SourceLocation | undefined
  readonly indicator?: string | undefined
}

/** Units with their validity and lineage, indexed for resolution. Build one with {@link createUnitRegistry}. */
export interface UnitRegistry {
  /** The units, in the order given. */
  readonly units: readonly Unit[]
  /** Problems in the unit list: duplicate keys, overlapping codes, unknown parents or successors. */
  readonly issues: readonly TiendoIssue[]
  /** The unit with this key (`58`, `56@2025-07-01`), whatever its validity. */
  get(key: string): Unit | undefined
  /** Every unit with this code, earliest first. */
  withCode(code: string): readonly Unit[]
  /**
   * The unit a reference names in a period. A bare code names the unit valid during the
   * period (when a code changed hands inside the period, the unit valid at its end, with a
   * warning); `code@YYYY-MM-DD` names the unit starting that day. A period partly outside
   * the unit's validity is a warning (`unit_validity_straddles_period`); a dated reference
   * for a period before the unit began is a note (`unit_backcast`: a figure recomputed for
   * the new unit's territory, as the 2024 DTI of the merged Khánh Hòa); no unit is an error
   * (`unknown_unit`, `unit_not_valid_in_period`).
   */
  resolve(ref: string, period: PeriodInput, context?: ResolveContext): UnitResolution
  /** The unit a reference names on a day (`YYYY-MM-DD`), or `undefined`. */
  at(ref: string, date: string): Unit | undefined
  /** Whether a unit exists on a day. */
  isValidOn(unit: Unit, date: string): boolean
  /** Whether a unit exists on some day of a period. */
  isValidDuring(unit: Unit, period: PeriodInput): boolean
  /** The unit's parent on a day, or `undefined`. */
  parentOf(unit: Unit, date: string): Unit | undefined
  /** The units whose parent is this unit on a day, in the order given. */
  children(parent: Unit, date: string): readonly Unit[]
  /** Where a unit went when it ceased, with shares; empty for a unit that did not. */
  successors(unit: Unit): readonly UnitLink[]
  /** The units that went (wholly or partly) into this one. */
  predecessors(unit: Unit): readonly UnitLink[]
}

/** The key that names exactly one unit: its code, with `@validFrom` when it has a validity start. */
export function unitKey(unit: Unit): string {
  return unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`
}

/** Suggestions remembered by reference and period, at most (each is quick to make again). */
const MAX_SUGGESTED = 65_536

/**
 * Indexes units for resolution. Problems in the list are reported in `issues` (with a JSON
 * Pointer `/units/N` to the unit), never thrown: the first of two units with the same key
 * is the one kept.
 */
export function createUnitRegistry(units: readonly Unit[]): UnitRegistry {
  return new Registry(units)
}

const NO_LINKS: readonly UnitLink[] = []

class Registry implements UnitRegistry {
  readonly units: readonly Unit[]
  readonly issues: TiendoIssue[] = []
  private readonly byKey = new Map<string, Unit>()
  private readonly byCode = new Map<string, Unit[]>()
  private readonly byParentCode = new Map<string, Unit[]>()
  private readonly successorLinks = new Map<Unit, UnitLink[]>()
  private readonly predecessorLinks = new Map<Unit, UnitLink[]>()
  private readonly suggested = new Map<string, UnitSuggestion[]>()
  /** Made on the first unknown reference: most runs have none. */
  private suggester: UnitSuggester | undefined

  constructor(units: readonly Unit[]) {
    this.units = units
    units.forEach((unit, index) => {
      this.add(unit, index)
    })
    for (const list of this.byCode.values()) {
      list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))
    }
    units.forEach((unit, index) => {
      this.link(unit, index)
    })
  }

  private add(unit: Unit, index: number): void {
    const key = unitKey(unit)
    const location = { path: `/units/${index}` }
    if (this.byKey.has(key)) {
      this.issues.push(unitListIssue('duplicate_unit', key, key, location))
      return
    }
    const sameCode = this.byCode.get(unit.code) ?? []
    const clash = sameCode.find((other) => overlap(other, unit))
    if (clash !== undefined) {
      this.issues.push(unitListIssue('unit_validity_overlap', key, unitKey(clash), location))
    }
    this.byKey.set(key, unit)
    // Appended in place: a province of a large country has thousands of communes.
    if (sameCode.length === 0) this.byCode.set(unit.code, [unit])
    else sameCode.push(unit)
    if (unit.parent !== undefined) {
      const parentCode = codeOf(unit.parent)
      const siblings = this.byParentCode.get(parentCode)
      if (siblings === undefined) this.byParentCode.set(parentCode, [unit])
      else siblings.push(unit)
    }
  }

  private link(unit: Unit, index: number): void {
    if (this.byKey.get(unitKey(unit)) !== unit) return
    const location = { path: `/units/${index}` }
    if (unit.parent !== undefined && this.candidates(unit.parent).length === 0) {
      this.issues.push(unitListIssue('unknown_parent', unitKey(unit), unit.parent, location))
    }
    const links: UnitLink[] = []
    for (const successor of unit.successors ?? []) {
      // A bare code names the unit valid the day after this one ends.
      const target =
        successor.unit.includes('@') || unit.validTo === undefined
          ? this.byKey.get(successor.unit)
          : this.at(successor.unit, nextDay(unit.validTo))
      if (target === undefined) {
        this.issues.push(
          unitListIssue('unknown_successor', unitKey(unit), successor.unit, location),
        )
        continue
      }
      const share = new Exact(successor.share === undefined ? 1 : String(successor.share))
      links.push({ unit: target, key: unitKey(target), share })
      const back = this.predecessorLinks.get(target) ?? []
      back.push({ unit, key: unitKey(unit), share })
      this.predecessorLinks.set(target, back)
    }
    if (links.length > 0) this.successorLinks.set(unit, links)
  }

  get(key: string): Unit | undefined {
    return this.byKey.get(key)
  }

  withCode(code: string): readonly Unit[] {
    return this.byCode.get(code) ?? []
  }

  /** The units a reference may name: the one with its key, or all with its code. */
  private candidates(ref: string): readonly Unit[] {
    if (ref.includes('@')) {
      const unit = this.byKey.get(ref)
      return unit === undefined ? [] : [unit]
    }
    return this.withCode(ref)
  }

  resolve(ref: string, period: PeriodInput, context: ResolveContext = {}): UnitResolution {
    const parsed = asPeriod(period)
    const c: RefContext = { ref, period: parsed.text, ...context }
    const start = periodStartDate(parsed)
    const end = periodEndDate(parsed)
    const candidates = this.candidates(ref)
    if (candidates.length === 0) {
      const known = this.withCode(codeOf(ref))
      const suggestions = known.length > 0 ? [] : this.suggestions(ref, parsed.text, start, end)
      return { ok: false, issues: [unknownUnit(c, known, suggestions)] }
    }
    const during = candidates.filter((unit) => validBetween(unit, start, end))
    // The unit valid at the end of the period: the latest to start.
    const unit = during[during.length - 1]
    if (unit === undefined) {
      const only = candidates[0]
      if (ref.includes('@') && only !== undefined && before(end, only.validFrom)) {
        return { ok: true, unit: only, key: unitKey(only), issues: [unitBackcast(c, only)] }
      }
      const successors = candidates.flatMap((u) =>
        this.successors(u).map((link) => ({ ref: link.key, unit: link.unit })),
      )
      const later = candidates.filter((u) => before(end, u.validFrom)).map(unitKey)
      return { ok: false, issues: [unitNotValidInPeriod(c, candidates, successors, later)] }
    }
    const whole = validBetween(unit, start, start) && validBetween(unit, end, end)
    return {
      ok: true,
      unit,
      key: unitKey(unit),
      issues: whole ? [] : [unitStraddlesPeriod(c, unit)],
    }
  }

  /** The units an unknown reference most likely meant, remembered per reference and period. */
  private suggestions(ref: string, period: string, start: string, end: string) {
    const cacheKey = `${ref}\u0000${period}`
    let found = this.suggested.get(cacheKey)
    if (found === undefined) {
      this.suggester ??= new UnitSuggester(this.units, (unit) => this.shortestKey(unit))
      found = this.suggester.suggest(ref, (unit) => validBetween(unit, start, end))
      // Bounded: records name a period a day, and a wrong pack thousands of units.
      if (this.suggested.size < MAX_SUGGESTED) this.suggested.set(cacheKey, found)
    }
    return found
  }

  /**
   * The reference a hint offers for a unit: its code alone when no other unit has that code
   * (`04342`, a commune since 2025), else its key (`56@2025-07-01`), which names one life.
   */
  private shortestKey(unit: Unit): string {
    return (this.byCode.get(unit.code)?.length ?? 0) > 1 ? unitKey(unit) : unit.code
  }

  at(ref: string, date: string): Unit | undefined {
    return this.candidates(ref).find((unit) => this.isValidOn(unit, date))
  }

  isValidOn(unit: Unit, date: string): boolean {
    return validBetween(unit, date, date)
  }

  isValidDuring(unit: Unit, period: PeriodInput): boolean {
    return unitValidDuring(unit, period)
  }

  parentOf(unit: Unit, date: string): Unit | undefined {
    return unit.parent === undefined ? undefined : this.at(unit.parent, date)
  }

  children(parent: Unit, date: string): readonly Unit[] {
    const candidates = this.byParentCode.get(parent.code) ?? []
    return candidates.filter(
      (child) => this.isValidOn(child, date) && this.parentOf(child, date) === parent,
    )
  }

  successors(unit: Unit): readonly UnitLink[] {
    return this.successorLinks.get(unit) ?? NO_LINKS
  }

  predecessors(unit: Unit): readonly UnitLink[] {
    return this.predecessorLinks.get(unit) ?? NO_LINKS
  }
}

/** The code part of a reference (`56@2025-07-01` → `56`). @internal */
export function codeOf(ref: string): string {
  const at = ref.indexOf('@')
  return at === -1 ? ref : ref.slice(0, at)
}

/** Whether a unit exists on some day of a period, whatever registry it is in. @internal */
export function unitValidDuring(unit: Unit, period: PeriodInput): boolean {
  return validBetween(unit, periodStartDate(period), periodEndDate(period))
}

/** Whether a unit exists on some day from `start` to `end`. ISO dates compare as text. */
function validBetween(unit: Unit, start: string, end: string): boolean {
  return (
    (unit.validFrom === undefined || unit.validFrom <= end) &&
    (unit.validTo === undefined || unit.validTo >= start)
  )
}

function before(date: string, validFrom: string | undefined): boolean {
  return validFrom !== undefined && date < validFrom
}

function overlap(a: Unit, b: Unit): boolean {
  return validBetween(a, b.validFrom ?? '0000-01-01', b.validTo ?? '9999-12-31')
}

/** The day after an ISO date. Calendar arithmetic on integers, not on measured values. */
function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}
