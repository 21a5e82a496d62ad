/**
 * Which carry rule an indicator follows, and what each rule needs from every predecessor.
 */

import type { CarryRule, Indicator } from '@tiendo/schema'
import { type FigureReason, reasons } from './aggregate-reasons'
import type { CombineMethod, FigureSpec, Part } from './combine'

/** How each rule combines figures. @internal */
export const CARRY_METHODS: Record<Exclude<CarryRule, 'refuse'>, CombineMethod> = {
  sum: 'sum',
  mean: 'mean',
  weighted_mean: 'weighted_mean',
  ratio: 'ratio',
}

/**
 * The carry rule of an indicator: its declared `carry`, or the one its aggregation implies
 * (`sum`, `mean`, `weighted_mean`; `ratio_of_sums` → `ratio`); `undefined` for `min`, `max`
 * and `none` without a declared rule.
 */
export function carryRuleOf(indicator: Indicator): CarryRule | undefined {
  if (indicator.carry !== undefined) return indicator.carry
  switch (indicator.aggregation.method) {
    case 'sum':
    case 'mean':
    case 'weighted_mean':
      return indicator.aggregation.method
    case 'ratio_of_sums':
      return 'ratio'
    default:
      return undefined
  }
}

/** The figures each predecessor must give under a rule, or why the rule cannot apply. @internal */
export function partsFor(
  spec: FigureSpec,
  rule: Exclude<CarryRule, 'refuse'>,
): Part[] | FigureReason {
  const sum = (id: string) => ({ id, aggregation: { method: 'sum' as const } })
  switch (rule) {
    case 'sum':
    case 'mean':
      return [{ role: 'value', spec }]
    case 'weighted_mean':
      if (spec.aggregation.method !== 'weighted_mean') return reasons.noWeight(spec.id)
      return [
        { role: 'value', spec },
        { role: 'weight', spec: sum(spec.aggregation.weight) },
      ]
    case 'ratio':
      if (spec.ratio === undefined) return reasons.ratioWithoutParts(spec.id)
      return [
        { role: 'numerator', spec: sum(spec.ratio.numerator) },
        { role: 'denominator', spec: sum(spec.ratio.denominator) },
      ]
  }
}
