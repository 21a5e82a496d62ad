/**
 * The one orchestrator: read → validate → derive → evaluate → assess → report. Each entry
 * (Node, browser) hands in how it reads, loads packs and assesses; nothing else differs.
 * @internal
 */

import { collectDataOutside, createUnitRegistry } from '@tiendo/core'
import type { Evaluation, TargetReport } from '@tiendo/rules'
import { toTargetReport } from '@tiendo/rules'
import { createRowChecker } from '@tiendo/rules/internal'
import type { LocalizedText, MethodologyProfile, Pack } from '@tiendo/schema'
import type { LoadedPack } from '../pack/load-pack'
import { IssueList } from '../read/issue-list'
import { readSubmission } from '../read/read-submission'
import type { Readers } from '../read/readers'
import { scopeFilter } from '../read/scope-filter'
import { codeSuggester } from '../read/suggest-codes'
import { buildReport } from '../report/build-report'
import type { PipelineReport } from '../report/report'
import { type Assessor, planStage } from '../stages/assess'
import { deriveStage } from '../stages/derive'
import { evaluateStage, withDataQuality } from '../stages/evaluate'
import { validateStage } from '../stages/validate'
import { checkpoint } from './checkpoint'
import type { PackInput, PipelineOptions, Source } from './options'
import { scopeOf } from './scope-option'

/** What an entry hands the orchestrator. @internal */
export interface PipelineHost {
  readonly readers: Readers
  readonly loadPack: (input: PackInput) => Promise<LoadedPack>
  readonly assessor: Assessor
}

const TITLE: LocalizedText = { vi: 'Báo cáo tiến độ', en: 'Progress report' }

/** @internal */
export async function runPipelineWith(
  host: PipelineHost,
  options: PipelineOptions<Source>,
): Promise<PipelineReport> {
  const { signal, onProgress } = options
  const loaded = await host.loadPack(options.pack)
  const pack =
    options.methodology === undefined
      ? loaded.pack
      : withMethodology(loaded.pack, options.methodology)
  const today = options.today ?? localToday()
  const issues = new IssueList(options.maxIssues)
  const units = createUnitRegistry(pack.units ?? [])
  const scope = options.units === undefined ? undefined : scopeOf(units, options.units)
  const filter = scope === undefined ? undefined : scopeFilter(scope, units)
  const collector =
    scope === undefined ? undefined : collectDataOutside(units, pack.indicators ?? [], { today })
  await checkpoint(signal)

  const read = await readSubmission(options.sources, {
    readers: host.readers,
    context: {
      limits: options.limits,
      numberLocale: options.numberLocale ?? 'default',
      signal,
    },
    checker: createRowChecker(pack, { today }),
    suggest: codeSuggester(pack),
    scope: filter,
    outside: collector,
    issues,
    onProgress,
  })
  // What the rows left out say: the part's figures and results are then the whole run's.
  const outside = collector?.build()
  await checkpoint(signal)

  onProgress?.({ stage: 'validate' })
  const validated = await validateStage(
    {
      pack,
      compiled: loaded.compiled,
      units,
      observations: read.observations,
      records: read.records,
      refused: read.refused,
      complete: !read.cannotRead,
      explain:
        (typeof options.evaluate === 'object' ? options.evaluate.explain : undefined) ?? 'failures',
      scope,
      outside,
    },
    issues,
  )
  // The dataset holds the rows now, column-wise: the objects they were read as are let go
  // (at national scale they would otherwise be most of what the run holds).
  read.observations.length = 0
  read.records.length = 0
  await checkpoint(signal)

  onProgress?.({ stage: 'derive' })
  const derived = deriveStage(
    { pack, units, dataset: validated.dataset, steps: options.derive, scope: filter, outside },
    issues,
  )
  const { dataset } = derived
  await checkpoint(signal)

  const assessOptions =
    options.assess === false ? undefined : options.assess === true ? {} : (options.assess ?? {})
  const evaluateOptions =
    options.evaluate === false
      ? undefined
      : options.evaluate === true
        ? {}
        : (options.evaluate ?? {})
  const plan =
    assessOptions === undefined
      ? []
      : planStage(pack, dataset, units, options.lang ?? 'vi', assessOptions, scope)
  // The assessor may work on other threads while this one evaluates the rules.
  const assessing = host.assessor(plan, signal)
  let evaluation: Evaluation | undefined
  try {
    if (evaluateOptions !== undefined && !read.cannotRead) {
      onProgress?.({ stage: 'evaluate' })
      evaluation = withDataQuality(
        loaded.compiled,
        await evaluateStage(loaded.compiled, dataset, units, evaluateOptions, scope, outside),
        validated.dataQuality,
      )
    }
    await checkpoint(signal)
  } catch (error) {
    await assessing.cancel()
    throw error
  }
  if (plan.length > 0) onProgress?.({ stage: 'assess' })
  const assessments = await assessing.finish()
  await checkpoint(signal)
  const targets: TargetReport[] = plan.map((planned, i) => toTargetReport(planned, assessments[i]!))
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
      quarantined: read.unconverted + read.refused.length + validated.refused,
    },
    cannotRead: read.cannotRead,
    scope,
    derived,
    evaluation,
    targets,
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
