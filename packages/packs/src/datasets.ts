import type { LocalizedText } from '@tiendo/schema'
import manifest from '../datasets/index.json' with { type: 'json' }
import type { BuiltInPackId } from './built-in-packs'

/** The ids of the datasets that ship with Tiendo, in the order of `datasets/index.json`. */
export const DATASET_IDS = [
  'ninh-thuan',
  'khanh-hoa',
  'vietnam',
  'ninh-thuan-dx-products.illustrative',
] as const

/** The id of a bundled dataset. */
export type DatasetId = (typeof DATASET_IDS)[number]

/**
 * What a dataset's rows are: `observations` follow the observation schema
 * (`indicator,unit,period,value,qualifier,low,high,status,source,note`), `records` the
 * record schema (`id,kind,unit,date,status,title,evidence,source,note`).
 */
export type DatasetKind = 'observations' | 'records'

/** A bundled dataset, as `datasets/index.json` lists it. */
export interface BundledDataset {
  readonly id: DatasetId
  /** Its file name within `datasets/`: `ninh-thuan.csv`. */
  readonly file: string
  readonly kind: DatasetKind
  /** The built-in pack whose units and indicators the dataset refers to. */
  readonly pack: BuiltInPackId
  /**
   * `true` when the data were invented to demonstrate a rule and are not published
   * figures. Every report that shows such data must say so; each row says so too.
   */
  readonly illustrative: boolean
  /** How many data rows the file has (the header not counted). */
  readonly rows: number
  readonly description: LocalizedText
  /** Every source address the rows cite, in order of first use; empty when illustrative. */
  readonly sources: readonly string[]
  /**
   * The file as a package path (`@tiendo/packs/datasets/ninh-thuan.csv`), for a bundler or
   * `import.meta.resolve`. In Node, `datasetPath` of `@tiendo/packs/node` gives the absolute path.
   */
  readonly specifier: string
}

/** The manifest's entries, checked against this shape by the package's tests. */
type ManifestEntry = Omit<BundledDataset, 'specifier'>

const ENTRIES = (manifest as { datasets: ManifestEntry[] }).datasets

/** The bundled datasets, in the order of `datasets/index.json`. */
export const datasets: readonly BundledDataset[] = ENTRIES.map((entry) =>
  Object.freeze({
    ...entry,
    description: Object.freeze({ ...entry.description }),
    sources: Object.freeze([...entry.sources]),
    specifier: `@tiendo/packs/datasets/${entry.file}`,
  }),
)

/** Whether a string names a bundled dataset. */
export function isDatasetId(id: string): id is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(id)
}

/**
 * A bundled dataset's manifest entry and package path.
 *
 * @throws Error when `id` is not a bundled dataset; the message lists the ones that are.
 */
export function getDataset(id: string): BundledDataset {
  const dataset = isDatasetId(id) ? datasets.find((entry) => entry.id === id) : undefined
  if (dataset === undefined) {
    throw new Error(
      `Unknown dataset \`${id}\`: use one of ${DATASET_IDS.map((known) => `\`${known}\``).join(', ')}.`,
    )
  }
  return dataset
}
