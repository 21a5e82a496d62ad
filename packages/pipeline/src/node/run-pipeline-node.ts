/**
 * `runPipeline` in Node: files and pack files on disk, streamed; targets assessed on every
 * core.
 */

import type { PipelineReport } from '../report/report'
import type { PipelineOptions, Source } from '../run/options'
import { type PipelineHost, runPipelineWith } from '../run/run-pipeline'
import { assessmentThreads, startAssessing } from './assess-in-parallel'
import { assessStreamed, streamedThreads } from './assess-streamed'
import { nodeReaders } from './node-readers'
import { loadPack } from './pack-file'

/** What {@link runPipeline} takes in Node: everything the browser entry takes, and more. */
export interface NodePipelineOptions extends PipelineOptions<Source> {
  /** The folder relative paths (sources, a pack file) are read from. Defaults to `process.cwd()`. */
  readonly cwd?: string | undefined
  /**
   * Threads that assess targets, this one included; `1` assesses on this thread only.
   * Defaults to `TIENDO_THREADS` when set, else one fewer than the cores available (at least
   * one, at most four: see `assessmentThreads`). A run that writes its series as they are
   * assessed (`runPipelineToJson`, `assess.onSeries`) defaults to at least two when its plan
   * considers 40,000 series or more, its workers joining once 1,000 are planned; given here or
   * by `TIENDO_THREADS`, workers join any plan once 1,000 series are planned.
   */
  readonly threads?: number | undefined
  /**
   * How workers assess a run that writes its series as they are assessed (the JSON report):
   * the worker script, the series planned before they join, the series per chunk. @internal
   */
  readonly assessOnThreads?:
    | {
        readonly script?: URL | undefined
        readonly minSeries?: number | undefined
        readonly chunkSize?: number | undefined
        readonly execArgv?: readonly string[] | undefined
      }
    | undefined
}

/**
 * Runs the whole job: reads the sources (files by `path`, or content, or rows), validates
 * them against the pack, derives what the pack declares and nobody submitted, evaluates the
 * rules and assesses progress to every target — and returns one report. Problems with the
 * data are the report's issues, never thrown; a pack that cannot be used throws a
 * `PipelineError` that says what, where and how to fix it.
 *
 * @example
 * const report = await runPipeline({
 *   pack: 'ninh-thuan',
 *   sources: [{ path: 'so-lieu.csv' }, { path: 'san-pham-cds.csv', kind: 'records' }],
 * })
 * report.valid // no data error
 * report.targets // progress to every target
 */
export function runPipeline(options: NodePipelineOptions): Promise<PipelineReport> {
  return runPipelineWith(nodeHost(options), options)
}

/** How a run reads, loads packs and assesses in Node. @internal */
export function nodeHost(
  options: Pick<NodePipelineOptions, 'cwd' | 'threads' | 'assessOnThreads'>,
): PipelineHost {
  const cwd = options.cwd ?? process.cwd()
  const threads = options.threads ?? assessmentThreads(process.env)
  // A run that writes its series as they are assessed uses workers where a run keeping its
  // plan whole would not: on two cores, once its plan is large (see `streamedThreads`).
  const streamed =
    options.threads === undefined
      ? streamedThreads(process.env)
      : { threads: options.threads, minSeries: undefined, minPlan: undefined }
  return {
    readers: nodeReaders(cwd),
    loadPack: (input) => loadPack(input, cwd),
    assessor: (plan) => startAssessing(plan, { threads }),
    // On one thread, or for a small plan (see `streamedThreads`), it starts no worker.
    assessEach: (each, take, { signal, onFirst }) =>
      assessStreamed(each, take, { ...streamed, ...options.assessOnThreads, signal, onFirst }),
  }
}
