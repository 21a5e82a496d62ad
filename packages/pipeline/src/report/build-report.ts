/**
 * The report assembled from what each stage found, with the summaries counted from the
 * things they name. @internal
 */

import type { DeriveResult, UnitRegistry, UnitScope } from '@tiendo/core'
import { unitKey } from '@tiendo/core'
import { sortIssues } from '@tiendo/io/parse'
import type { CompiledPack, Evaluation, TargetReport } from '@tiendo/rules'
import type { LocalizedText, Name, Pack, Severity } from '@tiendo/schema'
import type { IssueList } from '../read/issue-list'
import { sourceOptions } from '../read/open-source'
import type { SourceRead } from '../read/read-submission'
import { dataQualityRuleIds } from '../stages/evaluate'
import type { PipelineReport, ReportDataset, RulesSummary, ValidationStats } from './report'
import { SeriesTally } from './series-tally'

/** What every stage found. @internal */
export interface ReportParts {
  readonly title: LocalizedText
  readonly pack: Pack
  readonly compiled: CompiledPack
  readonly units: UnitRegistry
  readonly sources: readonly SourceRead[]
  readonly issues: IssueList
  readonly stats: Omit<ValidationStats, 'errors' | 'warnings'>
  readonly cannotRead: boolean
  readonly scope: UnitScope | undefined
  readonly derived: DeriveResult
  readonly evaluation: Evaluation | undefined
  readonly targets: readonly TargetReport[]
  /** What was counted as it was written, where `targets` and the derived figures do not hold it. */
  readonly written?: WrittenTally | undefined
}

/** The series and derived figures a run wrote as it went, counted. @internal */
export interface WrittenTally {
  /** The series written; `undefined` when the report keeps them. */
  readonly series: SeriesTally | undefined
  /** The derived figures written; `undefined` when the report keeps them. */
  readonly figures: number | undefined
}

/** @internal */
export function buildReport(parts: ReportParts): PipelineReport {
  const { issues, evaluation } = parts
  const valid = issues.errors === 0
  const stats: ValidationStats = {
    ...parts.stats,
    errors: issues.errors,
    warnings: issues.warnings,
  }
  const rules = rulesSummary(evaluation)
  const withheld = parts.derived.withheld
  const tally = parts.written?.series ?? tallyOf(parts.targets)
  const figures = parts.written?.figures ?? parts.derived.derived.length
  return {
    title: parts.title,
    pack: { id: parts.pack.id, version: parts.pack.version, title: parts.pack.title },
    valid,
    cannotRead: parts.cannotRead,
    ...(parts.scope === undefined ? {} : { scope: { units: parts.scope.refs } }),
    validation: { valid, stats, issues: sortIssues(issues.kept) },
    derived: { figures: parts.derived.derived, withheld },
    ...(evaluation === undefined ? {} : { evaluation }),
    dataQualityRules: dataQualityRuleIds(parts.compiled),
    rules,
    targets: parts.targets,
    datasets: datasetsOf(parts.sources, parts.compiled),
    indicators: parts.pack.indicators ?? [],
    ruleDescriptions: Object.fromEntries(
      (parts.pack.rules ?? []).flatMap((rule) =>
        rule.description === undefined ? [] : [[rule.id, rule.description]],
      ),
    ),
    unitNames: unitNames(parts.units),
    summary: {
      valid,
      data: { errors: issues.errors, warnings: issues.warnings, quarantined: stats.quarantined },
      rules,
      targets: tally.targets,
      trends: tally.trends,
      derived: { figures, withheld: withheld.length },
    },
    dataset: parts.derived.dataset,
    units: parts.units,
  }
}

function rulesSummary(evaluation: Evaluation | undefined): RulesSummary {
  if (evaluation === undefined) {
    return {
      scopes: 0,
      passed: 0,
      failed: 0,
      skipped: 0,
      failedBySeverity: { error: 0, warning: 0, info: 0 } satisfies Record<Severity, number>,
    }
  }
  return evaluation.summary
}

function tallyOf(targets: readonly TargetReport[]): SeriesTally {
  const tally = new SeriesTally()
  for (const series of targets) tally.add(series)
  return tally
}

/** The sources as reports label them: the rules counting a record source's kinds rest on it. */
function datasetsOf(sources: readonly SourceRead[], compiled: CompiledPack): ReportDataset[] {
  return sources.map((read) => {
    const own = sourceOptions(read.source)
    const rules =
      read.kind === 'records'
        ? compiled.rules
            .filter((rule) =>
              rule.inputs.some(
                (input) =>
                  input.fact === 'record_count' &&
                  typeof input.params?.kind === 'string' &&
                  read.ids.has(input.params.kind),
              ),
            )
            .map((rule) => rule.id)
        : []
    return {
      id: read.name,
      title: own.title ?? { vi: read.name, en: read.name },
      kind: read.kind,
      illustrative: own.illustrative ?? false,
      published: own.published ?? false,
      ...(own.origin === undefined ? {} : { origin: own.origin }),
      indicators: read.kind === 'observations' ? [...read.ids] : [],
      rules,
    }
  })
}

function unitNames(units: UnitRegistry): Record<string, Name> {
  const names: Record<string, Name> = {}
  for (const unit of units.units) names[unitKey(unit)] = unit.name
  return names
}
