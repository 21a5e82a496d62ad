/**
 * What a part's run hands the top of a national run: the figures of the units just under
 * the top, as the whole run holds them when the top aggregates. @internal
 */

import type { DataPoint, Dataset } from '@tiendo/core'
import type { GivenFigures } from '../run/run-pipeline'

/** The derivations whose figures exist when the top aggregates: later ones it derives itself. */
const BEFORE_TOP = new Set(['record_count', 'aggregate'])

/**
 * The figures of `units` (keys) in a part's dataset: submitted ones, and those counted from
 * records or aggregated. Each is copied plainly, its provenance without its inputs (the top
 * reads a child's figure, never what it was made from), so nothing of the part's run is held.
 * @internal
 */
export function givenFigures(dataset: Dataset, units: ReadonlySet<string>): GivenFigures {
  const submitted: DataPoint[] = []
  const derived: DataPoint[] = []
  for (const point of dataset.points()) {
    if (!units.has(point.unit)) continue
    if (point.derived === undefined) submitted.push(plainCopy(point))
    else if (BEFORE_TOP.has(point.derived.method)) derived.push(plainCopy(point))
  }
  return { submitted, derived }
}

/** Gathers the figures of every part's run. @internal */
export function joinGiven(all: readonly GivenFigures[]): GivenFigures {
  return {
    submitted: all.flatMap((given) => given.submitted),
    derived: all.flatMap((given) => given.derived),
  }
}

function plainCopy(point: DataPoint): DataPoint {
  const { derived } = point
  return {
    indicator: point.indicator,
    unit: point.unit,
    period: point.period,
    value: point.value,
    qualifier: point.qualifier,
    ...(point.low === undefined ? {} : { low: point.low }),
    ...(point.high === undefined ? {} : { high: point.high }),
    observation: { ...point.observation },
    ...(point.location === undefined ? {} : { location: { ...point.location } }),
    ...(derived === undefined
      ? {}
      : {
          derived: {
            method: derived.method,
            rule: derived.rule,
            inputs: [],
            ...(derived.coverage === undefined ? {} : { coverage: derived.coverage }),
            ...(derived.date === undefined ? {} : { date: derived.date }),
          },
        }),
  }
}
