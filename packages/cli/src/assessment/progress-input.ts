import { basename } from 'node:path'
import { unitKey } from '@tiendo/core'
import type { ProgressReport, ReportDataset } from '@tiendo/io'
import type { Evaluation, TargetReport } from '@tiendo/rules'
import {
  datasetFactSource,
  evaluate,
  planAssessments,
  ruleIssue,
  toTargetReport,
} from '@tiendo/rules'
import type { Pack } from '@tiendo/schema'
import type { CommandContext } from '../command'
import { loadInput } from '../input/load-input'
import type { Submission } from '../input/read-submission'
import { assessmentThreads, startAssessing } from './assess-in-parallel'

/** Everything `assess` and `report` compute from files and a pack. */
export interface ProgressInput {
  readonly pack: Pack
  readonly files: readonly string[]
  readonly submission: Submission
  readonly targets: readonly TargetReport[]
  /** The rules' results, when asked for (`report`). */
  readonly evaluation?: Evaluation | undefined
}

/** Loads the pack, reads the files, assesses every target (and evaluates the rules if asked). */
export async function progressInput(
  context: CommandContext,
  command: string,
  options: { evaluate: boolean },
): Promise<ProgressInput> {
  const { input, pack, compiled, submission } = await loadInput(context, command)
  const plan = planAssessments(pack, submission.dataset, {
    registry: submission.registry,
    lang: context.lang,
  })
  // Workers assess while this thread evaluates the rules, then it helps them finish.
  const assessing = startAssessing(plan, { threads: assessmentThreads(context.env) })
  let evaluation: Evaluation | undefined
  try {
    if (options.evaluate && !submission.cannotRead) {
      evaluation = await evaluate(
        compiled,
        datasetFactSource(submission.dataset, submission.registry),
        // No report shows a passed result's conditions: explaining them would only cost memory.
        { explain: 'failures' },
      )
      for (const issue of evaluation.issues) submission.issues.add(issue)
      for (const result of evaluation.results) {
        if (result.outcome === 'failed')
          submission.issues.add(ruleIssue(result, submission.dataset))
      }
    }
  } catch (error) {
    await assessing.cancel()
    throw error
  }
  const assessments = await assessing.finish()
  const targets = plan.map((planned, i) => toTargetReport(planned, assessments[i]!))
  return { pack, files: [...input.files, ...input.records], submission, targets, evaluation }
}

/**
 * The progress report of an input. A file whose name says `illustrative` holds invented
 * data: the series of its indicators, and the rules counting its records, are labelled so.
 */
export function toProgressReport(input: ProgressInput): ProgressReport {
  const { pack, submission } = input
  const recordRules = (pack.rules ?? [])
    .filter((rule) => JSON.stringify(rule).includes('record'))
    .map((rule) => rule.id)
  const datasets: ReportDataset[] = submission.files.map((file) => ({
    id: basename(file.file),
    title: { vi: basename(file.file), en: basename(file.file) },
    illustrative: /illustrative|minh-hoa/i.test(basename(file.file)),
    source: file.file,
    indicators: file.kind === 'observations' ? [...file.ids] : [],
    rules: file.kind === 'records' ? recordRules : [],
  }))
  const unitNames = Object.fromEntries(
    submission.registry.units.map((unit) => [unitKey(unit), unit.name]),
  )
  const { issues, stats } = submission
  return {
    title: { vi: 'Báo cáo tiến độ', en: 'Progress report' },
    pack: { id: pack.id, version: pack.version, title: pack.title },
    validation: {
      valid: issues.errors === 0,
      stats: { ...stats, errors: issues.errors, warnings: issues.warnings },
      issues: issues.kept,
    },
    ...(input.evaluation === undefined ? {} : { evaluation: input.evaluation }),
    targets: input.targets,
    datasets,
    unitNames,
  }
}
