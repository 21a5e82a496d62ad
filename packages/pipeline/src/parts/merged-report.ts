/**
 * One JSON report from the runs of a national run's parts: each run's long lists spooled as
 * it finishes, its counts summed, its issues merged, sorted and capped once, and the report
 * written from the spool — what the whole run's report says, list by list, as sets. @internal
 */

import { IssueCap } from '@tiendo/io/internal'
import { flattenIssue, sortIssues } from '@tiendo/io/parse'
import type { TargetReport } from '@tiendo/rules'
import { serializeTargetReport } from '@tiendo/rules'
import type { Language, TiendoIssue } from '@tiendo/schema'
import {
  indicatorProgressJson,
  indicatorProgressOf,
  readsIndicatorProgress,
} from '../report/indicator-progress'
import { JsonList, jsonPieces, mapped } from '../report/json-chunks'
import type {
  PipelineReport,
  ReportDataset,
  ReportSummary,
  RulesSummary,
  StatusCounts,
  ValidationStats,
} from '../report/report'
import {
  derivedJson,
  failedResults,
  type ReportJsonHead,
  reportJsonOf,
  ruleResultJson,
  withheldJson,
} from '../report/report-json'
import type { ReportSpool } from './report-spool'

/** Options of {@link MergedReport}. @internal */
export interface MergedReportOptions {
  /** The language of messages in the report. */
  readonly lang: Language
  /** The issues kept, as each run's `maxIssues`. */
  readonly maxIssues: number
}

/** @internal */
export class MergedReport {
  /** What the first run says of the pack: only that, so no run's report is held. */
  private pack: PipelineReport['pack'] | undefined
  private generatedAt: string | undefined
  private readonly stats = { rows: 0, observations: 0, records: 0, quarantined: 0 }
  private files = 0
  private errors = 0
  /** Warnings of issues, each run's cap warning not counted. */
  private warnings = 0
  private cannotRead = false
  private rules: RulesSummary = emptyRules()
  private targets: Record<string, number> = {}
  private trends: Record<string, number> = {}
  private derivedCount = { figures: 0, withheld: 0 }
  /** The issues sorted, at most one past the cap (it names the file in the cap's warning). */
  private issues: TiendoIssue[] = []
  /** A run's own cap warning: some of its issues are not in `issues`. */
  private runCapped: TiendoIssue | undefined
  private datasets: ReportDataset[] = []
  /** The series Open SDG's indicator status reads (see `indicatorProgressOf`). */
  private readonly openSdg: TargetReport[] = []
  private taken = 0

  constructor(
    private readonly spool: ReportSpool,
    private readonly options: MergedReportOptions,
  ) {}

  /** Takes in one run's report: after this, nothing holds it. */
  add(report: PipelineReport): void {
    const { lang } = this.options
    this.taken++
    this.pack ??= report.pack
    this.generatedAt ??= report.generatedAt
    const { stats } = report.validation
    this.files = stats.files
    this.stats.rows += stats.rows
    this.stats.observations += stats.observations
    this.stats.records += stats.records
    this.stats.quarantined += stats.quarantined
    this.cannotRead ||= report.cannotRead
    this.errors += stats.errors
    this.warnings += stats.warnings - this.takeIssues(report.validation.issues)
    this.rules = sumRules(this.rules, report.rules)
    addCounts(this.targets, report.summary.targets)
    addCounts(this.trends, report.summary.trends)
    this.derivedCount.figures += report.summary.derived.figures
    this.derivedCount.withheld += report.summary.derived.withheld
    this.datasets = mergeDatasets(this.datasets, report.datasets)
    for (const series of report.targets) {
      if (readsIndicatorProgress(series)) this.openSdg.push(series)
    }
    const texts = <T>(items: Iterable<T>, json: (item: T) => unknown) =>
      mapped(items, (item) => JSON.stringify(json(item)))
    this.spool.append('figures', texts(report.derived.figures, derivedJson))
    this.spool.append(
      'withheld',
      texts(report.derived.withheld, (figure) => withheldJson(figure, lang)),
    )
    this.spool.append(
      'failed',
      texts(failedResults(report), (result) => ruleResultJson(result, lang)),
    )
    this.spool.append('targets', texts(report.targets, serializeTargetReport))
  }

  /** The runs taken in. */
  get runs(): number {
    return this.taken
  }

