/**
 * The worker thread of `startAssessing` and `assessStreamed`. Given a whole plan, it takes
 * chunks of it by a shared counter, as the main thread does, and sends each chunk's
 * assessments back in their JSON form. Given none, it assesses the chunks the main thread
 * sends, one message each, and sends back each assessment as JSON text.
 */
import { parentPort, workerData } from 'node:worker_threads'
import type { AssessProgressInput } from '@tiendo/forecast'
import { serializeAssessment } from '@tiendo/forecast'
import { assessmentJsonText } from '@tiendo/forecast/internal'
import { assessSeries } from '@tiendo/rules'
import { assessedElsewhere } from '../stages/assessed-elsewhere'
import type { ChunkDone, StreamedChunk, StreamedDone, WorkerJob } from './parallel-protocol'
import { chunkRange } from './parallel-protocol'

const port = parentPort!
const job = workerData as WorkerJob | null | undefined
if (job === undefined || job === null) {
  port.on('message', (message: StreamedChunk) => {
    let done: StreamedDone
    try {
      const inputs = JSON.parse(message.inputs) as AssessProgressInput[]
      done = {
        chunk: message.chunk,
        series: inputs.map((input) => {
          const assessment = assessSeries(input)
          return assessedElsewhere(assessment, assessmentJsonText(assessment))
        }),
      }
    } catch {
      // The main thread assesses the chunk again itself, and its error surfaces there.
      done = { chunk: message.chunk, series: null }
    }
    port.postMessage(done)
  })
} else {
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
    port.postMessage({ chunk, assessments } satisfies ChunkDone)
  }
}
