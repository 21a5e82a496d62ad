// Assessment

export type { AssessProgressExtras } from './assess'
export { assessProgress } from './assess'
export type {
  BacktestInput,
  BacktestPointError,
  BacktestResult,
  MethodBacktest,
} from './backtest'
// Backtesting
export { backtest } from './backtest'
export type { AssessmentInputErrorCode } from './errors'
export { AssessmentInputError } from './errors'
// Institutions' own verdicts
export type { DestatisWeather } from './institutions/destatis'
export { EUROSTAT_HORIZONS } from './institutions/eurostat'
export type { OpenSdgLabel } from './institutions/opensdg'
export {
  limitCoefficient,
  OPENSDG_ZERO_SUBSTITUTE,
  openSdgScore,
} from './institutions/opensdg'
export type {
  OpenSdgIndicatorProgress,
  OpenSdgSeriesNode,
} from './institutions/opensdg-indicator'
export { assessOpenSdgIndicator } from './institutions/opensdg-indicator'
export type { TimeWeight } from './methods/weighted-linear'
export { linearTimeWeight } from './methods/weighted-linear'
export { ASSESSMENT_METHODS, DEFAULT_BOUNDS, DEFAULT_LEVEL } from './options'
export type { MethodologyProfileDefinition } from './profiles'
export { DEFAULT_PROFILE, getProfile, METHODOLOGY_PROFILES, resolveProfile } from './profiles'
export type { AssessmentJson, DecimalsAsStrings } from './serialize'
// JSON
export { decimalsToStrings, deserializeAssessment, serializeAssessment } from './serialize'
// Classification and methodology profiles
export { classifyWithoutTarget, classifyWithTarget } from './status'
export type {
  AssessedTarget,
  Assessment,
  AssessmentExplanation,
  AssessmentMethod,
  AssessmentNote,
  AssessmentStatus,
  AssessProgressInput,
  EurostatHorizon,
  EurostatHorizons,
  GoldilocksInput,
  ObservationInput,
  PeriodValue,
  ProfileVerdict,
  TargetComparator,
  TargetInput,
  TargetOutcome,
  TargetStatus,
  Thresholds,
  ThresholdsInput,
  TrendFigures,
  TrendStatus,
} from './types'
// Student's t distribution
export type { UnassessedInput } from './unassessed'
export { unassessed } from './unassessed'
