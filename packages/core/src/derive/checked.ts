/**
 * What a check of the submitted figures needs derived: a derived figure is checked only
 * against a submitted one of its own indicator and key (`derived_value_differs`), so an
 * indicator nobody submitted, and that no such indicator is computed from, can raise
 * nothing. `tiendo validate` derives the rest only; `tiendo evaluate` adds what its rules
 * read. @internal
 */

import type { Composite, Indicator } from '@tiendo/schema'
import { inputsOf } from './order'

/** The indicators a composite scores: itself, and its indices and pillars that name one. */
export function compositeOutputs(composite: Composite): string[] {
  const outputs = [composite.indicator]
  for (const index of composite.indices) {
    if (index.indicator !== undefined) outputs.push(index.indicator)
  }
  for (const pillar of composite.pillars ?? []) {
    if (pillar.indicator !== undefined) outputs.push(pillar.indicator)
  }
  return outputs
}

/**
 * The indicators with a submitted figure (`submitted`) and those named in `also`, and every
 * indicator those are computed from, however far back: a ratio's parts, an aggregate's
 * weights (`inputsOf`), a composite's components. Deriving these alone raises the same
 * issues as deriving everything, in the same order, and gives the indicators of `also`
 * the same figures.
 */
export function checkedIndicators(
  indicators: readonly Indicator[],
  composites: readonly Composite[],
  submitted: (indicator: string) => boolean,
  also: Iterable<string> = [],
): Set<string> {
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]))
  const componentsOf = new Map<string, string[]>()
  for (const composite of composites) {
    const components = composite.indices.flatMap((index) =>
      index.components.map((component) => component.indicator),
    )
    for (const output of compositeOutputs(composite)) {
      componentsOf.set(output, [...(componentsOf.get(output) ?? []), ...components])
    }
  }
  const checked = new Set<string>()
  const visit = (id: string) => {
    if (checked.has(id)) return
    checked.add(id)
    const indicator = byId.get(id)
    if (indicator !== undefined) for (const input of inputsOf(indicator)) visit(input)
    for (const component of componentsOf.get(id) ?? []) visit(component)
  }
  for (const id of [...byId.keys(), ...componentsOf.keys()]) if (submitted(id)) visit(id)
  for (const id of also) visit(id)
  return checked
}
