export type {
  Composite,
  CompositeComponentDeclaration,
  CompositeIndexDeclaration,
  CompositePillarDeclaration,
  CompositeScale,
} from './composite'
export {
  CompositeComponentSchema,
  CompositeIndexSchema,
  CompositePillarSchema,
  CompositeScaleSchema,
  CompositeSchema,
} from './composite'
export type { Goldilocks } from './goldilocks'
export { GoldilocksSchema, ParityBandSchema } from './goldilocks'
export type {
  Aggregation,
  AggregationMethod,
  Bounds,
  CarryRule,
  Coverage,
  Derivation,
  Direction,
  Indicator,
} from './indicator'
export {
  AggregationSchema,
  BoundsSchema,
  CarryRuleSchema,
  CoverageSchema,
  DerivationSchema,
  DirectionSchema,
  IndicatorSchema,
} from './indicator'
export type { Language, SourceLocation, TiendoIssue } from './issue'
export type {
  IssueCatalogues,
  IssueCodeSpec,
  IssueMessages,
  IssuePlace,
  IssueRegistry,
  IssueText,
  IssueUnion,
  NoIssueFields,
  TypedIssue,
} from './issues/issue-registry'
export { createIssue, renderIssueText } from './issues/render-issue'
export { RESERVED_ISSUE_FIELDS, typedFields } from './issues/typed-fields'
export type { JsonSchema } from './json-schema'
export {
  JSON_SCHEMA_BASE_URL,
  observationFileJsonSchema,
  observationJsonSchema,
  packJsonSchema,
  recordFileJsonSchema,
  recordJsonSchema,
} from './json-schema'
export type {
  SchemaIssueFields,
  SchemaIssueSpecificFields,
  TiendoCode,
  ZodIssueKind,
} from './messages/codes'
export { SCHEMA_ISSUE_CODES, TIENDO_CODES } from './messages/codes'
export { formatIssue } from './messages/format-issue'
export type {
  ConditionDepthFields,
  DecimalSyntaxFields,
  FoundValue,
  IdSyntaxFields,
  InvalidFormatFields,
  InvalidTypeFields,
  InvalidValueFields,
  NotMultipleOfFields,
  PeriodSyntaxFields,
  SchemaIssueBaseFields,
  TooBigFields,
  TooSmallFields,
  UnitRefSyntaxFields,
  UnitValidityOverlapFields,
  UnrecognizedKeyFields,
} from './messages/issue-fields'
export type { ReceivedType } from './messages/locale'
export { formatPath, toJsonPointer } from './messages/path'
export type { ToTiendoIssuesOptions } from './messages/to-tiendo-issues'
export { toTiendoIssues } from './messages/to-tiendo-issues'
export type { Observation, ObservationStatus, Qualifier } from './observation'
export { ObservationSchema, ObservationStatusSchema, QualifierSchema } from './observation'
export type { Pack, PackCommunes, PackDerive, PackRemoval } from './pack'
export { PackCommunesSchema, PackDeriveSchema, PackRemovalSchema, PackSchema } from './pack'
export type {
  ParsedPeriod,
  PeriodKind,
  PeriodParseFailure,
  PeriodParseResult,
  YearMonth,
} from './period'
export { isPeriod, MAX_PERIOD_YEAR, MIN_PERIOD_YEAR, monthIndex, parsePeriod } from './period'
export type {
  DecimalInput,
  DecimalString,
  LocalizedText,
  MethodologyProfile,
  Name,
} from './primitives'
export {
  DecimalInputSchema,
  DecimalStringSchema,
  IdSchema,
  IsoDateSchema,
  LocalizedTextSchema,
  MAX_DECIMAL_DIGITS,
  MethodologyProfileSchema,
  NameSchema,
  PATTERNS,
  PackIdSchema,
  ParamNameSchema,
  PeriodSchema,
  patternCode,
  RESERVED_KEYS,
  SemverSchema,
  toDecimal,
  UnitCodeSchema,
  UnitRefSchema,
} from './primitives'
export type { RecordStatus, SubmittedRecord } from './record'
export { RecordSchema, RecordStatusSchema } from './record'
export type {
  AllCondition,
  AnyCondition,
  Condition,
  ConditionValue,
  FactCondition,
  MissingValueStrategy,
  NotCondition,
  PlainRule,
  Rule,
  RuleScope,
  RuleTemplateName,
  Severity,
  TemplateRule,
  TopLevelCondition,
} from './rule'
export {
  ConditionSchema,
  ConditionValueSchema,
  FactConditionSchema,
  FactPathSchema,
  MAX_CONDITION_DEPTH,
  MissingValueStrategySchema,
  PlainRuleSchema,
  RuleSchema,
  RuleScopeSchema,
  RuleTemplateNameSchema,
  SeveritySchema,
  TemplateRuleSchema,
  TopLevelConditionSchema,
} from './rule'
export type { Comparator, Target } from './target'
export { ComparatorSchema, TargetSchema } from './target'
export type { Successor, Unit } from './unit'
export { SuccessorSchema, UnitSchema } from './unit'
