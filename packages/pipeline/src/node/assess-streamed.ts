/**
 * Assessing a run's series on several threads as they are planned. This thread plans the
 * series a chunk at a time and sends each chunk to a worker that has room, or assesses it
 * itself when none has; every series is handed over in plan order as soon as it and those
 * before it are assessed. The plan and its assessments are never held whole, and this
 * thread is left only the planning and the writing of what the workers assessed.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import type { Assessment } from '@tiendo/forecast'
import type { PlannedAssessment } from '@tiendo/rules'
import { assessSeries } from '@tiendo/rules'
import { checkpoint } from '../run/checkpoint'
import type { PlanToAssess } from '../stages/assess'
import type { AssessedElsewhere } from '../stages/assessed-elsewhere'
import { assessmentThreads, threadsAsked } from './assess-in-parallel'
import type { StreamedChunk, StreamedDone } from './parallel-protocol'
import { workerScript } from './worker-script'

/** Where each series goes once assessed, in plan order: by this thread or by a worker. @internal */
export type TakeAssessed = (
  planned: PlannedAssessment,
  assessed: Assessment | AssessedElsewhere,
) => void

/** Options of {@link assessStreamed}. @internal */
export interface StreamedOptions {
  /** Threads in all, this one included. */
  readonly threads: number
  readonly signal?: AbortSignal | undefined
  /** Called once, before the first series is assessed. */
  readonly onFirst?: (() => void) | undefined
  /** The worker script. Defaults to `assess-worker.js` beside this module. */
  readonly script?: URL | undefined
  /** Series planned before the workers start. Defaults to 1,000. */
  readonly minSeries?: number | undefined
  /**
   * The smallest plan workers start for: the series it considers (`considered`), or the
   * series planned so far when a plan does not say. Defaults to `0`.
   */
  readonly minPlan?: number | undefined
  /** Series per chunk. Defaults to 32. */
  readonly chunkSize?: number | undefined
  /** Node's options for the workers. Defaults to this process's (`process.execArgv`). */
  readonly execArgv?: readonly string[] | undefined
}

/** A smaller run is over before a worker (about 0.1 s to start) would help. */
const MIN_STREAMED_SERIES = 1000

/**
 * The smallest plan workers start for when no one asked for threads. On two cores, where
 * V8's collector works on the second, a worker gained nothing for a national year (24,723
 * series considered, 19,402 assessed) and took 50 MB more; at four and eight times that, it
 * took a fifth to a third off assessing (docs/performance.md).
 */
const MIN_DEFAULT_PLAN = 40_000

/** The threads {@link assessStreamed} uses, and when workers join. @internal */
export interface StreamedThreads {
  readonly threads: number
  readonly minSeries: number
  readonly minPlan: number
}

/**
 * The threads to assess on as series are planned: `TIENDO_THREADS` (a whole number ≥ 1;
 * `1` turns workers off), with workers joining once 1,000 series are planned; else one
 * fewer than the cores but at least two (`cores` defaults to those available; one core
 * alone, one thread), at most four, joining once 1,000 series of a plan considering 40,000
 * or more are planned. @internal
 */
export function streamedThreads(
  env: Readonly<Record<string, string | undefined>>,
  cores: number = availableParallelism(),
): StreamedThreads {
  const asked = threadsAsked(env)
  if (asked !== undefined) return { threads: asked, minSeries: MIN_STREAMED_SERIES, minPlan: 0 }
  const threads = cores < 2 ? 1 : Math.max(2, assessmentThreads({}, cores))
  return { threads, minSeries: MIN_STREAMED_SERIES, minPlan: MIN_DEFAULT_PLAN }
}

/** About 2 ms of assessing: few enough messages, and a short wait at the end. */
const CHUNK_SIZE = 32

/** Chunks a worker holds at once (one assessed, one waiting), so it never waits for this thread. */
const IN_FLIGHT = 2

/** Chunks done but not yet handed over, at most: bounds memory when a worker falls behind. */
const MAX_WAITING = 64

/** A chunk of the plan, and its assessments once made. */
interface Chunk {
  readonly planned: readonly PlannedAssessment[]
  assessed: readonly (Assessment | AssessedElsewhere)[] | undefined
  /** Sent to a worker that then failed, or could not assess it: assessed here instead. */
  failed: boolean
}

/** A worker and the chunks it holds. */
interface StreamWorker {
  readonly thread: Worker
  readonly holds: Map<number, Chunk>
  alive: boolean
}

/**
 * Assesses every series `each` plans, on `threads` threads, handing each to `take` in plan
 * order. With one thread, fewer series than `minSeries` or a plan smaller than `minPlan`, no
 * worker is started. A worker that fails leaves its chunks to this thread, where an error
 * then surfaces as it would without workers. @internal
 */
