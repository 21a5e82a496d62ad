/**
 * `@tiendo/pipeline`: the whole job as one call — read, validate, derive, evaluate, assess —
 * and the report with its renderers. This entry runs in Node (files, pack files, every
 * core); `@tiendo/pipeline/browser` is the same without Node APIs.
 */

export { assessmentThreads } from './node/assess-in-parallel'
export { loadPack, MAX_PACK_FILE_BYTES } from './node/pack-file'
export type { NodePipelineOptions } from './node/run-pipeline-node'
export { runPipeline } from './node/run-pipeline-node'
export type { LoadedPack } from './pack/load-pack'
// The words and rows of the human renderers, for a page that shows a report its own way.
export { derivedRow, withheldRow } from './render/derived-view'
export {
  formatNumber,
  formatRate,
  periodText,
  pointText,
  targetText,
  withUnit,
} from './render/format'
export { reportToHtml } from './render/report-html'
export { reportToMarkdown } from './render/report-markdown'
export type { PrettyOptions } from './render/report-pretty'
export { reportToPretty } from './render/report-pretty'
export type { RenderOptions } from './render/report-view'
export { unitLabel } from './render/report-view'
export type { SeriesChartOptions } from './render/svg-chart'
export { seriesChartSvg } from './render/svg-chart'
export type { StatusTone } from './render/words'
export { outcomeLabel, statusLabel, statusTone } from './render/words'
export { JsonList, jsonChunks } from './report/json-chunks'
export type {
  DerivedFigures,
  PipelineReport,
  ReportDataset,
  ReportSummary,
  RulesSummary,
  StatusCounts,
  ValidationResult,
  ValidationStats,
} from './report/report'
export { reportIssues } from './report/report-issues'
export type { ReportJsonOptions } from './report/report-json'
export {
  reportJsonChunks,
  reportJsonValue,
  reportToJson,
  ruleResultJson,
} from './report/report-json'
export type { ReportJson } from './report/report-json-schema'
export { ReportJsonSchema, reportJsonSchema } from './report/report-json-schema'
export type {
  AssessStageOptions,
  BrowserSource,
  ContentSource,
  EvaluateStageOptions,
  FileSource,
  PackInput,
  PipelineOptions,
  PipelineProgress,
  RowItemsSource,
  RowsSource,
  Source,
  SourceKind,
  SourceOptions,
} from './run/options'
export type { PipelineErrorCode } from './run/pipeline-error'
export { PipelineError } from './run/pipeline-error'
