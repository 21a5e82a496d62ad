/**
 * `@tiendo/rules/internal`: the validation steps the pipeline runs (row checks, data-quality rules), where a problem stands in a pack's files, and the plain path resolver of facts.
 *
 * Unstable. These are for the other packages and the examples of this repository; they may
 * change or go in any release, without a major version. Nothing here is needed to use
 * `@tiendo/rules`: its main entry is the public API.
 *
 * @packageDocumentation
 */

// The main entry's types the functions below take and give, so this entry names them too.
export type { CompiledPack, CompiledRule } from './compile/compiled'
export { indicatorsRead } from './compile/indicators-read'
export type { ExplainMode } from './evaluate/evaluate'
export type {
  ConditionExplanation,
  Evaluation,
  EvaluationSummary,
  JsonValue,
  Outcome,
  RuleOutcome,
  SkipCode,
  SkipReason,
} from './evaluate/outcome'
export type { FactReference } from './fact-ref'
export type { FactParams } from './facts/definition'
export type { ItemOrigin, OriginList, PackOrigins } from './pack-origins'
export { locateInPackFiles, locateIssueInPackFiles } from './pack-origins'
export { plainPathResolver } from './path-resolver'
export { targetReportJsonText, targetReportText } from './pipeline/assess-json'
export type { AssessTargetsOptions } from './pipeline/assess-options'
export type { PlannedAssessment, SeriesPlan } from './pipeline/assessment-plan'
export { planSeries } from './pipeline/assessment-plan'
export type { RowCheck, RowChecker, RowCheckerOptions } from './pipeline/check-rows'
export { createRowChecker, fieldLocation } from './pipeline/check-rows'
export {
  checkDataQualityRules,
  isCoveredBoundsRule,
  isDataQualityRule,
  ruleIssue,
  validationRuleIds,
} from './pipeline/check-rules'
export {
  conditionInWords,
  OPERATOR_WORDS,
  RECORD_STATUS_WORDS,
  valueText,
} from './pipeline/condition-words'
export { recordKinds } from './pipeline/record-kinds'
export type { ReportedPoint, TargetReport } from './pipeline/target-report'
export type { RuleFailedFields, RuleFailedIssue } from './rule-failed'