export async function assessStreamed(
  each: PlanToAssess,
  take: TakeAssessed,
  options: StreamedOptions,
): Promise<void> {
  const script = options.threads > 1 ? workerScript(options.script) : undefined
  const minSeries = options.minSeries ?? MIN_STREAMED_SERIES
  const minPlan = options.minPlan ?? 0
  const chunkSize = options.chunkSize ?? CHUNK_SIZE
  const chunks: (Chunk | undefined)[] = []
  let first = 0
  let arrived: (() => void) | undefined
  let workers: StreamWorker[] = []
  const settle = (chunk: Chunk, assessed: readonly AssessedElsewhere[] | null) => {
    if (assessed === null) chunk.failed = true
    else chunk.assessed = assessed
    arrived?.()
  }
  const start = () =>
    Array.from({ length: options.threads - 1 }, () =>
      startWorker(script!, options.execArgv, settle, () => arrived?.()),
    )
  const iterator = each[Symbol.iterator]()
  let planned = 0
  let exhausted = false
  try {
    for (;;) {
      if (!exhausted && chunks.length - first < MAX_WAITING) {
        const next = nextChunk(iterator, chunkSize)
        if (next.length === 0) exhausted = true
        else {
          if (planned === 0) options.onFirst?.()
          planned += next.length
          if (
            script !== undefined &&
            workers.length === 0 &&
            planned >= minSeries &&
            (each.considered ?? planned) >= minPlan
          ) {
            workers = start()
          }
          const chunk: Chunk = { planned: next, assessed: undefined, failed: false }
          const worker = workers.find((w) => w.alive && w.holds.size < IN_FLIGHT)
          if (worker === undefined) chunk.assessed = assessHere(next)
          else send(worker, chunks.length, chunk)
          chunks.push(chunk)
        }
      }
      // Handed over in plan order; a chunk a worker failed is assessed here.
      for (let chunk = chunks[first]; chunk !== undefined; chunk = chunks[first]) {
        if (chunk.failed) chunk.assessed = assessHere(chunk.planned)
        if (chunk.assessed === undefined) break
        for (let i = 0; i < chunk.planned.length; i++) take(chunk.planned[i]!, chunk.assessed[i]!)
        chunks[first++] = undefined
      }
      if (exhausted && first === chunks.length) return
      if (workers.length === 0) {
        if (chunks.length % 8 === 0) await checkpoint(options.signal)
        continue
      }
      // Lets the workers' messages in: at once while there is more to plan, else when one comes.
      const waitForOne = exhausted || chunks.length - first >= MAX_WAITING
      await new Promise<void>((resolve) => {
        arrived = resolve
        if (!waitForOne) setImmediate(resolve)
      })
      arrived = undefined
      options.signal?.throwIfAborted()
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.thread.terminate()))
  }
}

function assessHere(planned: readonly PlannedAssessment[]): Assessment[] {
  return planned.map((series) => assessSeries(series.input))
}

function nextChunk(
  iterator: Iterator<PlannedAssessment>,
  size: number,
): readonly PlannedAssessment[] {
  const chunk: PlannedAssessment[] = []
  while (chunk.length < size) {
    const next = iterator.next()
    if (next.done === true) break
    chunk.push(next.value)
  }
  return chunk
}

function send(worker: StreamWorker, index: number, chunk: Chunk): void {
  worker.holds.set(index, chunk)
  const message: StreamedChunk = {
    chunk: index,
    inputs: JSON.stringify(chunk.planned.map((series) => series.input)),
  }
  worker.thread.postMessage(message)
}

/** Starts one worker: each chunk it sends back settles; when it stops, so do those it held. */
function startWorker(
  script: URL,
  execArgv: readonly string[] | undefined,
  settle: (chunk: Chunk, assessed: readonly AssessedElsewhere[] | null) => void,
  stopped: () => void,
): StreamWorker {
  const thread = new Worker(script, execArgv === undefined ? {} : { execArgv: [...execArgv] })
  const worker: StreamWorker = { thread, holds: new Map(), alive: true }
  thread.on('message', (done: StreamedDone) => {
    const chunk = worker.holds.get(done.chunk)
    if (chunk === undefined) return
    worker.holds.delete(done.chunk)
    settle(chunk, done.series)
  })
  const stop = () => {
    worker.alive = false
    for (const chunk of worker.holds.values()) settle(chunk, null)
    worker.holds.clear()
    stopped()
  }
  thread.on('error', stop)
  thread.on('exit', stop)
  return worker
}
