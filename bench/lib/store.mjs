/**
 * The `store` scenario: past one process's memory. The national dataset at 32× its communes
 * (`TIENDO_BENCH_STORE_SCALE`) is ingested once into a DuckDB store (kept in
 * `bench/.data/scale-32/store.duckdb` for the next run), then `tiendo report --store …
 * --unit P` runs for a few provinces (`TIENDO_BENCH_STORE_UNITS`, default the first, a middle
 * and the last), each a fresh process: its seconds and peak memory, beside the baseline of the
 * same run: the first province's report read from the same data's files, where every row of
 * the country is read to keep a province's. Then the country's own report over the store,
 * `tiendo report --store … --in-parts`: every province, then the country from their figures,
 * one JSON report (`TIENDO_BENCH_STORE_COUNTRY=0` leaves it out: it takes minutes).
 */
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataPaths, ensureNationalData } from './data-files.mjs'
import { runMeasured } from './measure.mjs'
import { COMMUNES, PROVINCES } from './national.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '../..')
const CLI = join(ROOT, 'packages/cli/dist/bin.js')

/** The size of the stored country: `TIENDO_BENCH_STORE_SCALE=32` (the default). */
export const STORE_SCALE = Math.max(1, Number(process.env.TIENDO_BENCH_STORE_SCALE ?? 32) || 32)

const code = (n) => String(n).padStart(2, '0')

/** The provinces reported: `TIENDO_BENCH_STORE_UNITS=01,17`, else the first, a middle and the last. */
export const STORE_UNITS = process.env.TIENDO_BENCH_STORE_UNITS?.split(',') ?? [
  code(1),
  code(Math.ceil(PROVINCES / 2)),
  code(PROVINCES),
]

/** A pack file holds at most 10 MB: a bigger one is written as two, the second extending the first. */
const PACK_FILE_BYTES = 10 * 1024 * 1024

/** The pack as files Tiendo loads: itself, or split in two by its units. */
function loadablePack(packPath) {
  if (statSync(packPath).size <= PACK_FILE_BYTES) return packPath
  const dir = dirname(packPath)
  const split = join(dir, 'national.split.pack.json')
  const units = join(dir, 'national.units.pack.json')
  if (existsSync(split) && statSync(split).mtimeMs >= statSync(packPath).mtimeMs) return split
  const pack = JSON.parse(readFileSync(packPath, 'utf8'))
  const half = Math.ceil(pack.units.length / 2)
  writeFileSync(
    units,
    JSON.stringify({ ...pack, id: `${pack.id}-units`, units: pack.units.slice(0, half) }),
  )
  const { id, version, title } = pack
  writeFileSync(
    split,
    JSON.stringify({
      id,
      version,
      title,
      extends: './national.units.pack.json',
      units: pack.units.slice(half),
    }),
  )
  return split
}

/** Ingests the dataset into a store unless one made from the same data is there; its ingest run. */
async function ensureStore(dir, meta, paths) {
  const store = join(dir, 'store.duckdb')
  const marker = join(dir, 'store.meta.json')
  const made = JSON.stringify(meta)
  if (existsSync(store) && existsSync(marker) && readFileSync(marker, 'utf8') === made) {
    return { store, ingest: null }
  }
  rmSync(store, { force: true })
  rmSync(`${store}.wal`, { force: true })
  const run = await runMeasured(
    process.execPath,
    [join(HERE, 'ingest-store.mjs'), store, paths.observations, paths.records],
    { cwd: ROOT },
  )
  if (run.code !== 0) throw new Error(`ingest exited ${run.code}: ${run.stderr.trim().slice(-400)}`)
  writeFileSync(marker, made)
  return {
    store,
    ingest: {
      seconds: Number(run.seconds.toFixed(2)),
      peakRssMB: run.peakRssMB,
      storeMB: Math.round(statSync(store).size / 2 ** 20),
    },
  }
}

