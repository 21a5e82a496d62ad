/**
 * Assessing a plan on every core: worker threads and the calling thread take chunks of the
 * plan by a shared counter until none is left, so a busy thread simply takes fewer. Each
 * assessment is computed once, by whichever thread took its chunk, and the result is in
 * plan order whoever computed it: the same as assessing one series after another.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Assessment, AssessmentJson } from '@tiendo/forecast'
import { deserializeAssessment } from '@tiendo/forecast'
import type { PlannedAssessment } from '@tiendo/rules'
import { assessSeries } from '@tiendo/rules'
import type { TakeAssessment } from '../stages/assess'
import type { ChunkDone, WorkerJob } from './parallel-protocol'
import { chunkRange } from './parallel-protocol'
import { workerScript } from './worker-script'

/** Below this many series starting a worker (about 0.1 s) costs more than it saves. */
const MIN_PARALLEL_SERIES = 2000

/** Series per chunk: small enough to share evenly, large enough that messages are few. */
const CHUNK_SIZE = 64

/** Most threads used by default: beyond four the main thread's own work dominates. */
const MAX_DEFAULT_THREADS = 4

/** Assessments under way. */
export interface AssessmentRun {
  /**
   * Assesses the chunks no worker has taken, on the calling thread, waits for the workers,
   * and gives every assessment in plan order; with `take`, hands each to it in plan order
   * instead (on one thread as each is made) and gives an empty list.
   */
  finish(take?: TakeAssessment): Promise<Assessment[]>
  /** Stops the workers, for a caller that will not call `finish` (its own work failed). */
  cancel(): Promise<void>
  /** @internal How many assessments worker threads computed (complete after `finish`). */
  readonly fromWorkers: () => number
  /** @internal Settles when a worker has sent its first chunk, or none will (tests wait on it). */
  readonly firstChunk: Promise<void>
}

/** Options of {@link startAssessing}. */
export interface StartAssessingOptions {
  /** Threads in all, the caller's included (see {@link assessmentThreads}). */
  readonly threads: number
  /** @internal The worker script. Defaults to `assess-worker.js` beside this module. */
  readonly script?: URL | undefined
  /** @internal Smallest plan given to workers. Defaults to 2,000 series. */
  readonly minSeries?: number | undefined
  /** @internal Node's options for the workers. Defaults to this process's (`process.execArgv`). */
  readonly execArgv?: readonly string[] | undefined
}

/**
 * The threads to assess on: `TIENDO_THREADS` (a whole number ≥ 1; `1` turns workers off),
 * else one fewer than the cores (`cores`, which defaults to those available), at least one
 * and at most four. One core is left to V8's garbage collector, which works beside the
 * main thread: on two cores a worker took it, and a national report then needed 20% more
 * memory for no time gained (docs/performance.md).
 */
export function assessmentThreads(
  env: Readonly<Record<string, string | undefined>>,
  cores: number = availableParallelism(),
): number {
  return threadsAsked(env) ?? Math.max(1, Math.min(cores - 1, MAX_DEFAULT_THREADS))
}

/** The threads `TIENDO_THREADS` asks for (a whole number ≥ 1), else none. @internal */
export function threadsAsked(
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  const asked = Number(env.TIENDO_THREADS)
  return Number.isInteger(asked) && asked >= 1 ? asked : undefined
}

/**
 * Starts assessing `plan` on `threads − 1` worker threads; the caller's thread joins in
 * when it calls `finish` (after its own work, such as evaluating the rules). Runs on the
 * calling thread alone for a small plan, one thread, or when the worker script is not
 * beside this module (running from source).
 */
export function startAssessing(
  plan: readonly PlannedAssessment[],
  options: StartAssessingOptions,
): AssessmentRun {
  const script = workerScript(options.script)
  const minSeries = options.minSeries ?? MIN_PARALLEL_SERIES
  if (options.threads < 2 || plan.length < minSeries || script === undefined) {
    return {
      async finish(take) {
        if (take === undefined) return plan.map((planned) => assessSeries(planned.input))
        for (let i = 0; i < plan.length; i++) take(assessSeries(plan[i]!.input), i)
        return []
      },
      cancel: async () => {},
      fromWorkers: () => 0,
      firstChunk: Promise.resolve(),
    }
  }
  const counter = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)
  const job: WorkerJob = {
    inputs: JSON.stringify(plan.map((planned) => planned.input)),
    counter,
    chunkSize: CHUNK_SIZE,
  }
  const received = new Map<number, readonly AssessmentJson[]>()
  let chunkArrived: () => void = () => {}
  const firstChunk = new Promise<void>((resolve) => {
    chunkArrived = resolve
  })
  const workers = Array.from({ length: options.threads - 1 }, () =>
    runWorker(script, { workerData: job, execArgv: options.execArgv }, (done) => {
      received.set(done.chunk, done.assessments)
      chunkArrived()
    }),
  )
  const exited = Promise.all(workers.map((worker) => worker.exited))
  void exited.then(() => chunkArrived())
  let fromWorkers = 0
  return {
    async cancel() {
      await Promise.all(workers.map((worker) => worker.thread.terminate()))
    },
    fromWorkers: () => fromWorkers,
    firstChunk,
    async finish(take) {
      const assessments: (Assessment | undefined)[] = new Array(plan.length)
      const next = new Int32Array(counter)
      for (;;) {
        const range = chunkRange(Atomics.add(next, 0, 1), plan.length, CHUNK_SIZE)
        if (range === null) break
        for (let i = range.start; i < range.end; i++) assessments[i] = assessSeries(plan[i]!.input)
      }
      await exited
      for (const [chunk, list] of received) {
        const start = chunk * CHUNK_SIZE
        list.forEach((json, offset) => {
          assessments[start + offset] = deserializeAssessment(json)
        })
        fromWorkers += list.length
      }
      // A worker that failed left its chunk undone: assess it here (an error then surfaces
      // as it would without workers).
      // (A loop, not `map`: `map` skips the holes those chunks left.)
      for (let i = 0; i < plan.length; i++) assessments[i] ??= assessSeries(plan[i]!.input)
      if (take === undefined) return assessments as Assessment[]
      for (let i = 0; i < plan.length; i++) {
        take(assessments[i]!, i)
        assessments[i] = undefined
      }
      return []
    },
  }
}

/** Starts one worker; `exited` settles when it has exited, whatever the reason. */
function runWorker(
  script: URL,
  options: { workerData: WorkerJob; execArgv: readonly string[] | undefined },
  onChunk: (done: ChunkDone) => void,
): { thread: Worker; exited: Promise<void> } {
  const thread = new Worker(script, {
    workerData: options.workerData,
    ...(options.execArgv === undefined ? {} : { execArgv: [...options.execArgv] }),
  })
  const exited = new Promise<void>((resolve) => {
    thread.on('message', onChunk)
    thread.on('error', () => resolve())
    thread.on('exit', () => resolve())
  })
  return { thread, exited }
}
