/**
 * Fits the chosen method on the assessment window, turning a refusal into its
 * explanation. Shared by `assessProgress` and `backtest`.
 */
import type { Decimal } from 'decimal.js'
import { fitCagr } from './methods/cagr'
import { fitLinear } from './methods/linear'
import { type Bounds, fitLogit } from './methods/logit'
import type { FitPoint, FitResult } from './methods/model'
import { fitWeightedLinear, type TimeWeight } from './methods/weighted-linear'
import type { AssessmentMethod } from './types'

/** What a method needs besides the points. */
export interface FitSettings {
  readonly bounds: Bounds
  readonly boundOffset: Decimal | null
  readonly weight?: TimeWeight | undefined
}

/**
 * Fits `method` on `points` (oldest first, at least two, distinct times). `cagr` uses
 * only the first and last point; the others use them all.
 */
export function fitMethod(
  method: AssessmentMethod,
  points: readonly FitPoint[],
  settings: FitSettings,
): FitResult {
  switch (method) {
    case 'cagr':
      return fitCagr(points)
    case 'linear':
      return fitLinear(points)
    case 'weighted-linear':
      return fitWeightedLinear(points, settings.weight)
    case 'logit':
      return fitLogit(points, settings.bounds, settings.boundOffset)
  }
}
