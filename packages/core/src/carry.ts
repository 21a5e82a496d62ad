/**
 * Carrying a dataset across a reorganisation: every value of a unit that has ceased by a
 * given day moves onto the units valid that day that its lineage leads to, by the
 * indicator's carry rule. Counts add (a partial lineage carries its share); ratios are
 * recomputed from numerators and denominators; weighted means are re-weighted; a composite
 * index follows its declared rule (the DTI: the plain mean of the predecessors). What
 * cannot be carried honestly is refused with a reason, never approximated.
 */

import type { CarryRule, Indicator, TiendoIssue, Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type FigureReason, reasons } from './aggregate-reasons'
import { carriedPoint, figuresAgree, valueDiffers } from './carry-output'
import { CARRY_METHODS, carryRuleOf, partsFor } from './carry-rules'
import { type Contribution, combine, type Part, specOf } from './combine'
import { type DataPoint, type ObservationRef, sourcesOf } from './data-point'
import { CompactDatasetBuilder, type Dataset } from './dataset'
import { Exact } from './decimal'
import { type Figure, type FigureValue, figureOf, toFigureValue } from './figure'
import { contributorsOnto, lineageOnto } from './lineage'
import type { UnitLink, UnitRegistry } from './units'

/** What {@link carryOnto} carries. */
export interface CarryOptions {
  readonly dataset: Dataset
  /** The units with their lineage. Defaults to the registry the dataset was built with; one is required. */
  readonly units?: UnitRegistry
  /**
   * The indicators, for their carry rule: `carry` when declared, else by aggregation (`sum`
   * → `sum`, `ratio_of_sums` → `ratio`, `weighted_mean` → `weighted_mean`, `mean` →
   * `mean`, `min` → `min`, `max` → `max`); `none` without a declared rule is refused.
   */
  readonly indicators: readonly Indicator[]
  /** The day whose units the values are carried onto, `YYYY-MM-DD` (e.g. `2025-07-01`). */
  readonly date: string
}

/** One unit's part in a carried value. */
export interface CarriedPart {
  /** The key of the predecessor (or of the successor itself, when it existed in the period). */
  readonly unit: string
  /** The share of it that went into the successor (1 for a whole unit). */
  readonly share: Decimal
  readonly value?: FigureValue | undefined
  readonly weight?: FigureValue | undefined
  readonly numerator?: FigureValue | undefined
  readonly denominator?: FigureValue | undefined
}

/** A value carried onto a successor. */
export interface CarriedValue {
  readonly indicator: string
  /** The successor's unit key. */
  readonly unit: string
  readonly period: string
  readonly rule: Exclude<CarryRule, 'refuse'>
  /** The carried figure, qualified honestly (a sum of lower bounds is a lower bound). */
  readonly figure: FigureValue
  /** Shorthand for `figure.value`. */
  readonly value?: Decimal | undefined
  /** For the `ratio` rule: the carried numerator and denominator. */
  readonly numerator?: FigureValue | undefined
  readonly denominator?: FigureValue | undefined
  readonly parts: readonly CarriedPart[]
  /** The source observations the value came from. */
  readonly from: readonly ObservationRef[]
  /**
   * The successor's own figure for a period before it existed (a back-cast, such as the
   * published 2024 DTI of the merged Khánh Hòa), when it has one: that figure is kept in
   * the dataset, and `agrees` says whether the carried one matches it to its printed digits.
   */
  readonly reported?: { readonly point: DataPoint; readonly agrees: boolean } | undefined
}

/** A value that could not be carried, and why. */
export interface CarryRefusal {
  readonly indicator: string
  /** The successor's key, or the ceased unit's when it has no successor on the day. */
  readonly unit: string
  readonly period: string
  readonly rule?: CarryRule | undefined
  readonly reason: FigureReason
  /** The observations that were not carried. */
  readonly from: readonly ObservationRef[]
}

