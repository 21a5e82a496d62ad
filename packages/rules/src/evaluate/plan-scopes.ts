import { periodsBetween } from '@tiendo/core'
import type { Unit } from '@tiendo/schema'
import type { CompiledRule } from '../compile/compiled'
import type { FactSource } from '../fact-source'

/** The periods evaluations fall back on for rules whose scope names none. */
export interface PeriodWindow {
  readonly from?: string | undefined
  readonly to?: string | undefined
}

/** Facts that read no submitted figure: a rule reading only these and records counts records. */
const NOT_FIGURES: ReadonlySet<string> = new Set([
  'record_count',
  'quota_minimum',
  'validity_share',
  'unit',
  'period',
])

/**
 * The kinds of records a rule counts, when it reads no figure: its periods then default to
 * the years those records span, not those of the figures (a quota over DX products is judged
 * over the years the product files cover). `undefined` for a rule that reads figures.
 */
function countedKinds(rule: CompiledRule): string[] | undefined {
  const kinds: string[] = []
  for (const input of rule.inputs) {
    if (!NOT_FIGURES.has(input.fact)) return undefined
    if (input.fact === 'record_count' && typeof input.params?.kind === 'string') {
      kinds.push(input.params.kind)
    }
  }
  return kinds.length === 0 ? undefined : kinds
}

/**
 * The periods of a rule: its own, else its steps between `from` and `to` with fallbacks —
 * the years the records it counts span (a rule reading only record counts), else the
 * periods of the source's data; `undefined` when nothing names them.
 * @internal
 */
export function periodsOf(
  rule: CompiledRule,
  source: FactSource,
  window: PeriodWindow,
): string[] | undefined {
  const scope = rule.scope
  if (scope?.periods !== undefined) return [...scope.periods]
  let range: { from: string; to: string } | undefined
  const fallback = () => {
    const kinds = countedKinds(rule)
    range ??=
      (kinds !== undefined && source.recordRange !== undefined
        ? widest(kinds.map((kind) => source.recordRange!(kind)))
        : undefined) ?? source.periodRange?.()
    return range
  }
  const from = scope?.from ?? window.from ?? fallback()?.from
  const to = scope?.to ?? window.to ?? fallback()?.to
  if (from === undefined || to === undefined) return undefined
  return periodsBetween(from, to, scope?.every ?? 'year')
}

/**
 * The units a rule is evaluated in during a period, in order: the units of its `unitKinds`
 * valid then and the units its `units` name (both, if it names both; each unit once); every
 * unit when it names neither. A reference that names no unit then stays in the list as the
 * reference itself (a string), so its scope is reported skipped rather than silently dropped.
 * @internal
 */
export function unitsOf(
  rule: CompiledRule,
  source: FactSource,
  period: string,
): readonly (Unit | string)[] {
  const scope = rule.scope
  if (scope?.units === undefined) {
    // The source's own list, as it is: nothing to copy per period.
    return scope?.unitKinds === undefined
      ? source.units(period)
      : source.units(period, scope.unitKinds)
  }
  const found: (Unit | string)[] = []
  const seen = new Set<Unit>()
  const add = (unit: Unit) => {
    if (seen.has(unit)) return
    seen.add(unit)
    found.push(unit)
  }
  if (scope.unitKinds !== undefined) {
    for (const unit of source.units(period, scope.unitKinds)) add(unit)
  }
  for (const ref of scope.units) {
    const unit = source.unit(ref, period)
    if (unit === undefined) found.push(ref)
    else add(unit)
  }
  return found
}

/** The years from the first start to the last end of several ranges of years. */
function widest(
  ranges: readonly ({ readonly from: string; readonly to: string } | undefined)[],
): { from: string; to: string } | undefined {
  let from: string | undefined
  let to: string | undefined
  for (const range of ranges) {
    if (range === undefined) continue
    if (from === undefined || range.from < from) from = range.from
    if (to === undefined || range.to > to) to = range.to
  }
  return from === undefined || to === undefined ? undefined : { from, to }
}
