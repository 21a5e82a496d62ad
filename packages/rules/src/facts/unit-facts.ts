import type { Unit } from '@tiendo/schema'
import { periodDates, readPeriod } from '../period'
import { unitKey } from '../unit-validity'
import type { FactDefinition } from './definition'

/** The `unit` fact's value: what rules may read about a unit. */
export interface UnitFact {
  readonly code: string
  /** The reference naming exactly this unit: `56@2025-07-01`, or the code. */
  readonly ref: string
  readonly kind: string
  readonly name: { readonly vi: string; readonly en: string }
  readonly parent: string | null
  readonly validFrom: string | null
  readonly validTo: string | null
  readonly attributes: Readonly<Record<string, string | number | boolean>>
}

const described = new WeakMap<Unit, UnitFact>()

/** The `unit` fact's value for a unit, built once per unit. @internal */
export function describeUnit(unit: Unit): UnitFact {
  let fact = described.get(unit)
  if (fact === undefined) {
    fact = {
      code: unit.code,
      ref: unitKey(unit),
      kind: unit.kind,
      name: { vi: unit.name.vi, en: unit.name.en ?? unit.name.vi },
      parent: unit.parent ?? null,
      validFrom: unit.validFrom ?? null,
      validTo: unit.validTo ?? null,
      attributes: { ...unit.attributes },
    }
    described.set(unit, fact)
  }
  return fact
}

/**
 * `unit`: the scope unit (or the one `unit` names): `code`, `ref`, `kind`, `name`,
 * `parent`, `validFrom`, `validTo` and `attributes`, read with a `path` such as `$.kind`.
 */
export const unitFact: FactDefinition = {
  name: 'unit',
  params: { unit: { kind: 'unit_ref' } },
  returns: 'object',
  compute(context, params) {
    if (typeof params.unit !== 'string') return describeUnit(context.unit)
    const unit = context.source.unit(params.unit, context.period)
    return unit === undefined ? undefined : describeUnit(unit)
  },
}

/** The `period` fact's value. */
export interface PeriodFact {
  readonly text: string
  readonly kind: string
  /** The year the period starts in. */
  readonly year: number
  /** First and last days, ISO dates. */
  readonly start: string
  readonly end: string
}

/** `period`: the scope period: `text`, `kind`, `year`, `start` and `end` (ISO dates). */
export const periodFact: FactDefinition = {
  name: 'period',
  params: {},
  returns: 'object',
  compute(context) {
    const period = readPeriod(context.period)
    if (period === undefined) return undefined
    const { start, end } = periodDates(period)
    const fact: PeriodFact = {
      text: period.text,
      kind: period.kind,
      year: period.start.year,
      start,
      end,
    }
    return fact
  },
}