/** The carried dataset, with an account of every value that moved or could not. */
export interface CarryResult {
  /**
   * Values on the units valid on the day: those already there, untouched, and the carried
   * ones (their `from` names the source observations). Records stay on the unit they were
   * submitted for.
   */
  readonly dataset: Dataset
  readonly carried: readonly CarriedValue[]
  readonly refused: readonly CarryRefusal[]
  /** `carried_value_differs` (a carried value disagrees with a back-cast figure). */
  readonly issues: readonly TiendoIssue[]
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Carries a dataset onto the units valid on a day. Throws only on misuse (no registry, a
 * malformed date); every value that cannot be carried is listed in `refused` with a reason.
 */
export function carryOnto(options: CarryOptions): CarryResult {
  const units = options.units ?? options.dataset.units
  if (units === undefined) {
    throw new TypeError(
      'carryOnto needs the units and their lineage: pass `units`, or build the dataset with `createDataset({ units })`.',
    )
  }
  if (!ISO_DATE.test(options.date)) {
    throw new TypeError(
      `carryOnto needs a day as YYYY-MM-DD, such as 2025-07-01; got ${options.date}.`,
    )
  }
  return new Carrier(options.dataset, units, options.indicators, options.date).run()
}

interface Group {
  readonly indicator: string
  readonly target: Unit
  readonly targetKey: string
  readonly period: string
  /** The ceased units' points that lead here. */
  readonly points: DataPoint[]
  /** Whether the group exists only because a ratio's parts moved (the ratio itself was not reported). */
  readonly derived: boolean
}

class Carrier {
  private readonly indicators: ReadonlyMap<string, Indicator>
  private readonly contributors: ReadonlyMap<Unit, readonly UnitLink[]>
  private readonly groups = new Map<string, Group>()
  private readonly kept = new Map<string, DataPoint>()
  private readonly carried: CarriedValue[] = []
  private readonly refused: CarryRefusal[] = []
  private readonly issues: TiendoIssue[] = []
  private readonly carriedPoints: DataPoint[] = []

  constructor(
    private readonly dataset: Dataset,
    private readonly units: UnitRegistry,
    indicators: readonly Indicator[],
    private readonly date: string,
  ) {
    this.indicators = new Map(indicators.map((indicator) => [indicator.id, indicator]))
    this.contributors = contributorsOnto(units, date)
  }

  run(): CarryResult {
    for (const point of this.dataset.points()) this.place(point)
    this.addRatioGroups()
    for (const group of this.groups.values()) this.carry(group)
    const builder = new CompactDatasetBuilder(this.units)
    for (const point of this.kept.values()) builder.addPoint(point)
    for (const point of this.carriedPoints) builder.addPoint(point)
    for (const entry of this.dataset.records()) builder.addRecordEntry(entry)
    return {
      dataset: builder.build(),
      carried: this.carried,
      refused: this.refused,
      issues: [...this.issues, ...builder.issues],
    }
  }

  /** Keeps a point of a unit valid on the day; files a ceased unit's point under its successors. */
  private place(point: DataPoint): void {
    const unit = this.units.get(point.unit)
    if (unit === undefined) {
      this.refuse(
        point.indicator,
        point.unit,
        point.period,
        undefined,
        reasons.unknownParent(point.unit),
        [point],
      )
      return
    }
    if (this.units.isValidOn(unit, this.date)) {
      this.kept.set(keyOf(point.indicator, point.unit, point.period), point)
      return
    }
    const targets = lineageOnto(this.units, unit, this.date)
    if (targets.length === 0) {
      this.refuse(
        point.indicator,
        point.unit,
        point.period,
        undefined,
        reasons.noSuccessor(point.unit, this.date),
        [point],
      )
      return
    }
    for (const target of targets)
      this.group(point.indicator, target.unit, target.key, point.period).points.push(point)
  }

  private group(
    indicator: string,
    target: Unit,
    targetKey: string,
    period: string,
    derived = false,
  ): Group {
    const key = keyOf(indicator, targetKey, period)
    let group = this.groups.get(key)
    if (group === undefined) {
      group = { indicator, target, targetKey, period, points: [], derived }
      this.groups.set(key, group)
    }
    return group
  }

  /** A ratio is recomputed wherever its numerator or denominator moves, even if the ratio itself was not reported. */
  private addRatioGroups(): void {
    const ratiosByPart = new Map<string, Indicator[]>()
    for (const indicator of this.indicators.values()) {
      if (indicator.derivation?.kind !== 'ratio' || carryRuleOf(indicator) !== 'ratio') continue
      for (const part of [indicator.derivation.numerator, indicator.derivation.denominator]) {
        ratiosByPart.set(part, [...(ratiosByPart.get(part) ?? []), indicator])
      }
    }
    for (const group of [...this.groups.values()]) {
      for (const ratio of ratiosByPart.get(group.indicator) ?? []) {
        this.group(ratio.id, group.target, group.targetKey, group.period, true)
      }
    }
  }

  private carry(group: Group): void {
    const outcome = this.compute(group)
    if (outcome === undefined) return
    if ('reason' in outcome) {
      const { indicator, targetKey, period, points } = group
      this.refuse(indicator, targetKey, period, outcome.rule, outcome.reason, points)
      return
    }
    const { value, used } = outcome
    this.carried.push(value)
    if (value.reported !== undefined) {
      if (!value.reported.agrees) this.issues.push(valueDiffers(value, value.reported.point))
      return
    }
    // The successor's own figure for the period (if any) went into the carried one: replace it.
    this.kept.delete(keyOf(value.indicator, value.unit, value.period))
    this.carriedPoints.push(carriedPoint(value, used, this.date))
  }

