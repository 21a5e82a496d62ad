/**
 * Series carried across reorganisations: a unit that began on a day (the merged Khánh Hòa,
 * `56@2025-07-01`) gets, for every period starting before that day, the figure its
 * predecessors give by the indicator's carry rule — from their submitted figures where they
 * exist, else from their derived ones. A period that straddles the day belongs to the unit
 * valid at its end, so it is carried too. What cannot be carried is withheld with its
 * reason (`refuse`, a predecessor without a figure, a ratio without its parts), never left
 * as a silent gap. The arithmetic is `carryOnto`'s (`combine` by the carry rule). @internal
 */

import type { CarryRule, Indicator, Unit } from '@tiendo/schema'
import { type FigureReason, reasons } from '../aggregate-reasons'
import { refusalReason } from '../carry'
import { CARRY_METHODS, carryRuleOf, partsFor } from '../carry-rules'
import { type Contribution, combine, type Part, specOf } from '../combine'
import type { DataPoint } from '../data-point'
import { type Figure, figureOf, toFigureValue } from '../figure'
import { contributorsOnto } from '../lineage'
import { periodStartDate } from '../period'
import { type UnitLink, unitKey } from '../units'
import type { DeriveContext } from './context'
import { derivedPoint } from './derived-point'
import { inputsOf } from './order'
import type { ProvenanceInput } from './provenance'

/** @internal */
export function deriveCarried(ordered: readonly Indicator[], ctx: DeriveContext): void {
  const days = [
    ...new Set(
      ctx.units.units
        .filter((unit) => unit.validFrom !== undefined && ctx.units.predecessors(unit).length > 0)
        .map((unit) => unit.validFrom!),
    ),
  ].sort()
  for (const day of days) {
    for (const [successor, links] of contributorsOnto(ctx.units, day)) {
      // A unit that existed before the day absorbed others: its series is its own territory's.
      if (successor.validFrom !== day) continue
      for (const indicator of ordered) carryIndicator(ctx, indicator, successor, links, day)
    }
  }
}

function carryIndicator(
  ctx: DeriveContext,
  indicator: Indicator,
  successor: Unit,
  links: readonly UnitLink[],
  day: string,
): void {
  const rule = carryRuleOf(indicator)
  const driving = [indicator.id, ...(rule === 'ratio' ? inputsOf(indicator) : [])]
  const periods = new Set<string>()
  for (const link of links) {
    for (const id of driving) {
      for (const period of ctx.working.periods(id)) {
        if (periodStartDate(period) >= day) continue
        if (ctx.working.get(id, link.key, period) !== undefined) periods.add(period)
      }
    }
  }
  const key = unitKey(successor)
  for (const period of periods) {
    const members = links.filter((link) => ctx.units.isValidDuring(link.unit, period))
    if (members.length === 0) continue
    const outcome = carryAt(ctx, indicator, rule, members, period)
    const target = { indicator: indicator.id, unit: key, period }
    if ('reason' in outcome) {
      ctx.withhold({ ...target, method: 'carry', rule, reason: outcome.reason })
      continue
    }
    const point = derivedPoint(
      target,
      outcome.figure,
      { method: 'carry', rule, inputs: outcome.inputs, date: day },
      outcome.used,
    )
    ctx.place(point, outcome.figure, 'carry', rule)
  }
}

function carryAt(
  ctx: DeriveContext,
  indicator: Indicator,
  rule: CarryRule,
  members: readonly UnitLink[],
  period: string,
):
  | {
      figure: NonNullable<ReturnType<typeof toFigureValue>>
      inputs: ProvenanceInput[]
      used: DataPoint[]
    }
  | { reason: FigureReason } {
  if (rule === 'refuse') return { reason: refusalReason(indicator) }
  const spec = specOf(indicator)
  const parts = partsFor(spec, rule)
  if (!Array.isArray(parts)) return { reason: parts }
  const contributions: Contribution[] = []
  const inputs: ProvenanceInput[] = []
  const used: DataPoint[] = []
  const missing: { unit: string; indicators: string[] }[] = []
  for (const member of members) {
    const figures: Partial<Record<Part['role'], Figure>> = {}
    const lacking: string[] = []
    for (const part of parts) {
      const point = ctx.working.get(part.spec.id, member.key, period)
      const figure = point === undefined ? undefined : figureOf(point)
      if (point === undefined || figure === undefined) {
        lacking.push(part.spec.id)
        continue
      }
      figures[part.role] = figure
      used.push(point)
      inputs.push({
        indicator: part.spec.id,
        unit: member.key,
        period,
        role: part.role,
        figure: toFigureValue(figure),
        ...(member.share.eq(1) ? {} : { share: member.share }),
        derived: point.derived !== undefined,
        location: point.location,
      })
    }
    if (lacking.length > 0) missing.push({ unit: member.key, indicators: lacking })
    contributions.push({ unit: member.key, share: member.share, ...figures })
  }
  if (missing.length > 0) {
    return {
      reason:
        rule === 'ratio'
          ? reasons.ratioPartsMissing(indicator.id, missing)
          : reasons.predecessorMissing(missing),
    }
  }
  const partial = members.find((member) => !member.share.eq(1))
  if ((rule === 'min' || rule === 'max') && partial !== undefined) {
    return { reason: reasons.extremeOfPart(indicator.id, rule, partial.key) }
  }
  const combined = combine(spec, contributions, CARRY_METHODS[rule])
  if (!combined.ok) return { reason: combined.reason }
  const figure = toFigureValue(combined.figure)
  if (figure === undefined) return { reason: reasons.unbounded() }
  return { figure, inputs, used }
}
