/**
 * The `streamValidate` scenario: a 1 GB observation CSV generated on disk as a stream
 * (never held in memory; reused when one of the same size and seed is there), then validated
 * row by row in bounded memory — by Tiendo's streaming reader (`readObservations`) with the
 * row checks of `validate`, and by a hand-written line splitter with the same checks.
 *
 * Streaming validation checks each row on its own: schema, indicator and unit references,
 * bounds, periods in the future. Duplicates across the whole file need every key in memory
 * and are `validate`'s (in-memory) job, so the file cycles over the national units freely.
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createUnitRegistry, toExact } from '@tiendo/core'
import { isTiendoIssue, readObservations } from '@tiendo/io'
import { Decimal } from 'decimal.js'
import { csvRows } from './hand.mjs'
import { COMMUNE_INDICATORS, COMMUNES, communeCode, SEED, YEARS } from './national.mjs'
import { prng } from './random.mjs'

/** Size of the file; `TIENDO_BENCH_STREAM_MB` overrides it (e.g. for a quick try). */
export const STREAM_BYTES = Number(process.env.TIENDO_BENCH_STREAM_MB ?? 1000) * 1_000_000

/** Writes the big CSV unless a file of that size and seed is already there. */
export async function ensureBigCsv(path, bytes = STREAM_BYTES) {
  const metaPath = `${path}.meta.json`
  if (existsSync(path) && existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'))
    if (meta.bytes === bytes && meta.seed === SEED && statSync(path).size === meta.size) return meta
  }
  const random = prng(SEED + 2)
  const out = createWriteStream(path)
  let size = 0
  let rows = 0
  let chunk = 'indicator,unit,period,value,status,source,note\n'
  const flush = async () => {
    size += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await new Promise((done) => out.once('drain', done))
    chunk = ''
  }
  outer: for (let round = 0; ; round++) {
    for (let c = 0; c < COMMUNES; c++) {
      const unit = communeCode(c)
      for (const indicator of COMMUNE_INDICATORS) {
        for (const year of YEARS) {
          const value = (random() * 100).toFixed(2)
          const note = rows % 50 === 0 ? '"báo cáo bổ sung, đã đối chiếu"' : ''
          chunk += `${indicator},${unit},${year},${value},actual,https://xa${unit}.gov.vn/bao-cao/${year}?lan=${round},${note}\n`
          rows++
        }
      }
      if (chunk.length > 1 << 20) {
        await flush()
        if (size >= bytes) break outer
      }
    }
  }
  await flush()
  await new Promise((done, fail) => out.end((error) => (error ? fail(error) : done())))
  const meta = { bytes, seed: SEED, size: statSync(path).size, rows }
  writeFileSync(metaPath, `${JSON.stringify(meta)}\n`)
  return meta
}

/** Indicators with exact bounds, by id. */
function boundsOf(pack) {
  return new Map(
    (pack.indicators ?? []).map((indicator) => [
      indicator.id,
      {
        min: indicator.bounds?.min === undefined ? undefined : toExact(indicator.bounds.min),
        max: indicator.bounds?.max === undefined ? undefined : toExact(indicator.bounds.max),
      },
    ]),
  )
}

/** Tiendo: `readObservations` (streaming CSV, schema, locations) and the row checks. */
export async function streamValidateTiendo(file, pack) {
  const indicators = boundsOf(pack)
  const registry = createUnitRegistry(pack.units ?? [])
  const resolved = new Map()
  const thisYear = new Date().toISOString().slice(0, 4)
  let rows = 0
  let errors = 0
  // The default row limit (10 million) guards against runaway files; this one is meant big.
  for await (const item of readObservations(file, { limits: { maxRows: 100_000_000 } })) {
    if (isTiendoIssue(item)) {
      if (item.severity === 'error') errors++
      continue
    }
    rows++
    const { observation } = item
    const range = indicators.get(observation.indicator)
    if (range === undefined) {
      errors++
      continue
    }
    const value = toExact(observation.value)
    if ((range.min && value.lt(range.min)) || (range.max && value.gt(range.max))) errors++
    if (observation.period.slice(0, 4) > thisYear) errors++
    const key = `${observation.unit}|${observation.period}`
    let ok = resolved.get(key)
    if (ok === undefined) {
      ok = registry.resolve(observation.unit, observation.period).ok
      resolved.set(key, ok)
    }
    if (!ok) errors++
  }
  return { rows, errors }
}

const DECIMAL = /^-?\d+(\.\d+)?$/
const YEAR = /^\d{4}$/

/** Hand-written: a chunked line splitter, `split(',')`, the same checks with decimal.js. */
export async function streamValidateHand(file, pack) {
  const indicators = new Map()
  for (const indicator of pack.indicators ?? []) {
    indicators.set(indicator.id, {
      min: indicator.bounds?.min === undefined ? undefined : new Decimal(indicator.bounds.min),
      max: indicator.bounds?.max === undefined ? undefined : new Decimal(indicator.bounds.max),
    })
  }
  const units = new Set((pack.units ?? []).map((unit) => unit.code))
  const thisYear = new Date().toISOString().slice(0, 4)
  let rows = -1 // the header
  let errors = 0
  const check = (line) => {
    if (line.length === 0) return
    rows++
    if (rows === 0) return
    const cells = line.includes('"') ? [...csvRows(line)][0] : line.split(',')
    const [indicatorId, unit, period, text] = cells
    const range = indicators.get(indicatorId)
    if (range === undefined || !units.has(unit) || !YEAR.test(period) || !DECIMAL.test(text)) {
      errors++
      return
    }
    const value = new Decimal(text)
    if ((range.min && value.lt(range.min)) || (range.max && value.gt(range.max))) errors++
    if (period > thisYear) errors++
  }
  let rest = ''
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const text = rest + chunk
    let start = 0
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      check(text.slice(start, text[end - 1] === '\r' ? end - 1 : end))
      start = end + 1
    }
    rest = text.slice(start)
  }
  check(rest)
  return { rows, errors }
}
