/**
 * A report spool on disk: one file a list in a folder of the system's temporary folder,
 * removed on `close`. A national run's figures and series pass through it, so the report is
 * written with one part's lists in memory at a time. @internal
 */

import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { StringDecoder } from 'node:string_decoder'
import type { ReportSpool, SpooledList } from '../parts/report-spool'

/** Bytes read from a spool file at a time. */
const READ_BYTES = 1 << 20

/** @internal */
export function fileSpool(folder: string = tmpdir()): ReportSpool {
  const dir = mkdtempSync(join(folder, 'tiendo-parts-'))
  const fileOf = (list: SpooledList) => join(dir, `${list}.jsonl`)
  const written = new Set<SpooledList>()
  return {
    append(list, texts) {
      const fd = openSync(fileOf(list), 'a')
      try {
        let batch: string[] = []
        for (const text of texts) {
          batch.push(text)
          if (batch.length === 512) {
            writeSync(fd, `${batch.join('\n')}\n`)
            batch = []
          }
        }
        if (batch.length > 0) writeSync(fd, `${batch.join('\n')}\n`)
      } finally {
        closeSync(fd)
      }
      written.add(list)
    },
    texts(list) {
      return written.has(list) ? linesOf(fileOf(list)) : []
    },
    async close() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A file's lines, read a megabyte at a time (a character cut between reads kept whole). */
function* linesOf(file: string): Generator<string> {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(READ_BYTES)
    const decoder = new StringDecoder('utf8')
    let rest = ''
    for (;;) {
      const bytes = readSync(fd, buffer, 0, READ_BYTES, null)
      if (bytes === 0) break
      const text = rest + decoder.write(buffer.subarray(0, bytes))
      const lines = text.split('\n')
      rest = lines.pop()!
      yield* lines
    }
    rest += decoder.end()
    if (rest !== '') yield rest
  } finally {
    closeSync(fd)
  }
}
