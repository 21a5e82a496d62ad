// The public API of @tiendo/rules (kept sorted by module path; see README.md for a tour).
export type { CompileOptions, CompileResult } from './compile/compile-pack'
export { compilePack } from './compile/compile-pack'
export type { CompiledPack, CompiledRule } from './compile/compiled'
export type { DatasetFactSourceOptions } from './dataset-source'
export { datasetFactSource } from './dataset-source'
export type { EvaluateOptions, EvaluationMode, ExplainMode } from './evaluate/evaluate'
export { evaluate } from './evaluate/evaluate'
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
export type { ExpandResult } from './expand-template'
export { expandTemplate } from './expand-template'
export type { FactReference } from './fact-ref'
export type { FactSource, RecordCountQuery, SeriesPoint, SourceValue } from './fact-source'
export type {
  Assess,
  AssessedPoint,
  AssessedValue,
  AssessInput,
  AssessMethod,
  AssessOutput,
} from './facts/assess'
export { FACT_NAMES } from './facts/catalogue'
export type { FactParams, FactValueKind } from './facts/definition'
export type { AssessmentFact } from './facts/progress-facts'
export { DEFAULT_RECORD_STATUSES } from './facts/record-facts'
export type { TargetFact } from './facts/target-facts'
export type { PeriodFact, UnitFact } from './facts/unit-facts'
export type { PackProblemCode } from './issues'
export { PACK_PROBLEM_CODES } from './issues'
export type { MemoryFactSourceInput } from './memory-source'
export { createMemoryFactSource } from './memory-source'
export type { OperatorDefinition, OperatorValueKind } from './operators'
export { decimalOperators, safeBuiltInOperators, UNSAFE_OPERATORS } from './operators'
export type { PackTables } from './pack-index'
export type { ItemOrigin, OriginList, PackOrigins } from './pack-origins'
export type { TargetJson, TargetReportJson } from './pipeline/assess-json'
export { serializeTargetReport } from './pipeline/assess-json'
export type { AssessTargetsOptions } from './pipeline/assess-options'
export { assessTargets } from './pipeline/assess-targets'
export type { PlannedAssessment } from './pipeline/assessment-plan'
export { planAssessments, planEachAssessment, toTargetReport } from './pipeline/assessment-plan'
export { assessSeries } from './pipeline/series-assessment'
export type { ReportedPoint, TargetReport } from './pipeline/target-report'
export type { ExtendsContext, ResolveOptions, ResolveResult } from './resolve-pack'
export { resolvePack } from './resolve-pack'
export type {
  BoundedFigure,
  ObservationInFutureFields,
  RecordInFutureFields,
  RowCheckIssueFields,
  UnknownIndicatorFields,
  UnknownRecordKindFields,
  ValueNotWholeFields,
  ValueOutOfBoundsFields,
} from './row-check-fields'
export type { RuleFailedFields, RuleFailedIssue } from './rule-failed'
export { isRuleFailed } from './rule-failed'
export type { RulesIssueCode, RulesIssueFields } from './rules-issue-codes'
export { RULES_ISSUE_CODES } from './rules-issue-codes'
export { FactError } from './scope-facts'
export { TEMPLATE_NAMES } from './templates/registry'