/** `tiendo report … --unit U --format json`, measured; the rows it read, from its report. */
async function reportOf(args, unit, output) {
  rmSync(output, { force: true })
  const run = await runMeasured(
    process.execPath,
    [CLI, 'report', ...args, '--unit', unit, '--format', 'json', '--output', output],
    { cwd: ROOT },
  )
  if ((run.code !== 0 && run.code !== 1) || !existsSync(output)) {
    return {
      unit,
      error: `exited ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    }
  }
  const report = JSON.parse(readFileSync(output, 'utf8'))
  rmSync(output, { force: true })
  return {
    unit,
    seconds: Number(run.seconds.toFixed(2)),
    peakRssMB: run.peakRssMB,
    rows: report.validation.stats.rows,
    series: report.targets.length,
  }
}

/** `tiendo report --store … --in-parts`, measured; what its report says it covered. */
async function countryReport(store, pack, output) {
  rmSync(output, { force: true })
  const run = await runMeasured(
    process.execPath,
    [CLI, 'report', '--store', store, '--pack', pack, '--in-parts', '--output', output],
    { cwd: ROOT },
  )
  if ((run.code !== 0 && run.code !== 1) || !existsSync(output)) {
    return { error: `exited ${run.code}: ${run.stderr.trim().split('\n').slice(-3).join(' | ')}` }
  }
  const reportMB = Math.round(statSync(output).size / 2 ** 20)
  // The counts are at the top of the report: a 1.7 GB file is not read for them.
  const fd = openSync(output, 'r')
  const bytes = Buffer.alloc(4096)
  const head = bytes.subarray(0, readSync(fd, bytes, 0, bytes.length, 0)).toString('utf8')
  closeSync(fd)
  rmSync(output, { force: true })
  const rows = Number(/"rows": (\d+)/.exec(head)?.[1] ?? Number.NaN)
  return {
    seconds: Number(run.seconds.toFixed(2)),
    peakRssMB: run.peakRssMB,
    rows,
    reportMB,
  }
}

/** Runs the scenario over `data` (bench/.data); `log` reports progress. */
export async function storeScenario(data, log) {
  const dir = join(data, `scale-${STORE_SCALE}`)
  log(`bench: store (${STORE_SCALE}× national into a DuckDB store unless present)…`)
  const meta = await ensureNationalData(dir, COMMUNES * STORE_SCALE)
  const paths = dataPaths(dir)
  const { store, ingest } = await ensureStore(dir, meta, paths)
  const pack = loadablePack(paths.pack)
  const output = join(data, 'out', 'store-report.json')
  log(`bench: store: province ${STORE_UNITS[0]} from the files…`)
  const files = await reportOf(
    [paths.observations, '--records', paths.records, '--pack', pack],
    STORE_UNITS[0],
    output,
  )
  const provinces = []
  for (const unit of STORE_UNITS) {
    log(`bench: store: province ${unit}…`)
    const stored = await reportOf(['--store', store, '--pack', pack], unit, output)
    const ratio = (a, b) => (a == null || b == null ? null : Number((a / b).toFixed(2)))
    provinces.push({
      ...stored,
      vsFiles: ratio(files.seconds, stored.seconds),
      memoryVsFiles: ratio(stored.peakRssMB, files.peakRssMB),
    })
  }
  const measured = provinces.filter((p) => p.error === undefined)
  let country = null
  if (process.env.TIENDO_BENCH_STORE_COUNTRY !== '0') {
    log('bench: store: the whole country in parts…')
    country = await countryReport(store, pack, output)
  }
  return {
    baseline: `tiendo report … --unit ${STORE_UNITS[0]} over the same data's files, in this run`,
    files,
    scale: STORE_SCALE,
    items: meta.rows.observations + meta.rows.records,
    storeMB: Math.round(statSync(store).size / 2 ** 20),
    ingest,
    provinces,
    largestPeakRssMB: measured.length === 0 ? null : Math.max(...measured.map((p) => p.peakRssMB)),
    country,
  }
}

/** The goal for the store: a report over a 32× store under 1 GB, a province's and the country's. */
export function storeGoals(result) {
  if (result === undefined) return {}
  return {
    ...(result.largestPeakRssMB == null
      ? {}
      : { storeProvinceReportUnder1GB: result.largestPeakRssMB < 1024 }),
    ...(result.country?.peakRssMB == null
      ? {}
      : { storeCountryReportUnder1GB: result.country.peakRssMB < 1024 }),
  }
}
