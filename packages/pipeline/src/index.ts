/**
 * `@tiendo/pipeline`: the whole job as one call — read, validate, derive, evaluate, assess —
 * and the report with its renderers. This entry runs in Node (files, pack files, every
 * core); `@tiendo/pipeline/browser` is the same without Node APIs.
 */

export type { IndicatorEntry, TargetEntry } from './catalogue/indicator-entries'
export { indicatorEntries } from './catalogue/indicator-entries'
export {
  indicatorsTable,
  indicatorsToCsv,
  indicatorsToMarkdown,
  indicatorsToPretty,
} from './catalogue/indicator-views'
export type { PackPageInput } from './catalogue/pack-page'
export { packPage } from './catalogue/pack-page'
export type { SuccessorEntry, UnitEntriesOptions, UnitEntry } from './catalogue/unit-entries'
export { unitEntries, validOn } from './catalogue/unit-entries'
export type { UnitsListOptions } from './catalogue/unit-views'
export { unitsTable, unitsToCsv, unitsToMarkdown, unitsToPretty } from './catalogue/unit-views'
export { assessmentThreads } from './node/assess-in-parallel'
export { nodeChartRasterizer } from './node/chart-png-node'
export { loadPack, MAX_PACK_FILE_BYTES } from './node/pack-file'
export type { NodeDocxOptions } from './node/report-docx-node'
export { reportToDocx } from './node/report-docx-node'
export type { InPartsOptions, ReportInParts } from './node/run-in-parts-node'
export { runPipelineInParts } from './node/run-in-parts-node'
export type { NodePipelineOptions } from './node/run-pipeline-node'
export { runPipeline } from './node/run-pipeline-node'
export type { ReportToJson, ToJsonOptions } from './node/run-to-json-node'
export { runPipelineToJson } from './node/run-to-json-node'
export type { LoadedPack } from './pack/load-pack'
export type { PartProgress } from './parts/run-in-parts'
// The words and rows of the human renderers, for a page that shows a report its own way.
export { derivedRow, withheldRow } from './render/derived-view'
export type {
  ChartRasterizer,
  ChartRasterizerOptions,
  ResvgWasmInput,
} from './render/docx/chart-png'
export { createChartRasterizer } from './render/docx/chart-png'
export type { ReportDocumentConfig } from './render/docx/document-config'
export { ReportDocumentConfigSchema } from './render/docx/document-config'
export type { DocxOptions } from './render/docx/report-docx'
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
export { scopeLine, unitLabel } from './render/report-view'
export type { SeriesChartOptions } from './render/svg-chart'
export { seriesChartSvg } from './render/svg-chart'
export type { StatusTone } from './render/words'
export { outcomeLabel, statusLabel, statusTone } from './render/words'
export type { XlsxOptions } from './render/xlsx/report-xlsx'
export { reportToXlsx } from './render/xlsx/report-xlsx'
export type { IndicatorProgress } from './report/indicator-progress'
export {
  indicatorProgressJson,
  indicatorProgressOf,
  readsIndicatorProgress,
} from './report/indicator-progress'
export type { JsonChunksOptions } from './report/json-chunks'
export { JsonList, jsonChunks } from './report/json-chunks'
export type {
  DerivedFigures,
  PipelineReport,
  ReportDataset,
  ReportScope,
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
  DeriveStageOptions,
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
export type { TemplateOptions } from './template/submission-template'
export { submissionTemplate } from './template/submission-template'
