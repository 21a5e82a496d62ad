/**
 * The indicators a pack's rules read, as their conditions name them: what evaluating the
 * rules needs derived. @internal
 */

import { FACTS } from '../facts/catalogue'
import type { CompiledPack } from './compiled'

/**
 * Every indicator a fact of the rules' conditions names by a parameter of the indicator
 * kind (`value`, `children_sum`, `progress`, …). A fact reads only that indicator and what
 * it is computed from, which deriving it brings along. `undefined` when a rule names a fact
 * Tiendo does not know, since what that reads cannot be told. @internal
 */
export function indicatorsRead(pack: CompiledPack): string[] | undefined {
  const read = new Set<string>()
  for (const rule of pack.rules) {
    for (const input of rule.inputs) {
      const fact = FACTS.get(input.fact)
      if (fact === undefined) return undefined
      for (const [name, spec] of Object.entries(fact.params)) {
        const value = input.params?.[name]
        if (spec.kind === 'indicator' && value !== undefined) read.add(String(value))
      }
    }
  }
  return [...read]
}
