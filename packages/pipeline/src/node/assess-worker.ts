/**
 * The worker thread of `assessInParallel`: takes chunks of the plan by a shared counter, as
 * the main thread does, and sends each chunk's assessments back in their JSON form.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { AssessProgressInput } from '@tiendo/forecast'
import { serializeAssessment } from '@tiendo/forecast'
import { assessSeries } from '@tiendo/rules'
import type { ChunkDone, WorkerJob } from './parallel-protocol'
import { chunkRange } from './parallel-protocol'

const job = workerData as WorkerJob
const inputs = JSON.parse(job.inputs) as AssessProgressInput[]
const next = new Int32Array(job.counter)
for (;;) {
  const chunk = Atomics.add(next, 0, 1)
  const range = chunkRange(chunk, inputs.length, job.chunkSize)
  if (range === null) break
  const assessments = []
  for (let i = range.start; i < range.end; i++) {
    assessments.push(serializeAssessment(assessSeries(inputs[i]!)))
  }
  parentPort!.postMessage({ chunk, assessments } satisfies ChunkDone)
}
