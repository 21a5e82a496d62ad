/**
 * A dataset with more points laid over a compact one: the new points form a layer of their
 * own, and the dataset's layers, texts and records are shared, never copied. Deriving adds
 * its figures this way, so the submitted figures are held once however many datasets are
 * made from them. @internal
 */

import type { TiendoIssue } from '@tiendo/schema'
import type { DataPoint } from '../data-point'
import type { Dataset } from '../dataset'
import type { Provenance } from '../derive/provenance'
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
  if (!layerable(dataset, points)) return undefined
  const layer = new PointLayer(dataset.texts)
  const issues: TiendoIssue[] = []
  for (const point of points) layer.addGiven(point, issues)
  return withLayer(dataset, layer, units, issues)
}

/**
 * {@link layerOver} for figures derived by `derivedPoint`: each held as columns (its
 * observation is made again from them, equal), its provenance by number. @internal
 */
export function derivedLayerOver(
  dataset: Dataset,
  points: readonly DataPoint[],
  units: UnitRegistry | undefined,
): { dataset: Dataset; issues: TiendoIssue[] } | undefined {
  if (!layerable(dataset, points)) return undefined
  const provenances: Provenance[] = []
  const numbers = new Map<Provenance, number>()
  const layer = new PointLayer(dataset.texts, (ref) => provenances[ref]!)
  const issues: TiendoIssue[] = []
  for (const point of points) {
    const provenance = point.derived!
    let ref = numbers.get(provenance)
    if (ref === undefined) {
      ref = provenances.push(provenance) - 1
      numbers.set(provenance, ref)
    }
    const { observation } = point
    const fields = {
      indicator: point.indicator,
      unit: point.unit,
      period: point.period,
      value: observation.value,
      qualifier: point.qualifier,
      low: observation.low,
      high: observation.high,
      status: observation.status,
      source: observation.source,
    }
    layer.addDerived(fields, ref, issues)
  }
  return withLayer(dataset, layer, units, issues)
}

/** Whether `points` can lie over `dataset` in a layer: it is compact and answers none of them. */
function layerable(dataset: Dataset, points: readonly DataPoint[]): dataset is CompactDataset {
  if (!(dataset instanceof CompactDataset) || dataset.layers.length >= MAX_LAYERS) return false
  for (const point of points) {
    if (dataset.find(point.indicator, point.unit, point.period) !== undefined) return false
  }
  return true
}

function withLayer(
  dataset: CompactDataset,
  layer: PointLayer,
  units: UnitRegistry | undefined,
  issues: TiendoIssue[],
): { dataset: Dataset; issues: TiendoIssue[] } {
  layer.trim()
  const layers = [...dataset.layers, layer]
  return {
    dataset: new CompactDataset(units, dataset.texts, layers, dataset.recordRows),
    issues,
  }
}

/** A point's layer is kept in a byte. */
const MAX_LAYERS = 255
