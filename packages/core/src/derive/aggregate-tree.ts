/**
 * Aggregation up the unit tree, for every indicator, period and parent at once: each parent
 * of a unit with a figure gets the figure its children give by the indicator's declared
 * method, deepest parents first, so a province reads the districts just derived from their
 * communes. The arithmetic is `aggregate`'s own (`concludeAggregate`). @internal
 */

import type { Indicator, Unit } from '@tiendo/schema'
import type { Decimal } from 'decimal.js'
import { type AggregateInput, type ChildFigures, concludeAggregate, partsOf } from '../aggregate'
import {
  aggregationKinds,
  childrenOfKinds,
  kindsWithAncestors,
  registryParents,
  reportingIndicators,
} from '../aggregation-kinds'
import type { Contribution, FigureSpec, Part } from '../combine'
import { specOf } from '../combine'
import type { DataPoint } from '../data-point'
import { Exact } from '../decimal'
import { type Figure, type FigureValue, figureOf, toFigureValue } from '../figure'
import { periodEndDate } from '../period'
import { unitKey } from '../units'
import type { DeriveContext } from './context'
import { derivedPoint } from './derived-point'
import type { ProvenanceInput } from './provenance'

/** Options of {@link deriveAggregates}. @internal */
export interface AggregateTreeOptions {
  /** The pack's least coverage for indicators that declare none. */
  readonly minCoverage?: Decimal | undefined
}

/** @internal */
export function deriveAggregates(
  ordered: readonly Indicator[],
  ctx: DeriveContext,
  options: AggregateTreeOptions,
): void {
  const tree = new TreeReader(ctx)
  for (const indicator of ordered) {
    if (indicator.aggregation.method === 'none') continue
    const spec = specOf(indicator)
    const parts = partsOf(spec)
    // A ratio without parts is refused when the pack loads; here it is simply not derived.
    if (!Array.isArray(parts)) continue
    const driving = parts.filter((part) => part.role !== 'weight').map((part) => part.spec.id)
    const periods = new Set(driving.flatMap((id) => ctx.working.periods(id)))
    const minCoverage = indicator.aggregation.minCoverage ?? options.minCoverage
    const kinds = aggregationKinds(indicator, () => reportingKinds(ctx, indicator))
    for (const period of periods) {
      const end = periodEndDate(period)
      const reporting = new Set(driving.flatMap((id) => ctx.working.unitsWith(id, period)))
      for (const parent of tree.parentsOf(reporting, end)) {
        const at = { parent, period, end, kinds }
        aggregateAt(ctx, tree, indicator, spec, parts, at, minCoverage)
      }
    }
  }
}

function aggregateAt(
  ctx: DeriveContext,
  tree: TreeReader,
  indicator: Indicator,
  spec: FigureSpec,
  parts: readonly Part[],
  at: {
    readonly parent: Unit
    readonly period: string
    readonly end: string
    readonly kinds: ReadonlySet<string> | undefined
  },
  minCoverage: Decimal | string | number | undefined,
): void {
  const { parent, period, end } = at
  const date = parent.validTo !== undefined && parent.validTo < end ? parent.validTo : end
  const children = childrenOfKinds(tree.children(parent, date), at.kinds)
  if (children.length === 0) return
  const used: (DataPoint | undefined)[] = []
  const provenance: ProvenanceInput[] = []
  const inputs = children.map((child) =>
    childFigures(ctx, parts, unitKey(child), period, used, provenance),
  )
  const key = unitKey(parent)
  const method = indicator.aggregation.method
  const missing =
    indicator.aggregation.method === 'none'
      ? 'skip_if_any_missing'
      : (indicator.aggregation.missing ?? 'skip_if_any_missing')
  const { result } = concludeAggregate(
    {
      period,
      date,
      missing,
      minCoverage: minCoverage === undefined ? undefined : new Exact(String(minCoverage)),
    },
    spec,
    key,
    inputs,
  )
  const coverage = {
    expected: result.coverage.expected,
    reported: result.coverage.reported.length,
    share: result.coverage.share,
    missing: result.coverage.missing,
  }
  if (result.status !== 'computed' || result.figure === undefined) {
    ctx.withhold({
      indicator: indicator.id,
      unit: key,
      period,
      method: 'aggregate',
      rule: method,
      reason: result.reason!,
      coverage,
    })
    return
  }
  const reported = new Set(result.coverage.reported)
  const point = derivedPoint(
    { indicator: indicator.id, unit: key, period },
    result.figure,
    {
      method: 'aggregate',
      rule: method,
      inputs: provenance.filter((input) => reported.has(input.unit)),
      coverage,
      date,
    },
    used,
  )
  ctx.place(point, result.figure, 'aggregate', method)
}

