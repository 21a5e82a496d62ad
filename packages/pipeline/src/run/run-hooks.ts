/**
 * The caller's hooks of a run (`derive.onFigure`, `assess.onSeries`), read from its options
 * in one place. @internal
 */

import type { DataPoint } from '@tiendo/core'
import type { TargetReport } from '@tiendo/rules'
import type { PipelineOptions, Source } from './options'

/** @internal */
export interface RunHooks {
  readonly onFigure: ((figure: DataPoint) => void) | undefined
  readonly onSeries: ((series: TargetReport) => void) | undefined
}

/** The hooks a run's options give, each `undefined` when not given. @internal */
export function hooksOf(options: PipelineOptions<Source>): RunHooks {
  return {
    onFigure: typeof options.derive === 'object' ? options.derive.onFigure : undefined,
    onSeries: typeof options.assess === 'object' ? options.assess.onSeries : undefined,
  }
}

/** Options with the hooks taken out (each step's other settings kept). @internal */
export function withoutHooks(options: PipelineOptions<Source>): PipelineOptions<Source> {
  const { derive, assess } = options
  return {
    ...options,
    ...(typeof derive === 'object' && derive.onFigure !== undefined
      ? { derive: { ...derive, onFigure: undefined } }
      : {}),
    ...(typeof assess === 'object' && assess.onSeries !== undefined
      ? { assess: { ...assess, onSeries: undefined } }
      : {}),
  }
}

/** `first` then `second` on each item, either left out when absent. @internal */
export function inTurn<T>(
  first: ((item: T) => void) | undefined,
  second: ((item: T) => void) | undefined,
): ((item: T) => void) | undefined {
  if (first === undefined || second === undefined) return first ?? second
  return (item) => {
    first(item)
    second(item)
  }
}
