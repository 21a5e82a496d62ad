import type { Unit } from '@tiendo/schema'
import type { ParamSpecs } from '../params'
import { shiftPeriod } from '../period'
import type { FactContext, FactParams } from './definition'

/** The parameters that move a fact away from its scope: another unit, period, or offset. */
export const WHERE_PARAMS: ParamSpecs = {
  /** Another unit than the scope's, by reference. */
  unit: { kind: 'unit_ref' },
  /** Another period than the scope's. */
  period: { kind: 'period' },
  /** Periods before (negative) or after the scope's (or `period`'s), in its own steps. */
  offset: { kind: 'int', min: -100, max: 100 },
}

/**
 * The unit and period a fact reads: the scope's, or those its `unit`, `period` and `offset`
 * parameters name. `undefined` when the unit does not exist then or the period is out of
 * range: the fact is then missing.
 * @internal
 */
export function locate(
  context: FactContext,
  params: FactParams,
): { unit: Unit; period: string } | undefined {
  const base = typeof params.period === 'string' ? params.period : context.period
  const offset = typeof params.offset === 'number' ? params.offset : 0
  const period = shiftPeriod(base, offset)
  if (period === undefined) return undefined
  if (typeof params.unit !== 'string') return { unit: context.unit, period }
  const unit = context.source.unit(params.unit, period)
  return unit === undefined ? undefined : { unit, period }
}
