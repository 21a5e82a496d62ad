import { periodsBetween } from '@tiendo/core'
import type { TiendoIssue, Unit } from '@tiendo/schema'
import type { CompiledRule } from '../compile/compiled'
import type { FactSource } from '../fact-source'
import { packIssue } from '../issues'
import { unitKey } from '../unit-validity'

/** One unit × period a rule is evaluated in; `unit` is absent when the reference named none. */
export interface PlannedScope {
  readonly unit: Unit | undefined
  /** The reference the scope names the unit by (its own when found). */
  readonly ref: string
  readonly period: string
}

/** The periods evaluations fall back on for rules whose scope names none. */
export interface PeriodWindow {
  readonly from?: string | undefined
  readonly to?: string | undefined
}

/** The periods of a rule: its own, else its steps between `from` and `to` with fallbacks. */
function periodsOf(
  rule: CompiledRule,
  source: FactSource,
  window: PeriodWindow,
): string[] | undefined {
  const scope = rule.scope
  if (scope?.periods !== undefined) return [...scope.periods]
  let range: { from: string; to: string } | undefined
  const fallback = () => {
    range ??= source.periodRange?.()
    return range
  }
  const from = scope?.from ?? window.from ?? fallback()?.from
  const to = scope?.to ?? window.to ?? fallback()?.to
  if (from === undefined || to === undefined) return undefined
  return periodsBetween(from, to, scope?.every ?? 'year')
}

/**
 * The unit × period scopes a rule names: its periods (see {@link periodsOf}), and in each,
 * the units of its `unitKinds` valid then and the units its `units` name (both, if it
 * names both); every unit when it names neither. A reference that names no unit in a
 * period still gives a scope, which is reported skipped rather than silently dropped.
 * @internal
 */
export function planScopes(
  rule: CompiledRule,
  source: FactSource,
  window: PeriodWindow,
): { scopes: PlannedScope[]; periods: string[] } | { issue: TiendoIssue } {
  const periods = periodsOf(rule, source, window)
  if (periods === undefined) return { issue: packIssue('no_periods', [], { rule: rule.id }) }
  const scope = rule.scope
  const scopes: PlannedScope[] = []
  for (const period of periods) {
    const seen = new Set<Unit>()
    const add = (unit: Unit) => {
      if (seen.has(unit)) return
      seen.add(unit)
      scopes.push({
        unit,
        ref: unitKey(unit),
        period,
      })
    }
    if (scope?.unitKinds !== undefined)
      for (const unit of source.units(period, scope.unitKinds)) add(unit)
    for (const ref of scope?.units ?? []) {
      const unit = source.unit(ref, period)
      if (unit === undefined) scopes.push({ unit: undefined, ref, period })
      else add(unit)
    }
    if (scope?.unitKinds === undefined && scope?.units === undefined) {
      for (const unit of source.units(period)) add(unit)
    }
  }
  return { scopes, periods }
}
