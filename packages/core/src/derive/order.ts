/**
 * The order indicators are derived in: an indicator after those it is computed from (a
 * ratio after its numerator and denominator, a weighted mean after its weights), so that
 * each step finds its inputs already derived. @internal
 */

import type { Indicator } from '@tiendo/schema'

/** The indicators an indicator's aggregate or carried figure is computed from. */
export function inputsOf(indicator: Indicator): string[] {
  const inputs: string[] = []
  if (indicator.derivation?.kind === 'ratio') {
    inputs.push(indicator.derivation.numerator, indicator.derivation.denominator)
  }
  if (indicator.aggregation.method === 'weighted_mean') inputs.push(indicator.aggregation.weight)
  return inputs
}

/**
 * The indicators, each after its inputs, otherwise in the order given. A cycle (which a pack
 * should not have) is broken where it is met: the order given decides.
 * @internal
 */
export function derivationOrder(indicators: readonly Indicator[]): Indicator[] {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]))
  const done = new Set<string>()
  const visiting = new Set<string>()
  const ordered: Indicator[] = []
  const visit = (indicator: Indicator) => {
    if (done.has(indicator.id) || visiting.has(indicator.id)) return
    visiting.add(indicator.id)
    for (const id of inputsOf(indicator)) {
      const input = byId.get(id)
      if (input !== undefined) visit(input)
    }
    visiting.delete(indicator.id)
    done.add(indicator.id)
    ordered.push(indicator)
  }
  for (const indicator of indicators) visit(indicator)
  return ordered
}
