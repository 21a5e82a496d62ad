/**
 * Composite indices a pack declares, scored for every unit and period with a component
 * figure (submitted or derived): the total, and the index and pillar scores the pack tracks
 * as indicators. The arithmetic is `computeComposite`'s. @internal
 */

import type { Composite } from '@tiendo/schema'
import { computeComposite } from '../composite'
import type { CompositeDefinition } from '../composite-definition'
import type { DataPoint } from '../data-point'
import { exactFigure, type FigureValue, figureOf, toFigureValue } from '../figure'
import type { DeriveContext } from './context'
import { derivedPoint } from './derived-point'
import type { ProvenanceInput } from './provenance'

/** The core definition of a pack's composite: each component named `index/indicator`. */
export function compositeDefinition(composite: Composite): CompositeDefinition {
  return {
    id: composite.indicator,
    ...(composite.name === undefined ? {} : { name: composite.name }),
    ...(composite.missing === undefined ? {} : { missing: composite.missing }),
    indices: composite.indices.map((index) => ({
      id: index.id,
      ...(index.name === undefined ? {} : { name: index.name }),
      points: index.points,
      components: index.components.map((component) => ({
        id: componentId(index.id, component.indicator),
        indicator: component.indicator,
        ...(component.weight === undefined ? {} : { weight: component.weight }),
        ...(component.scale === undefined ? {} : { scale: component.scale }),
      })),
    })),
    ...(composite.pillars === undefined
      ? {}
      : {
          pillars: composite.pillars.map((pillar) => ({
            id: pillar.id,
            indices: pillar.indices,
          })),
        }),
  }
}

const componentId = (index: string, indicator: string) => `${index}/${indicator}`

/** @internal */
export function deriveComposites(composites: readonly Composite[], ctx: DeriveContext): void {
  for (const composite of composites) {
    const definition = compositeDefinition(composite)
    const indicators = [
      ...new Set(composite.indices.flatMap((index) => index.components.map((c) => c.indicator))),
    ]
    const scopes = new Map<string, { unit: string; period: string }>()
    for (const id of indicators) {
      for (const period of ctx.working.periods(id)) {
        for (const unit of ctx.working.unitsWith(id, period)) {
          scopes.set(`${unit}\u0000${period}`, { unit, period })
        }
      }
    }
    for (const { unit, period } of scopes.values())
      scoreAt(composite, definition, ctx, unit, period)
  }
}

function scoreAt(
  composite: Composite,
  definition: CompositeDefinition,
  ctx: DeriveContext,
  unit: string,
  period: string,
): void {
  const values = new Map<string, ReturnType<typeof exactValue>>()
  const used: DataPoint[] = []
  const inputs: ProvenanceInput[] = []
  for (const index of composite.indices) {
    for (const component of index.components) {
      const point = ctx.working.get(component.indicator, unit, period)
      const value = point === undefined ? undefined : exactValue(point)
      values.set(componentId(index.id, component.indicator), value)
      if (point === undefined || value === undefined) continue
      used.push(point)
      inputs.push({
        indicator: component.indicator,
        unit,
        period,
        role: 'component',
        figure: toFigureValue(figureOf(point)!),
        derived: point.derived !== undefined,
        location: point.location,
      })
    }
  }
  let result: ReturnType<typeof computeComposite>
  try {
    result = computeComposite(definition, values)
  } catch {
    // A definition core cannot compute is refused when the pack loads; nothing to derive here.
    return
  }
  const target = { indicator: composite.indicator, unit, period }
  if (result.status !== 'computed' || result.score === undefined) {
    ctx.withhold({
      ...target,
      method: 'composite',
      rule: composite.indicator,
      reason: result.reason!,
    })
    return
  }
  const provenance = { method: 'composite', rule: composite.indicator, inputs } as const
  const place = (indicator: string, score: ReturnType<typeof exactValue>) => {
    if (score === undefined) return
    const figure: FigureValue = toFigureValue(exactFigure(score))!
    ctx.place(
      derivedPoint({ indicator, unit, period }, figure, provenance, used),
      figure,
      'composite',
      composite.indicator,
    )
  }
  place(composite.indicator, result.score)
  for (const index of composite.indices) {
    if (index.indicator === undefined) continue
    place(index.indicator, result.indices.find((scored) => scored.id === index.id)?.score)
  }
  for (const pillar of composite.pillars ?? []) {
    if (pillar.indicator === undefined) continue
    place(pillar.indicator, result.pillars.find((scored) => scored.id === pillar.id)?.score)
  }
}

/** A component's value when it is a single value (exact or approximate); bounds are missing. */
function exactValue(point: DataPoint) {
  return point.qualifier === 'exact' || point.qualifier === 'approx' ? point.value : undefined
}
