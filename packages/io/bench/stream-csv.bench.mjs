/**
 * `npm run bench` (io): how fast `readObservations` streams a large CSV, and how much memory
 * it holds while doing so. The file is synthetic (written to a temporary folder, removed
 * afterwards); `ROWS` sets its size (default 1 000 000 rows, about 75 MB; 13 000 000 rows is
 * about 1 GB). Memory is sampled while reading: bounded memory means the peak stays flat as
 * `ROWS` grows. Needs the package built (`npm run build`).
 */
import { createWriteStream, writeFileSync } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isTiendoIssue, readObservations } from '@tiendo/io'

const ROWS = Number(process.env.ROWS ?? 1_000_000)
const HERE = dirname(fileURLToPath(import.meta.url))

/** Writes `rows` observation rows, with Vietnamese notes and an occasional multi-line cell. */
async function writeCsv(path, rows) {
  const out = createWriteStream(path)
  const write = (text) =>
    out.write(text) ? undefined : new Promise((done) => out.once('drain', done))
  await write('\ufeffindicator,unit,period,value,status,source,note\r\n')
  for (let i = 0; i < rows; i++) {
    const note = i % 10_000 === 0 ? '"Ghi chú\r\nnhiều dòng"' : `Khánh Hòa, xã ${i % 3321}`
    await write(
      `dti_score,56.${i % 3321},${2015 + (i % 10)},${(i % 10_000) / 100},actual,https://dti.gov.vn,"${note.replaceAll('"', '')}"\r\n`,
    )
  }
  await new Promise((done) => out.end(done))
}

const dir = await mkdtemp(join(tmpdir(), 'tiendo-io-bench-'))
try {
  const file = join(dir, 'observations.csv')
  await writeCsv(file, ROWS)
  const bytes = (await stat(file)).size
  globalThis.gc?.()
  const baseline = process.memoryUsage()
  let peakRss = baseline.rss
  let peakHeap = baseline.heapUsed
  let observations = 0
  let issues = 0
  const start = performance.now()
  for await (const item of readObservations(file)) {
    if (isTiendoIssue(item)) issues++
    else observations++
    if ((observations + issues) % 10_000 === 0) {
      const now = process.memoryUsage()
      peakRss = Math.max(peakRss, now.rss)
      peakHeap = Math.max(peakHeap, now.heapUsed)
    }
  }
  const seconds = (performance.now() - start) / 1000
  const mb = (value) => Math.round((value / 1024 / 1024) * 10) / 10
  const result = {
    node: process.version,
    rows: ROWS,
    fileMB: mb(bytes),
    observations,
    issues,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(ROWS / seconds),
    mbPerSecond: Math.round((bytes / 1024 / 1024 / seconds) * 10) / 10,
    memoryMB: {
      rssBefore: mb(baseline.rss),
      rssPeak: mb(peakRss),
      heapBefore: mb(baseline.heapUsed),
      heapPeak: mb(peakHeap),
    },
  }
  if (observations !== ROWS || issues !== 0) throw new Error(`bench: ${JSON.stringify(result)}`)
  console.log(JSON.stringify(result, null, 2))
  writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(result, null, 2)}\n`)
} finally {
  await rm(dir, { recursive: true, force: true })
}
