import type { DataPoint, Dataset as IndexedData, UnitRegistry } from '@tiendo/core'
import { createDataset, createUnitRegistry, unitKey } from '@tiendo/core'
import type { ObservationRow, RecordRow } from '@tiendo/io/parse'
import { isTiendoIssue, observationsFromRows, recordsFromRows } from '@tiendo/io/parse'
import type { Dataset, DatasetId } from '@tiendo/packs'
import { getBuiltInPack, getDataset, isBuiltInPackId } from '@tiendo/packs'
import { resolvePack } from '@tiendo/rules'
import type { Indicator, Pack, Target, TiendoIssue, Unit } from '@tiendo/schema'
import { csvRowItems } from './csv'
import { DATASET_TEXTS, DX_PRODUCTS_ID } from './dataset-texts'

/** One indicator's values for one unit, with the targets the pack sets for that unit. */
export interface SeriesModel {
  /** `digital_economy_share_grdp|VN`: stable across languages and filters. */
  readonly id: string
  readonly indicator: Indicator
  readonly unit: Unit
  /** The unit's key (`58`, `56@2025-07-01`). */
  readonly unitKey: string
  /** The values, in period order. */
  readonly points: readonly DataPoint[]
  /** The pack's targets for this indicator and unit, earliest due first. */
  readonly targets: readonly Target[]
  /** The bundled dataset the values come from. */
  readonly dataset: Dataset
}

/** A dataset read, resolved against its pack and indexed. */
export interface LoadedDataset {
  readonly meta: Dataset
  readonly pack: Pack
  readonly registry: UnitRegistry
  readonly data: IndexedData
}

/** Everything the dashboard shows, before assessment. */
export interface DashboardData {
  readonly series: readonly SeriesModel[]
  /** The units that have values, in the order first met (country first). */
  readonly units: readonly { readonly key: string; readonly unit: Unit }[]
  /** The Ninh Thuận data with the illustrative DX product records, for the one-product rule. */
  readonly products: LoadedDataset
  /** Problems met while reading: the bundled data should have none. */
  readonly issues: readonly TiendoIssue[]
}

/** The datasets of published figures shown as cards, country first. */
const FIGURE_DATASETS: readonly DatasetId[] = ['vietnam', 'ninh-thuan', 'khanh-hoa']

/** A pack with its `extends` chain merged; only built-in packs can be extended here. */
async function resolveBuiltIn(id: string): Promise<Pack> {
  const resolved = await resolvePack(getBuiltInPack(id), {
    ref: id,
    load: (ref) => (isBuiltInPackId(ref) ? getBuiltInPack(ref) : undefined),
  })
  if (!resolved.ok) {
    throw new Error(`Built-in pack ${id} does not resolve: ${JSON.stringify(resolved.issues)}`)
  }
  return resolved.pack
}

/** Splits a converter's stream into its rows and its issues. */
async function collect<T extends ObservationRow | RecordRow>(
  items: AsyncIterable<T | TiendoIssue>,
  issues: TiendoIssue[],
): Promise<T[]> {
  const rows: T[] = []
  for await (const item of items) {
    if (isTiendoIssue(item)) issues.push(item)
    else rows.push(item as T)
  }
  return rows
}

async function loadDataset(
  id: DatasetId,
  issues: TiendoIssue[],
  recordsFrom?: Dataset,
): Promise<LoadedDataset> {
  const meta = getDataset(id)
  const pack = await resolveBuiltIn(meta.pack)
  const registry = createUnitRegistry(pack.units ?? [])
  const observations = await collect(
    observationsFromRows(csvRowItems(DATASET_TEXTS[id], meta.file)),
    issues,
  )
  const records =
    recordsFrom === undefined
      ? []
      : await collect(
          recordsFromRows(csvRowItems(DATASET_TEXTS[recordsFrom.id], recordsFrom.file)),
          issues,
        )
  const built = createDataset({ observations, records, units: registry })
  issues.push(...registry.issues, ...built.issues)
  return { meta, pack, registry, data: built.dataset }
}

/** Whether a target is set for this unit (by reference, resolved in its period, or by kind). */
function targetApplies(target: Target, unit: Unit, key: string, registry: UnitRegistry): boolean {
  if (target.unitKind !== undefined) return target.unitKind === unit.kind
  if (target.unit === undefined) return false
  if (target.unit.includes('@')) return target.unit === key
  const resolved = registry.resolve(target.unit, target.by)
  if (resolved.ok) return resolved.key === key
  // Due after its unit ceased (Ninh Thuận's 2030 plan): a code that only ever named one
  // unit still names it, as the province declared it.
  const named = registry.withCode(target.unit)
  return named.length === 1 && unitKey(named[0]!) === key
}

function seriesOf(loaded: LoadedDataset): SeriesModel[] {
  const indicators = new Map((loaded.pack.indicators ?? []).map((i) => [i.id, i]))
  const seen = new Set<string>()
  const series: SeriesModel[] = []
  for (const point of loaded.data.points()) {
    const id = `${point.indicator}|${point.unit}`
    const indicator = indicators.get(point.indicator)
    const unit = loaded.registry.get(point.unit)
    if (seen.has(id) || indicator === undefined || unit === undefined) continue
    seen.add(id)
    const targets = (loaded.pack.targets ?? [])
      .filter((t) => t.indicator === indicator.id)
      .filter((t) => targetApplies(t, unit, point.unit, loaded.registry))
      .sort((a, b) => a.by.localeCompare(b.by))
    series.push({
      id,
      indicator,
      unit,
      unitKey: point.unit,
      points: loaded.data.series(point.indicator, point.unit),
      targets,
      dataset: loaded.meta,
    })
  }
  return series
}

/**
 * Reads the bundled datasets with `@tiendo/io/parse`, resolves each one's pack with
 * `@tiendo/rules` and indexes the values with `@tiendo/core`: all in the browser, from text
 * bundled with the page (no request is made).
 */
export async function loadDashboardData(): Promise<DashboardData> {
  const issues: TiendoIssue[] = []
  const series: SeriesModel[] = []
  const units = new Map<string, Unit>()
  let products: LoadedDataset | undefined
  for (const id of FIGURE_DATASETS) {
    const withRecords = id === 'ninh-thuan' ? getDataset(DX_PRODUCTS_ID) : undefined
    const loaded = await loadDataset(id, issues, withRecords)
    if (withRecords) products = loaded
    for (const one of seriesOf(loaded)) {
      series.push(one)
      if (!units.has(one.unitKey)) units.set(one.unitKey, one.unit)
    }
  }
  if (products === undefined) throw new Error('The Ninh Thuận dataset was not loaded.')
  return {
    series,
    units: [...units].map(([key, unit]) => ({ key, unit })),
    products,
    issues,
  }
}
