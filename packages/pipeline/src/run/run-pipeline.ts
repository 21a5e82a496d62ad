/**
 * The one orchestrator: read → validate → derive → evaluate → assess → report. Each entry
 * (Node, browser) hands in how it reads, loads packs and assesses; nothing else differs.
 * @internal
 */

import type { DataPoint, UnitRegistry } from '@tiendo/core'
import {
  collectDataOutside,
  createDatasetBuilder,
  createUnitRegistry,
  datasetWithPoints,
} from '@tiendo/core'
import type { Evaluation, TargetReport } from '@tiendo/rules'
import { toTargetReport } from '@tiendo/rules'
import { createRowChecker } from '@tiendo/rules/internal'
import type { LocalizedText, MethodologyProfile, Pack } from '@tiendo/schema'
import type { LoadedPack } from '../pack/load-pack'
import { IssueList } from '../read/issue-list'
import { readSubmission } from '../read/read-submission'
import type { Readers } from '../read/readers'
import { RefusedRows } from '../read/refused-rows'
import { scopeFilter } from '../read/scope-filter'
import { type CodeSuggester, codeSuggester } from '../read/suggest-codes'
import { wholeNumberReadings } from '../read/whole-number-readings'
import { buildReport } from '../report/build-report'
import type { PipelineReport } from '../report/report'
import type { SeriesTally } from '../report/series-tally'
import { type AssessEach, type Assessor, planStage } from '../stages/assess'
import { assessedIndicators, deriveStage, stepsOfRun } from '../stages/derive'
import {
  countedResults,
  evaluateStage,
  failedWrittenWithDataQuality,
  withDataQuality,
} from '../stages/evaluate'
import { type Validated, validateStage } from '../stages/validate'
import { assessWritten } from './assess-written'
import { checkAssessedNames } from './assessed-names'
import { checkpoint } from './checkpoint'
import type { PackInput, PipelineOptions, Source } from './options'
import type { ReportWriter } from './report-writer'
import { hooksOf, inTurn } from './run-hooks'
import { scopeOf } from './scope-option'

/** What an entry hands the orchestrator. @internal */
export interface PipelineHost {
  readonly readers: Readers
  readonly loadPack: (input: PackInput) => Promise<LoadedPack>
  readonly assessor: Assessor
  /**
   * Assesses a run's series as they are planned, on this thread or others too: a run that
   * writes its series then plans each as it is assessed, never holding the whole plan.
   * Defaults to none: the plan is made whole and given to `assessor`.
   */
  readonly assessEach?: AssessEach | undefined
  /**
   * A full garbage collection, run where a run has just let go of much: once the data are
   * validated (reading's leftovers; with a writer, the data-quality results but the failed)
   * and once the rules are evaluated (with a writer, every result). V8 would collect those
   * hundreds of megabytes only after growing its heap further. Defaults to none.
   */
  readonly collect?: (() => void) | undefined
}

const TITLE: LocalizedText = { vi: 'Báo cáo tiến độ', en: 'Progress report' }

/** The pack of a run, loaded, with its methodology and units: made once for every part. @internal */
export interface PreparedPack {
  readonly loaded: LoadedPack
  /** The pack with the run's `methodology`, if one was given. */
  readonly pack: Pack
  readonly units: UnitRegistry
}

/** @internal */
export async function preparePack(
  host: PipelineHost,
  options: Pick<PipelineOptions<Source>, 'pack' | 'methodology' | 'assess'>,
): Promise<PreparedPack> {
  const loaded = await host.loadPack(options.pack)
  const pack =
    options.methodology === undefined
      ? loaded.pack
      : withMethodology(loaded.pack, options.methodology)
  checkAssessedNames(pack, options.assess)
  return { loaded, pack, units: createUnitRegistry(pack.units ?? []) }
}

/**
 * The figures a national run's top takes from its parts' runs: those of the units just under
 * it. `submitted` ones are there for validation's data-quality rules, as in a whole run;
 * `derived` ones (counts of records, aggregates: what exists when the top aggregates) join
 * them before deriving. @internal
 */
