export type { BuiltInPackId, BuiltInPackSummary } from './built-in-packs'
export {
  BUILT_IN_PACK_IDS,
  builtInPacks,
  getBuiltInPack,
  isBuiltInPackId,
} from './built-in-packs'
export type { BundledDataset, DatasetId, DatasetKind } from './datasets'
export { DATASET_IDS, datasets, getDataset, isDatasetId } from './datasets'
export type { PacksIssueFields, PackWithCommunes } from './pack-communes'
export { includeCommunes, PACKS_ISSUE_CODES } from './pack-communes'
export type { VietnamUnitsOptions } from './vietnam-units'
export { COMMUNE_PROVINCE_CODES, vietnamCommunes, vietnamUnits } from './vietnam-units'
