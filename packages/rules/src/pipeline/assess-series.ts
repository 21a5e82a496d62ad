import type { Dataset, UnitRegistry } from '@tiendo/core'
import { unitKey } from '@tiendo/core'
import type { Indicator, Pack, Target, Unit } from '@tiendo/schema'
import { monthIndex } from '@tiendo/schema'
import { periodDates, readPeriod } from '../period'

/** The comparators a trend can be judged against (`eq` and `between` are left to rules). */
export type AssessableComparator = 'gt' | 'gte' | 'lt' | 'lte'

/** One series to assess: an indicator for a unit, with the targets it is held to. @internal */
export interface SeriesToAssess {
  readonly indicator: Indicator
  readonly unit: Unit
  readonly key: string
  /** Its targets, by due period; empty for a series assessed on its trend alone. */
  readonly targets: readonly Target[]
}

const ASSESSABLE: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte'])

/**
 * Whether a target can be assessed as progress: a one-sided comparator; for a Goldilocks
 * indicator, the value to reach (`eq`), assessed on the distance from the ideal. @internal
 */
export function isAssessableTarget(target: Target, indicator?: Indicator): boolean {
  if (indicator?.goldilocks !== undefined) return target.comparator === 'eq'
  return ASSESSABLE.has(target.comparator)
}

/**
 * Whether an indicator's series are assessed: it has a direction, or it is a Goldilocks
 * indicator (a `target_band` assessed on its distance from the ideal). @internal
 */
export function isAssessedIndicator(indicator: Indicator): boolean {
  return indicator.direction !== 'target_band' || indicator.goldilocks !== undefined
}

/**
 * The unit a target's `unit` reference names: the one valid in the target's period (`56`
 * by 2026 is the merged Khánh Hòa); failing that, for a bare code, the last unit of that
 * code that had begun by the due date — a target declared by a unit that has since ceased
 * (Ninh Thuận `58`, 30% by 2030) is still that unit's target.
 */
function unitOfTarget(target: Target, registry: UnitRegistry): Unit | undefined {
  const ref = target.unit
  if (ref === undefined) return undefined
  const resolved = registry.resolve(ref, target.by)
  if (resolved.ok) return resolved.unit
  if (ref.includes('@')) return registry.get(ref)
  const by = readPeriod(target.by)
  if (by === undefined) return undefined
  const due = periodDates(by).end
  return registry
    .withCode(ref)
    .filter((unit) => (unit.validFrom ?? '') <= due)
    .at(-1)
}

/** The units a target applies to: its unit, or every unit of its kind that reports or is due. */
function unitsOfTarget(
  target: Target,
  registry: UnitRegistry,
  reporting: ReadonlySet<string>,
): Unit[] {
  if (target.unit !== undefined) {
    const unit = unitOfTarget(target, registry)
    return unit === undefined ? [] : [unit]
  }
  return registry.units.filter(
    (unit) =>
      unit.kind === target.unitKind &&
      (reporting.has(unitKey(unit)) || registry.isValidDuring(unit, target.by)),
  )
}

const dueOf = (target: Target) => {
  const by = readPeriod(target.by)
  return by === undefined ? Number.POSITIVE_INFINITY : monthIndex(by.end)
}

/**
 * Of two targets of one series due at the end of the same month, the one set for the unit
 * itself wins over one set for its kind (as the `target` fact ranks them); otherwise the
 * first in pack order.
 */
function oneTargetPerDueDate(targets: readonly Target[]): Target[] {
  const byDue = new Map<number, Target>()
  for (const target of targets) {
    const due = dueOf(target)
    const kept = byDue.get(due)
    if (kept === undefined || (kept.unit === undefined && target.unit !== undefined)) {
      byDue.set(due, target)
    }
  }
  return [...byDue.entries()].sort((a, b) => a[0] - b[0]).map(([, target]) => target)
}

/** What to collect. @internal */
export interface CollectOptions {
  readonly targetIds: ReadonlySet<string> | undefined
  readonly indicatorIds: ReadonlySet<string> | undefined
  readonly withoutTargets: boolean
  readonly units?: ((unit: Unit) => boolean) | undefined
}

/**
 * The series to assess, in a stable order (indicators in pack order, then units in registry
 * order): every series a target applies to, and (unless turned off, or when targets are
 * named) every other series of the dataset whose indicator is assessed. @internal
 */
export function collectSeries(
  pack: Pack,
  dataset: Dataset,
  registry: UnitRegistry,
  options: CollectOptions,
): SeriesToAssess[] {
  const indicators = new Map((pack.indicators ?? []).map((i): [string, Indicator] => [i.id, i]))
  const wantIndicator = (id: string) =>
    options.indicatorIds === undefined || options.indicatorIds.has(id)
  const reportingByIndicator = new Map<string, Set<string>>()
  dataset.forEachKey((indicator, unit) => {
    const keys = reportingByIndicator.get(indicator)
    if (keys === undefined) reportingByIndicator.set(indicator, new Set([unit]))
    else keys.add(unit)
  })
  const found = new Map<string, { indicator: Indicator; unit: Unit; targets: Target[] }>()
  const seriesId = (indicator: string, key: string) => `${indicator}\u0000${key}`
  for (const target of pack.targets ?? []) {
    if (options.targetIds !== undefined && !options.targetIds.has(target.id)) continue
    const indicator = indicators.get(target.indicator)
    if (indicator === undefined || !wantIndicator(indicator.id)) continue
    if (!isAssessedIndicator(indicator) || !isAssessableTarget(target, indicator)) continue
    const reporting = reportingByIndicator.get(indicator.id) ?? new Set<string>()
    for (const unit of unitsOfTarget(target, registry, reporting)) {
      if (options.units !== undefined && !options.units(unit)) continue
      const id = seriesId(indicator.id, unitKey(unit))
      const entry = found.get(id)
      if (entry === undefined) found.set(id, { indicator, unit, targets: [target] })
      else entry.targets.push(target)
    }
  }
  if (options.withoutTargets && options.targetIds === undefined) {
    for (const [indicatorId, keys] of reportingByIndicator) {
      const indicator = indicators.get(indicatorId)
      if (indicator === undefined || !isAssessedIndicator(indicator)) continue
      if (!wantIndicator(indicatorId)) continue
      for (const key of keys) {
        const unit = registry.get(key)
        if (unit === undefined || found.has(seriesId(indicatorId, key))) continue
        if (options.units !== undefined && !options.units(unit)) continue
        found.set(seriesId(indicatorId, key), { indicator, unit, targets: [] })
      }
    }
  }
  const indicatorOrder = new Map((pack.indicators ?? []).map((i, n): [string, number] => [i.id, n]))
  const unitOrder = new Map(registry.units.map((u, n): [Unit, number] => [u, n]))
  return [...found.values()]
    .map((entry) => ({
      indicator: entry.indicator,
      unit: entry.unit,
      key: unitKey(entry.unit),
      targets: oneTargetPerDueDate(entry.targets),
    }))
    .sort(
      (a, b) =>
        indicatorOrder.get(a.indicator.id)! - indicatorOrder.get(b.indicator.id)! ||
        (unitOrder.get(a.unit) ?? 0) - (unitOrder.get(b.unit) ?? 0),
    )
}