/** The kinds of the units with a figure (submitted or derived so far) that reports `indicator`. */
function reportingKinds(ctx: DeriveContext, indicator: Indicator): Set<string> {
  const reporting = new Set<Unit>()
  for (const id of reportingIndicators(indicator)) {
    for (const period of ctx.working.periods(id)) {
      for (const key of ctx.working.unitsWith(id, period)) {
        const unit = ctx.units.get(key)
        if (unit !== undefined) reporting.add(unit)
      }
    }
  }
  const kinds = kindsWithAncestors(reporting, registryParents(ctx.units))
  // Units outside the dataset's part that report it: the whole data's kinds.
  for (const id of reportingIndicators(indicator)) {
    for (const kind of ctx.outside?.reportingKinds(id) ?? []) kinds.add(kind)
  }
  return kinds
}

/** One child's figures for the parts the method needs, from what is submitted or derived. */
function childFigures(
  ctx: DeriveContext,
  parts: readonly Part[],
  unit: string,
  period: string,
  used: (DataPoint | undefined)[],
  provenance: ProvenanceInput[],
): ChildFigures {
  const figures: Partial<Record<Part['role'], Figure>> = {}
  // Each figure as shown, made once: the provenance and the aggregate's input both show it.
  const shown: Partial<Record<Part['role'], FigureValue | undefined>> = {}
  const missing: string[] = []
  for (const part of parts) {
    const point = ctx.working.get(part.spec.id, unit, period)
    const figure = point === undefined ? undefined : figureOf(point)
    if (point === undefined || figure === undefined) {
      missing.push(part.spec.id)
      continue
    }
    figures[part.role] = figure
    const value = toFigureValue(figure)
    shown[part.role] = value
    used.push(point)
    provenance.push({
      indicator: part.spec.id,
      unit,
      period,
      role: part.role,
      figure: value,
      derived: point.derived !== undefined,
      location: point.location,
    })
  }
  const show = (role: Part['role']) => shown[role]
  const input: AggregateInput = {
    unit,
    reported: missing.length === 0,
    value: show('value'),
    weight: show('weight'),
    numerator: show('numerator'),
    denominator: show('denominator'),
    missing,
    aggregated: [],
    from: [],
  }
  const contribution: Contribution = { unit, ...figures }
  return { input, contribution }
}

/** The unit tree as derivation reads it: parents of reporting units, children, depth; cached. */
class TreeReader {
  private readonly childCache = new Map<Unit, Map<string, readonly Unit[]>>()
  private readonly order = new Map<Unit, number>()

  constructor(private readonly ctx: DeriveContext) {
    ctx.units.units.forEach((unit, index) => {
      if (!this.order.has(unit)) this.order.set(unit, index)
    })
  }

  children(parent: Unit, date: string): readonly Unit[] {
    let byDate = this.childCache.get(parent)
    if (byDate === undefined) {
      byDate = new Map()
      this.childCache.set(parent, byDate)
    }
    let list = byDate.get(date)
    if (list === undefined) {
      list = this.ctx.units.children(parent, date)
      byDate.set(date, list)
    }
    return list
  }

  /**
   * Every ancestor of the reporting units (each read on the last day of the period it
   * exists), deepest first: a parent always comes after its children.
   */
  parentsOf(reporting: ReadonlySet<string>, end: string): Unit[] {
    const depth = new Map<Unit, number>()
    const dateOf = (unit: Unit) =>
      unit.validTo !== undefined && unit.validTo < end ? unit.validTo : end
    const chain = (unit: Unit): Unit[] => {
      const ancestors: Unit[] = []
      const seen = new Set<Unit>([unit])
      let current = this.ctx.units.parentOf(unit, dateOf(unit))
      while (current !== undefined && !seen.has(current)) {
        ancestors.push(current)
        seen.add(current)
        current = this.ctx.units.parentOf(current, dateOf(current))
      }
      return ancestors
    }
    for (const key of reporting) {
      const unit = this.ctx.units.get(key)
      if (unit === undefined) continue
      const ancestors = chain(unit)
      // The first ancestor is deepest: its depth is the length of the chain above it.
      ancestors.forEach((ancestor, index) => {
        if (!depth.has(ancestor)) depth.set(ancestor, ancestors.length - index - 1)
      })
    }
    return [...depth.keys()].sort(
      (a, b) =>
        depth.get(b)! - depth.get(a)! || (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0),
    )
  }
}
