import type { Target, Unit } from '@tiendo/schema'
import { monthIndex } from '@tiendo/schema'
import { decimalText, readDecimal } from '../decimal'
import { readPeriod } from '../period'
import { refNames } from '../unit-validity'
import type { FactContext, FactDefinition, FactParams } from './definition'

/** The `target` fact's value. Decimals are strings. */
export interface TargetFact {
  readonly id: string
  readonly indicator: string
  readonly comparator: string
  readonly value: string
  readonly upper: string | null
  readonly by: string
  readonly baseYear: string | null
}

function appliesTo(target: Target, unit: Unit): boolean {
  if (target.unit !== undefined) return refNames(target.unit, unit)
  return target.unitKind === unit.kind
}

/**
 * The target an indicator is held to for a unit in a period: the one `target` names, else
 * of the targets set for the unit (or its kind) the first one due at or after the period
 * (the next one still ahead, as Destatis assesses), else the last one past. A target set
 * for the unit itself wins over one set for its kind when both are due together.
 * @internal
 */
export function applicableTarget(context: FactContext, params: FactParams): Target | undefined {
  if (typeof params.target === 'string') return context.pack.targets.get(params.target)
  const period = readPeriod(context.period)
  if (period === undefined) return undefined
  const now = monthIndex(period.start)
  // A target set for the unit itself ranks before one set for its kind.
  const rank = (target: Target) => (target.unit === undefined ? 1 : 0)
  let ahead: { target: Target; due: number } | undefined
  let past: { target: Target; due: number } | undefined
  for (const target of context.pack.targets.values()) {
    if (target.indicator !== params.indicator || !appliesTo(target, context.unit)) continue
    const by = readPeriod(target.by)
    if (by === undefined) continue
    const due = monthIndex(by.end)
    if (due >= now) {
      const sooner = ahead === undefined || due < ahead.due
      if (sooner || (due === ahead!.due && rank(target) < rank(ahead!.target))) {
        ahead = { target, due }
      }
    } else {
      const later = past === undefined || due > past.due
      if (later || (due === past!.due && rank(target) < rank(past!.target))) {
        past = { target, due }
      }
    }
  }
  return (ahead ?? past)?.target
}

const asText = (value: string | number) => decimalText(readDecimal(value)!)

/** The `target` fact's value of a target. @internal */
export function describeTarget(target: Target): TargetFact {
  return {
    id: target.id,
    indicator: target.indicator,
    comparator: target.comparator,
    value: asText(target.value),
    upper: target.upper === undefined ? null : asText(target.upper),
    by: target.by,
    baseYear: target.baseYear ?? null,
  }
}

/**
 * `target`: the target an indicator is held to in the scope (see {@link applicableTarget}),
 * or the one `target` names: `id`, `comparator`, `value`, `upper`, `by`, `baseYear`, read
 * with a `path` such as `$.value`. Missing when no target applies.
 */
export const targetFact: FactDefinition = {
  name: 'target',
  params: { indicator: { kind: 'indicator', required: true }, target: { kind: 'target' } },
  returns: 'object',
  compute(context, params) {
    const target = applicableTarget(context, params)
    return target === undefined ? undefined : describeTarget(target)
  },
}
