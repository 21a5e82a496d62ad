/**
 * `runPipeline` in Node: files and pack files on disk, streamed; targets assessed on every
 * core.
 */

import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { PipelineReport } from '../report/report'
import type { PipelineOptions, Source } from '../run/options'
import { runPipelineWith } from '../run/run-pipeline'
import { assessmentThreads, startAssessing, startWorkers } from './assess-in-parallel'
import { nodeReaders } from './node-readers'
import { loadPack } from './pack-file'

/** What {@link runPipeline} takes in Node: everything the browser entry takes, and more. */
export interface NodePipelineOptions extends PipelineOptions<Source> {
  /** The folder relative paths (sources, a pack file) are read from. Defaults to `process.cwd()`. */
  readonly cwd?: string | undefined
  /**
   * Threads that assess targets, this one included; `1` assesses on this thread only.
   * Defaults to `TIENDO_THREADS` when set, else the cores available, at most four.
   */
  readonly threads?: number | undefined
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
export async function runPipeline(options: NodePipelineOptions): Promise<PipelineReport> {
  const cwd = options.cwd ?? process.cwd()
  const threads = options.threads ?? assessmentThreads(process.env)
  // Data enough for workers to pay: they start now and load while this thread reads.
  const workers =
    threads > 1 &&
    options.assess !== false &&
    (await sourceBytes(options.sources, cwd)) >= EARLY_WORKERS_BYTES
      ? startWorkers(threads - 1)
      : undefined
  try {
    return await runPipelineWith(
      {
        readers: nodeReaders(cwd),
        loadPack: (input) => loadPack(input, cwd),
        assessor: (plan) => startAssessing(plan, { threads, workers }),
      },
      options,
    )
  } finally {
    // Workers never given a job (a small plan, a run that stopped) are stopped here.
    await workers?.close()
  }
}

/**
 * Sources this large (the files' sizes, texts' lengths) start the assessment workers with
 * the run: about what makes the 2,000 series below which workers are not used.
 */
const EARLY_WORKERS_BYTES = 2_000_000

/** How large the sources are, as far as is known without reading them. */
async function sourceBytes(sources: readonly Source[], cwd: string): Promise<number> {
  let bytes = 0
  for (const source of sources) {
    if (typeof Blob !== 'undefined' && source instanceof Blob) bytes += source.size
    else if ('path' in source) {
      bytes += await stat(resolve(cwd, source.path)).then(
        (found) => found.size,
        () => 0,
      )
    } else if ('text' in source && typeof source.text === 'string') bytes += source.text.length
  }
  return bytes
}
