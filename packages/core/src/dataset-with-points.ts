/**
 * A dataset with more points: laid over it when it is compact (its columns shared, never
 * copied), else built anew.
 */

import type { TiendoIssue } from '@tiendo/schema'
import { derivedLayerOver, layerOver } from './compact/layered'
import type { DataPoint } from './data-point'
import { CompactDatasetBuilder, type Dataset } from './dataset'
import type { UnitRegistry } from './units'

/**
 * `dataset` with `points` added, each as it is (a derived one keeps its provenance), and the
 * issues adding them raised: a point whose key the dataset answers already is a duplicate or
 * a conflict. Figures from another run join a dataset this way: a country's run takes its
 * provinces' figures from their own runs.
 */
export function datasetWithPoints(
  dataset: Dataset,
  points: readonly DataPoint[],
  units: UnitRegistry | undefined,
): { readonly dataset: Dataset; readonly issues: readonly TiendoIssue[] } {
  if (points.length === 0) return { dataset, issues: [] }
  // Laid over the dataset, sharing its columns; built anew only if a key is answered twice.
  const layered = layerOver(dataset, points, units)
  if (layered !== undefined) return layered
  const builder = new CompactDatasetBuilder(units)
  for (const point of dataset.points()) builder.addPoint(point)
  for (const point of points) builder.addPoint(point)
  for (const entry of dataset.records()) builder.addRecordEntry(entry)
  return { dataset: builder.build(), issues: builder.issues }
}

/**
 * {@link datasetWithPoints} for figures just derived (each made by `derivedPoint`, its
 * observation what derivation wrote): laid over a compact dataset as columns, their
 * provenances (few, shared) kept by number, so no point is held as an object. @internal
 */
export function datasetWithDerived(
  dataset: Dataset,
  points: readonly DataPoint[],
  units: UnitRegistry | undefined,
): { readonly dataset: Dataset; readonly issues: readonly TiendoIssue[] } {
  if (points.length === 0) return { dataset, issues: [] }
  return derivedLayerOver(dataset, points, units) ?? datasetWithPoints(dataset, points, units)
}
