/**
 * A dataset with more points laid over a compact one: the new points form a layer of their
 * own, and the dataset's layers, texts and records are shared, never copied. Deriving adds
 * its figures this way, so the submitted figures are held once however many datasets are
 * made from them. @internal
 */

import type { TiendoIssue } from '@tiendo/schema'
import type { DataPoint } from '../data-point'
import type { Dataset } from '../dataset'
import type { UnitRegistry } from '../units'
import { CompactDataset } from './compact-dataset'
import { PointLayer } from './point-layer'

/**
 * `dataset` with `points` laid over it, and the issues the points raise among themselves
 * (a duplicate, a conflict). `undefined` when `dataset` is not compact, or when a point has
 * a key `dataset` already answers: then the caller builds a dataset anew, which reports it.
 * @internal
 */
export function layerOver(
  dataset: Dataset,
  points: readonly DataPoint[],
  units: UnitRegistry | undefined,
): { dataset: Dataset; issues: TiendoIssue[] } | undefined {
  if (!(dataset instanceof CompactDataset) || dataset.layers.length >= MAX_LAYERS) return undefined
  for (const point of points) {
    if (dataset.find(point.indicator, point.unit, point.period) !== undefined) return undefined
  }
  const layer = new PointLayer(dataset.texts)
  const issues: TiendoIssue[] = []
  for (const point of points) layer.addGiven(point, issues)
  layer.trim()
  const layers = [...dataset.layers, layer]
  return {
    dataset: new CompactDataset(units, dataset.texts, layers, dataset.recordRows),
    issues,
  }
}

/** A point's layer is kept in a byte. */
const MAX_LAYERS = 255
