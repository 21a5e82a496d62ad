/**
 * `@tiendo/core/internal`: the growth factor behind `compoundGrowthRate`, for callers that
 * memoise it; which children a parent's figure is made from, for facts that combine units;
 * how unit names are compared, for hints; a series' texts without its points, for plans;
 * the units of rows resolved with their issues listed up to a limit, for refused rows.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/core`: its main entry is the public API.
 *
 * @packageDocumentation
 */

export {
  aggregationKinds,
  childrenOfKinds,
  kindsWithAncestors,
  registryParents,
  reportingIndicators,
} from './aggregation-kinds'
export type { PointFields, PointTexts } from './compact/point-texts'
export { seriesTextsOf } from './compact/point-texts'
// The main entry's types `compoundGrowth` takes and gives, so this entry names them too.
export type { ExactInput } from './decimal'
// The main entry's type `PointTexts` names.
export type { DerivationMethod } from './derive/provenance'
export type { IssueSink, IssuesLeftOut } from './found-issues'
export { FoundIssues } from './found-issues'
export { orList } from './locales/or-list'
export type { GrowthResult, ProgressRefusal, ProgressRefusalCode } from './progress'
export { compoundGrowth } from './progress'
export { RowUnits } from './row-units'
export { foldName } from './unit-suggestions'
export { unitValidDuring } from './units'
