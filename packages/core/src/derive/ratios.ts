/**
 * Ratios a unit's own parts give: an indicator declared `derivation: ratio` gets, for every
 * unit and period with its numerator and denominator (submitted or derived) and no figure
 * of its own, numerator / denominator × factor. @internal
 */

import type { Indicator } from '@tiendo/schema'
import { reasons } from '../aggregate-reasons'
import { specOf } from '../combine'
import { divideFigure, figureOf, isPoint, scaleFigure, toFigureValue } from '../figure'
import type { DeriveContext } from './context'
import { derivedPoint } from './derived-point'

/** @internal */
export function deriveRatios(ordered: readonly Indicator[], ctx: DeriveContext): void {
  for (const indicator of ordered) {
    const spec = specOf(indicator)
    if (spec.ratio === undefined) continue
    const { numerator, denominator, factor } = spec.ratio
    for (const period of ctx.working.periods(numerator)) {
      for (const unit of ctx.working.unitsWith(numerator, period)) {
        const top = ctx.working.get(numerator, unit, period)
        const bottom = ctx.working.get(denominator, unit, period)
        if (top === undefined || bottom === undefined) continue
        const target = { indicator: indicator.id, unit, period }
        const up = figureOf(top)
        const down = figureOf(bottom)
        if (up === undefined || down === undefined) continue
        const withhold = (reason: ReturnType<typeof reasons.zeroDenominator>) =>
          ctx.withhold({ ...target, method: 'ratio', rule: 'ratio', reason })
        if (!isPoint(down)) {
          withhold(reasons.denominatorNotExact(denominator))
          continue
        }
        if (!down.point.isPositive() || down.point.isZero()) {
          withhold(reasons.zeroDenominator(denominator))
          continue
        }
        const divided = divideFigure(scaleFigure(up, factor), down.point)
        const figure = toFigureValue({
          ...divided,
          approximate: divided.approximate || down.approximate,
        })
        if (figure === undefined) continue
        const input = (role: 'numerator' | 'denominator', id: string, point: typeof top) => ({
          indicator: id,
          unit,
          period,
          role,
          figure: toFigureValue(figureOf(point)!),
          derived: point.derived !== undefined,
          location: point.location,
        })
        const provenance = {
          method: 'ratio',
          rule: 'ratio',
          inputs: [input('numerator', numerator, top), input('denominator', denominator, bottom)],
        } as const
        ctx.place(derivedPoint(target, figure, provenance, [top, bottom]), figure, 'ratio', 'ratio')
      }
    }
  }
}
