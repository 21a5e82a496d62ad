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
  min: 'min',
  max: 'max',
}

/**
 * The carry rule of an indicator: its declared `carry`, or the one its aggregation implies
 * (`sum`, `mean`, `weighted_mean`, `min`, `max` as themselves; `ratio_of_sums` → `ratio`;
 * `none` → `refuse`: what does not aggregate over units does not combine over predecessors
 * either, unless the pack says how).
 */
export function carryRuleOf(indicator: Indicator): CarryRule {
  if (indicator.carry !== undefined) return indicator.carry
  switch (indicator.aggregation.method) {
    case 'ratio_of_sums':
      return 'ratio'
    case 'none':
      return 'refuse'
    default:
      return indicator.aggregation.method
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
    case 'min':
    case 'max':
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
