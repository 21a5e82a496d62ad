/**
 * Reading in Node: everything the browser reads, and files on disk (CSV and NDJSON
 * streamed in bounded memory), all from `@tiendo/io`'s Node entry. @internal
 */

import { resolve } from 'node:path'
import * as io from '@tiendo/io'
import { makeReaders } from '../read/make-readers'
import { kindOfRows } from '../read/open-source'
import type { Readers } from '../read/readers'

/** @internal */
export function nodeReaders(cwd: string): Readers {
  return makeReaders(io, async (source, context) => {
    // Read from `cwd`, but named as the caller wrote it in every issue.
    const path = resolve(cwd, source.path)
    const options = {
      limits: context.limits,
      sheet: context.sheet,
      signal: context.signal,
      displayName: source.name ?? source.path,
    }
    const kind = source.kind ?? (await kindOfRows(io.readRows(path, options)))
    const batches =
      kind === 'records'
        ? io.readRecordBatches(path, options)
        : io.readObservationBatches(path, { ...options, numberLocale: context.numberLocale })
    return { kind, batches }
  })
}
