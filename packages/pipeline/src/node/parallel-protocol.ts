/** What the main thread and the assessment workers exchange. @internal */
import type { AssessmentJson } from '@tiendo/forecast'
import type { AssessedElsewhere } from '../stages/assessed-elsewhere'

/** The `workerData` of an assessment worker. */
export interface WorkerJob {
  /** Every series' `assessProgress` input, as one JSON text (cheaper to send than objects). */
  readonly inputs: string
  /** One Int32: the next chunk to take, shared by every thread. */
  readonly counter: SharedArrayBuffer
  readonly chunkSize: number
}

/** A worker's message: one chunk assessed. */
export interface ChunkDone {
  readonly chunk: number
  readonly assessments: readonly AssessmentJson[]
}

/** A chunk the main thread sends a streaming worker (one started without `workerData`). */
export interface StreamedChunk {
  readonly chunk: number
  /** The chunk's `assessProgress` inputs, as one JSON text. */
  readonly inputs: string
}

/** A streaming worker's message: one chunk assessed, or null when it failed to. */
export interface StreamedDone {
  readonly chunk: number
  readonly series: readonly AssessedElsewhere[] | null
}

/** The series of a chunk, or null past the end. */
export function chunkRange(
  chunk: number,
  total: number,
  chunkSize: number,
): { start: number; end: number } | null {
  const start = chunk * chunkSize
  return start >= total ? null : { start, end: Math.min(start + chunkSize, total) }
}