  /** Whether no data issue is an error. */
  get valid(): boolean {
    return this.errors === 0
  }

  /**
   * The report's JSON text in pieces, as `reportJsonChunks` writes a report, with the spooled
   * lists' lines as the UTF-8 bytes they were written in.
   */
  *jsonPieces(options: { readonly indent?: number; readonly lines?: boolean } = {}) {
    const { lang } = this.options
    const lists = {
      issues: new JsonList(this.keptIssues(), (issue) => flattenIssue(issue, lang)),
      figures: this.spool.lines('figures'),
      withheld: this.spool.lines('withheld'),
      failed: this.spool.lines('failed'),
      targets: this.spool.lines('targets'),
      indicatorProgress: new JsonList(indicatorProgressOf(this.openSdg), indicatorProgressJson),
    }
    yield* jsonPieces(reportJsonOf(this.reportHead(), lists), options.indent ?? 2, {
      lines: options.lines ?? true,
    })
    yield '\n'
  }

  /** What the report says besides its lists. */
  reportHead(): ReportJsonHead {
    const { pack } = this
    if (pack === undefined) throw new Error('A merged report needs at least one run.')
    const capped = this.issues.length > this.options.maxIssues || this.runCapped !== undefined
    const warnings = this.warnings + (capped ? 1 : 0)
    const valid = this.valid
    const stats: ValidationStats = {
      files: this.files,
      ...this.stats,
      errors: this.errors,
      warnings,
    }
    const summary: ReportSummary = {
      valid,
      data: { errors: this.errors, warnings, quarantined: stats.quarantined },
      rules: this.rules,
      targets: this.targets,
      trends: this.trends,
      derived: { ...this.derivedCount },
    }
    return {
      pack,
      generatedAt: this.generatedAt,
      valid,
      cannotRead: this.cannotRead,
      summary,
      validation: { valid, stats },
      rules: this.rules,
      datasets: this.datasets,
    }
  }

  /** The issues kept, capped once over every run, sorted as a report sorts them. */
  private keptIssues(): TiendoIssue[] {
    const { maxIssues } = this.options
    if (this.issues.length > maxIssues) {
      const cap = new IssueCap(maxIssues)
      for (const issue of this.issues) cap.add(issue)
      return sortIssues(cap.kept)
    }
    return this.runCapped === undefined ? this.issues : sortIssues([...this.issues, this.runCapped])
  }

  /** Merges a run's issues in; returns 1 when the run was capped (its warning set apart). */
  private takeIssues(issues: readonly TiendoIssue[]): number {
    const { maxIssues } = this.options
    let own = issues
    let capped = 0
    if (issues.length > maxIssues) {
      const at = findLastIndex(issues, (issue) => issue.code === 'too_many_issues')
      if (at >= 0) {
        this.runCapped ??= issues[at]
        own = [...issues.slice(0, at), ...issues.slice(at + 1)]
        capped = 1
      }
    }
    this.issues = sortIssues([...this.issues, ...own]).slice(0, maxIssues + 1)
    return capped
  }
}

function emptyRules(): RulesSummary {
  return {
    scopes: 0,
    passed: 0,
    failed: 0,
    skipped: 0,
    failedBySeverity: { error: 0, warning: 0, info: 0 },
  }
}

function sumRules(a: RulesSummary, b: RulesSummary): RulesSummary {
  return {
    scopes: a.scopes + b.scopes,
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
    failedBySeverity: {
      error: a.failedBySeverity.error + b.failedBySeverity.error,
      warning: a.failedBySeverity.warning + b.failedBySeverity.warning,
      info: a.failedBySeverity.info + b.failedBySeverity.info,
    },
  }
}

function addCounts(into: Record<string, number>, counts: StatusCounts): void {
  for (const [status, count] of Object.entries(counts)) into[status] = (into[status] ?? 0) + count
}

/** The sources as every run read them: the indicators and rules each one's rows reached. */
function mergeDatasets(
  merged: readonly ReportDataset[],
  datasets: readonly ReportDataset[],
): ReportDataset[] {
  if (merged.length === 0) return [...datasets]
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])]
  return merged.map((dataset, i) => {
    const other = datasets[i]
    if (other === undefined) return dataset
    return {
      ...dataset,
      indicators: union(dataset.indicators, other.indicators),
      rules: union(dataset.rules, other.rules),
    }
  })
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i
  return -1
}
