/**
 * A report spool on disk: one file a list in a folder of the system's temporary folder,
 * removed on `close`. A national run's figures and series pass through it, so the report is
 * written with one part's lists in memory at a time (or, for one run, without its series).
 * @internal
 */

import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { removeOnExit } from '@tiendo/io'
import type { ReportSpool, SpooledList, SpoolWriter } from '../parts/report-spool'
import { JsonLines } from '../report/json-lines'

/**
 * Bytes read from a spool file at a time: their text stays below V8's large-object size
 * (128 KB), so it is young garbage a scavenge takes back. A megabyte at a time made each
 * read a large object, left for full collections: writing a national report then grew the
 * heap by hundreds of megabytes of text already written.
 */
const READ_BYTES = 1 << 15

/** Bytes written to a spool file at a time. */
const WRITE_BYTES = 1 << 20

/**
 * A spool in a folder of its own under `folder` (named `tiendo-<name>-…`), removed by
 * `close` or, if the process exits first, as it exits. @internal
 */
export function fileSpool(folder: string = tmpdir(), name = 'parts'): ReportSpool {
  const dir = mkdtempSync(join(folder, `tiendo-${name}-`))
  // Removed even when the run is stopped: a national report spools hundreds of megabytes.
  const forget = removeOnExit(dir)
  const fileOf = (list: SpooledList) => join(dir, `${list}.jsonl`)
  const written = new Set<SpooledList>()
  const writer = (list: SpooledList) => {
    written.add(list)
    return lineWriter(fileOf(list))
  }
  return {
    append(list, texts) {
      const lines = writer(list)
      try {
        for (const text of texts) lines.write(text)
      } finally {
        lines.close()
      }
    },
    writer,
    lines(list) {
      return new JsonLines(() => (written.has(list) ? chunksOf(fileOf(list)) : []))
    },
    async close() {
      rmSync(dir, { recursive: true, force: true })
      forget()
    },
  }
}

/**
 * Appends lines to a file through a buffer of bytes. Each text is encoded as it comes, so
 * none outlives its turn: a batch of strings held until written would outlive V8's young
 * generation, and a national run's series would pile up as garbage only a full collection
 * takes back.
 */
function lineWriter(file: string): SpoolWriter {
  const fd = openSync(file, 'a')
  const buffer = Buffer.allocUnsafe(WRITE_BYTES)
  let used = 0
  const flush = () => {
    let done = 0
    while (done < used) done += writeSync(fd, buffer, done, used - done)
    used = 0
  }
  return {
    write(text) {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      const most = text.length * 3 + 1
      if (used + most > buffer.length) flush()
      if (most > buffer.length) {
        const bytes = Buffer.from(`${text}\n`)
        let done = 0
        while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done)
        return
      }
      used += buffer.write(text, used)
      buffer[used++] = 0x0a
    },
    close() {
      try {
        flush()
      } finally {
        closeSync(fd)
      }
    },
  }
}

/**
 * A file's bytes, {@link READ_BYTES} at a time, into one buffer: each chunk holds until the
 * next is asked for.
 */
function* chunksOf(file: string): Generator<Uint8Array> {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafeSlow(READ_BYTES)
    for (;;) {
      const bytes = readSync(fd, buffer, 0, READ_BYTES, null)
      if (bytes === 0) break
      yield buffer.subarray(0, bytes)
    }
  } finally {
    closeSync(fd)
  }
}
