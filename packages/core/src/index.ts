export type {
  AggregateInput,
  AggregateOptions,
  AggregateResult,
  Coverage,
} from './aggregate'
export { aggregate } from './aggregate'
export type { FigureReason } from './aggregate-reasons'
export type {
  CarriedPart,
  CarriedValue,
  CarryOptions,
  CarryRefusal,
  CarryResult,
} from './carry'
export { carryOnto } from './carry'
export { carryRuleOf } from './carry-rules'
export type { CombineChildrenOptions, FigureInput } from './combine-children'
export { combineChildren } from './combine-children'
export type {
  ComponentBreakdown,
  CompositeResult,
  CompositeValues,
  IndexBreakdown,
  PillarBreakdown,
  ReadCompositeOptions,
} from './composite'
export { computeComposite, readCompositeValues } from './composite'
export type {
  CompositeComponent,
  CompositeDefinition,
  CompositeIndex,
  CompositeMissing,
  CompositePillar,
} from './composite-definition'
export { CompositeDefinitionError } from './composite-definition'
export type {
  CodeGroups,
  CollectDataOutsideOptions,
  DataOutside,
  DataOutsideCollector,
  YearSpan,
} from './data-outside'
export { collectDataOutside } from './data-outside'
export type { DataPoint, LocatedObservation, ObservationRef } from './data-point'
export { observationRef } from './data-point'
export type {
  Dataset,
  DatasetBuilder,
  DatasetBuilderOptions,
  DatasetInput,
  DatasetResult,
} from './dataset'
export { createDataset, createDatasetBuilder } from './dataset'
export { datasetWithPoints } from './dataset-with-points'
export type { ExactInput } from './decimal'
export { Exact, toDecimalString, toExact } from './decimal'
export type { DeriveOptions, DeriveResult, DeriveSteps } from './derive/derive'
export { deriveFigures } from './derive/derive'
export type {
  DerivationMethod,
  DerivedCoverage,
  Provenance,
  ProvenanceInput,
  ProvenanceRole,
} from './derive/provenance'
export type { WithheldFigure } from './derive/withheld'
export type { FigureValue, IntervalEnd } from './figure'
export type { IssuesLeftOut } from './found-issues'
export { CORE_ISSUE_CODES } from './issues/core-issue-codes'
export type {
  ConflictingObservationFields,
  CoreIssue,
  CoreIssueFields,
  DerivedValueDiffersFields,
  DuplicateObservationFields,
  LocatedValue,
  RecordFields,
  UnitBackcastFields,
  UnitNotValidInPeriodFields,
  UnitValidity,
  UnitValidityStraddlesPeriodFields,
  UnknownUnitFields,
} from './issues/core-issue-fields'
export { isCoreIssue } from './issues/core-issue-fields'
export { contributorsOnto, lineageOnto } from './lineage'
export type { PeriodErrorCode, PeriodInput } from './period'
export {
  asPeriod,
  canonicalPeriod,
  comparePeriods,
  isWithinYear,
  monthsIn,
  PeriodError,
  periodContains,
  periodEndDate,
  periodStartDate,
  periodsOverlap,
  periodYear,
  samePeriod,
  toPeriod,
  yearsBetween,
} from './period'
export { formatPeriod } from './period-format'
export type { PeriodStep } from './period-range'
export { periodsBetween, yearToDate } from './period-range'
// Progress figures
export { POWER_GUARD_DIGITS, POWER_SIGNIFICANT_DIGITS, power, root } from './power'
export type {
  GrowthResult,
  ProgressDirection,
  ProgressFigure,
  ProgressPoint,
  ProgressRefusal,
  ProgressRefusalCode,
} from './progress'
export {
  compoundGrowthRate,
  compoundProjection,
  escapCurrentStatus,
  gapToTarget,
  observedGrowth,
  requiredGrowth,
  shareCovered,
  yearsRemaining,
} from './progress'
export type { LocatedRecord, RecordEntry, RecordQuery } from './records'
export type { UnitParts } from './unit-parts'
export { unitParts } from './unit-parts'
export type { UnitScope, UnitScopeOptions } from './unit-scope'
export { unitScope } from './unit-scope'
export type { ResolveContext, UnitLink, UnitRegistry, UnitResolution } from './units'
export { createUnitRegistry, unitKey } from './units'