export interface GivenFigures {
  readonly submitted: readonly DataPoint[]
  readonly derived: readonly DataPoint[]
}

/** How one run of a national run in parts differs from a run of its own. @internal */
export interface PartRun {
  readonly prepared: PreparedPack
  /**
   * `part`: a part of `unitParts`, which leaves rows and issues naming no unit to the top.
   * `top`: the units `units` names without those under them, taking `given`.
   */
  readonly role?: 'part' | 'top' | undefined
  readonly given?: GivenFigures | undefined
}

/** @internal */
export async function runPipelineWith(
  host: PipelineHost,
  options: PipelineOptions<Source>,
  run?: PartRun,
  writer?: ReportWriter,
): Promise<PipelineReport> {
  const { signal, onProgress } = options
  const { loaded, pack, units } = run?.prepared ?? (await preparePack(host, options))
  const today = options.today ?? localToday()
  const issues = new IssueList(options.maxIssues)
  const scope =
    options.units === undefined
      ? undefined
      : scopeOf(units, options.units, { descendants: run?.role !== 'top' })
  const filter =
    scope === undefined
      ? undefined
      : scopeFilter(scope, units, { unplaced: run?.role === 'part' ? 'leave' : 'keep' })
  const collector =
    scope === undefined ? undefined : collectDataOutside(units, pack.indicators ?? [], { today })
  await checkpoint(signal)

  // Past the cap issues are counted, never worded: one more than it keeps reaches the cap.
  const listed = issues.max + 1
  const rows = createDatasetBuilder({ units, maxIssues: listed })
  const refused = new RefusedRows(units, listed)
  const read = await readSubmission(options.sources, {
    readers: host.readers,
    context: {
      limits: options.limits,
      numberLocale: options.numberLocale ?? 'default',
      signal,
    },
    checker: createRowChecker(pack, { today }),
    dataset: rows,
    refused,
    suggest: suggesterOf(pack),
    scope: filter,
    outside: collector,
    issues,
    onProgress,
  })
  // What the rows left out say: the part's figures and results are then the whole run's.
  const outside = collector?.build()
  await checkpoint(signal)

  onProgress?.({ stage: 'validate' })
  let validated: Validated | undefined = await validateStage(
    {
      pack,
      compiled: loaded.compiled,
      units,
      built: rows.build(),
      kept: read.kept,
      refused,
      complete: !read.cannotRead,
      explain:
        (typeof options.evaluate === 'object' ? options.evaluate.explain : undefined) ?? 'failures',
      scope,
      outside,
      given: run?.given?.submitted,
    },
    issues,
  )
  const evaluateOptions =
    options.evaluate === false
      ? undefined
      : options.evaluate === true
        ? {}
        : (options.evaluate ?? {})
  // Taken apart and let go (a running function's frame keeps its variables to its end), so
  // the data-quality results, which are large, go once joined to the other rules' — or at
  // once, but for the failed ones, when the run writes its failed results, and wholly when
  // no rule is evaluated.
  let dataQuality =
    writer === undefined && evaluateOptions !== undefined ? validated.dataQuality : undefined
  let countedDataQuality =
    writer === undefined || validated.dataQuality === undefined
      ? undefined
      : countedResults(validated.dataQuality.results)
  const validRefused = validated.refused
  const validDataset = validated.dataset
  validated = undefined
  host.collect?.()
  await checkpoint(signal)

  onProgress?.({ stage: 'derive' })
  // Figures and series handed out as they are made: to the run's writer, then the caller's hooks.
  const hooks = hooksOf(options)
  const writeFigure = inTurn<DataPoint>(
    writer && ((figure) => writer.figure(figure)),
    hooks.onFigure,
  )
  let figuresWritten = 0
  const derived = deriveStage(
    {
      pack,
      units,
      dataset: datasetWithPoints(validDataset, run?.given?.derived ?? [], units).dataset,
      steps: stepsOfRun(options.derive, {
        rules: evaluateOptions === undefined ? undefined : loaded.compiled,
        assessed: assessedIndicators(pack, options.assess),
      }),
      scope: filter,
      outside,
      write:
        writeFigure === undefined
          ? undefined
          : (point) => {
              figuresWritten++
              writeFigure(point)
            },
    },
    issues,
  )
  const { dataset } = derived
  await checkpoint(signal)

  const assessOptions =
    options.assess === false ? undefined : options.assess === true ? {} : (options.assess ?? {})
  const lang = options.lang ?? 'vi'
  const writeSeries =
    assessOptions === undefined
      ? undefined
      : inTurn<TargetReport>(writer && ((series) => writer.series(series)), hooks.onSeries)
  // Planned series by series as they are assessed, when nothing needs the plan earlier.
  const planEach = writeSeries !== undefined && host.assessEach !== undefined
  const plan =
    assessOptions === undefined || planEach
      ? []
      : [...planStage(pack, dataset, units, lang, assessOptions, scope)]
  // The assessor may work on other threads while this one evaluates the rules.
  const assessing = host.assessor(plan, signal)
  let evaluation: Evaluation | undefined
  try {
    if (evaluateOptions !== undefined && !read.cannotRead) {
      onProgress?.({ stage: 'evaluate' })
      // Joined as an argument, not a variable: this frame would keep every result to its end.
      const joined = (evaluated: Evaluation) =>
        writer === undefined
          ? withDataQuality(loaded.compiled, evaluated, dataQuality)
          : failedWrittenWithDataQuality(loaded.compiled, evaluated, countedDataQuality, (r) =>
              writer.failed(r),
            )
      evaluation = joined(
        await evaluateStage(loaded.compiled, dataset, units, evaluateOptions, scope, outside),
      )
      dataQuality = undefined
      countedDataQuality = undefined
    }
    await checkpoint(signal)
  } catch (error) {
    await assessing.cancel()
    throw error
  }
  host.collect?.()
  const onStart = () => onProgress?.({ stage: 'assess' })
  let targets: TargetReport[] = []
  let seriesWritten: SeriesTally | undefined
  if (writeSeries === undefined) {
    if (plan.length > 0) onStart()
    const assessments = await assessing.finish()
    targets = plan.map((planned, i) => toTargetReport(planned, assessments[i]!))
  } else {
    const each =
      planEach && assessOptions !== undefined
        ? planStage(pack, dataset, units, lang, assessOptions, scope)
        : undefined
    seriesWritten = await assessWritten({
      plan,
      each,
      assessing,
      assessEach: host.assessEach,
      write: writeSeries,
      writeElsewhere:
        hooks.onSeries === undefined ? writer?.seriesElsewhere?.bind(writer) : undefined,
      onStart,
      signal,
    })
  }
  await checkpoint(signal)
  onProgress?.({ stage: 'done' })

  return buildReport({
    title: options.title ?? TITLE,
    pack,
    compiled: loaded.compiled,
    units,
    sources: read.sources,
    issues,
    stats: {
      files: options.sources.length,
      rows: read.rows,
      observations: read.observationRows,
      records: read.recordRows,
      quarantined: read.unconverted + refused.count + validRefused,
    },
    cannotRead: read.cannotRead,
    scope,
    derived,
    evaluation,
    targets,
    written: {
      series: seriesWritten,
      figures: writeFigure === undefined ? undefined : figuresWritten,
    },
  })
}

/** The pack with one methodology profile for every assessment of a run. */
function withMethodology(pack: Pack, methodology: MethodologyProfile): Pack {
  return {
    ...pack,
    methodology,
    indicators: pack.indicators?.map(({ methodology: _, ...indicator }) => indicator),
    targets: pack.targets?.map(({ methodology: _, ...target }) => target),
  }
}

/** Today's date where the program runs, as `YYYY-MM-DD`. */
function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** What a pack tells of a row's issue: the code meant, the whole number meant. */
function suggesterOf(pack: Pack): CodeSuggester {
  const codes = codeSuggester(pack)
  const wholeNumbers = wholeNumberReadings(pack)
  return (issue) => wholeNumbers(codes(issue))
}
