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
  const layer = DerivedLayer.over(dataset)
  if (layer === undefined) return undefined
  for (const point of points) if (!layer.add(point)) return undefined
  return layer.finish(units)
}

/**
 * Derived figures laid over a compact dataset as they are derived, so deriving holds none
 * of them as an object: {@link derivedLayerOver} one figure at a time. @internal
 */
export class DerivedLayer {
  private readonly provenances: Provenance[] = []
  private readonly numbers = new Map<Provenance, number>()
  private readonly layer: PointLayer
  private readonly issues: TiendoIssue[] = []

  private constructor(private readonly dataset: CompactDataset) {
    this.layer = new PointLayer(dataset.texts, (ref) => this.provenances[ref]!)
  }

  /** A layer over `dataset`, or `undefined` when it is not compact (or has layers enough). */
  static over(dataset: Dataset): DerivedLayer | undefined {
    return dataset instanceof CompactDataset && dataset.layers.length < MAX_LAYERS
      ? new DerivedLayer(dataset)
      : undefined
  }

  /**
   * Adds a point with its provenance (by default its own), unless the dataset answers its
   * key already: then adds nothing, `false`.
   */
  add(point: DataPoint, provenance: Provenance = point.derived!): boolean {
    if (this.dataset.find(point.indicator, point.unit, point.period) !== undefined) return false
    let ref = this.numbers.get(provenance)
    if (ref === undefined) {
      ref = this.provenances.push(provenance) - 1
      this.numbers.set(provenance, ref)
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
    this.layer.addDerived(fields, ref, this.issues)
    return true
  }

  /** The point added with this key, its texts as written, made from the columns. */
  get(indicator: string, unit: string, period: string): DataPoint | undefined {
    const texts = this.dataset.texts
    const i = texts.find(indicator)
    const u = texts.find(unit)
    const p = texts.find(period)
    if (i === -1 || u === -1 || p === -1) return undefined
    const row = this.layer.rowOf(i, u, p)
    return row === -1 ? undefined : this.layer.table.point(row)
  }

  /** Every point added, in order, made from the columns. */
  points(): DataPoint[] {
    const { table } = this.layer
    const points: DataPoint[] = []
    for (let row = 0; row < table.length; row++) points.push(table.point(row))
    return points
  }

  /** The dataset with the layer over it, and the issues the points raised among themselves. */
  finish(units: UnitRegistry | undefined): { dataset: Dataset; issues: TiendoIssue[] } {
    if (this.layer.table.length === 0) return { dataset: this.dataset, issues: [] }
    return withLayer(this.dataset, this.layer, units, this.issues)
  }
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