  /** The carried value of a group, why there is none, or `undefined` when there was nothing to carry. */
  private compute(
    group: Group,
  ):
    | { value: CarriedValue; used: DataPoint[] }
    | { reason: FigureReason; rule?: CarryRule }
    | undefined {
    const { indicator: id, targetKey, period } = group
    const indicator = this.indicators.get(id)
    if (indicator === undefined) return { reason: reasons.unknownIndicator(id) }
    const rule = carryRuleOf(indicator)
    if (rule === 'refuse') return { reason: refusalReason(indicator), rule }
    const spec = specOf(indicator)
    const parts = partsFor(spec, rule)
    if (!Array.isArray(parts)) return { reason: parts, rule }

    // Everyone whose figures make up the successor's in this period: the predecessors that
    // existed then and, when it existed too (an absorption), the successor itself.
    const members: UnitLink[] = (this.contributors.get(group.target) ?? []).filter((link) =>
      this.units.isValidDuring(link.unit, period),
    )
    const targetExisted = this.units.isValidDuring(group.target, period)
    if (targetExisted) members.unshift({ unit: group.target, key: targetKey, share: new Exact(1) })

    const contributions: Contribution[] = []
    const carriedParts: CarriedPart[] = []
    const missing: { unit: string; indicators: string[] }[] = []
    const used: DataPoint[] = []
    for (const member of members) {
      const figures: Partial<Record<Part['role'], Figure>> = {}
      const lacking: string[] = []
      for (const part of parts) {
        const point = this.dataset.getByKey(part.spec.id, member.key, period)
        const figure = point === undefined ? undefined : figureOf(point)
        if (point === undefined || figure === undefined) lacking.push(part.spec.id)
        else {
          figures[part.role] = figure
          used.push(point)
        }
      }
      if (lacking.length > 0) missing.push({ unit: member.key, indicators: lacking })
      contributions.push({ unit: member.key, share: member.share, ...figures })
      carriedParts.push({ unit: member.key, share: member.share, ...showAll(figures) })
    }
    if (missing.length > 0) {
      // A ratio nobody reported, whose parts are incomplete: nothing was there to carry.
      if (group.derived) return undefined
      const reason =
        rule === 'ratio'
          ? reasons.ratioPartsMissing(id, missing)
          : reasons.predecessorMissing(missing)
      return { reason, rule }
    }
    const partial = members.find((member) => !member.share.eq(1))
    if ((rule === 'min' || rule === 'max') && partial !== undefined) {
      return { reason: reasons.extremeOfPart(id, rule, partial.key), rule }
    }
    const combined = combine(spec, contributions, CARRY_METHODS[rule])
    if (!combined.ok) return { reason: combined.reason, rule }
    const figure = toFigureValue(combined.figure)
    if (figure === undefined) return { reason: reasons.unbounded(), rule }

    const own = targetExisted ? undefined : this.dataset.getByKey(id, targetKey, period)
    const value: CarriedValue = {
      indicator: id,
      unit: targetKey,
      period,
      rule,
      figure,
      value: figure.value,
      numerator: combined.numerator && toFigureValue(combined.numerator),
      denominator: combined.denominator && toFigureValue(combined.denominator),
      parts: carriedParts,
      from: dedupe(used.flatMap(sourcesOf)),
      reported: own === undefined ? undefined : { point: own, agrees: figuresAgree(figure, own) },
    }
    return { value, used }
  }

  private refuse(
    indicator: string,
    unit: string,
    period: string,
    rule: CarryRule | undefined,
    reason: FigureReason,
    points: readonly DataPoint[],
  ): void {
    this.refused.push({
      indicator,
      unit,
      period,
      rule,
      reason,
      from: dedupe(points.flatMap(sourcesOf)),
    })
  }
}

/** Why an indicator is not carried: declared so, or by default (its aggregation is `none`). @internal */
export function refusalReason(indicator: Indicator): FigureReason {
  return indicator.carry === 'refuse'
    ? reasons.carryRefused(indicator.id)
    : reasons.noCarryRule(indicator.id, indicator.aggregation.method)
}

function showAll(figures: Partial<Record<Part['role'], Figure>>) {
  const show = (figure: Figure | undefined) =>
    figure === undefined ? undefined : toFigureValue(figure)
  return {
    value: show(figures.value),
    weight: show(figures.weight),
    numerator: show(figures.numerator),
    denominator: show(figures.denominator),
  }
}

function keyOf(indicator: string, unit: string, period: string): string {
  return `${indicator}\u0000${unit}\u0000${period}`
}

function dedupe(refs: readonly ObservationRef[]): ObservationRef[] {
  const seen = new Set<string>()
  return refs.filter((ref) => {
    const key = JSON.stringify([ref.indicator, ref.unit, ref.period, ref.location])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
