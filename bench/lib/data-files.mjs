/**
 * Writes the national dataset into the bench's work folder (`bench/.data`, gitignored) as
 * real files: the pack, the observations CSV and the records CSV. Files written by the same
 * generator version and seed from the same `vn-national` are reused.
 */
import { createHash } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { getBuiltInPack } from '@tiendo/packs'
import {
  AGENCIES,
  COMMUNES,
  GENERATOR_VERSION,
  indicatorLevels,
  nationalPack,
  observationRows,
  PROVINCES,
  recordRows,
  SEED,
  YEARS,
} from './national.mjs'

/** Quotes a CSV cell when it needs it (RFC 4180). */
export const csvCell = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

/** Writes rows to a CSV file through a stream, in chunks, waiting when the disk lags. */
export async function writeCsv(path, header, rows) {
  const out = createWriteStream(path)
  let chunk = `${header.join(',')}\n`
  let count = 0
  for (const row of rows) {
    chunk += `${row.map(csvCell).join(',')}\n`
    count++
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((done) => out.once('drain', done))
      chunk = ''
    }
  }
  out.write(chunk)
  await new Promise((done, fail) => out.end((error) => (error ? fail(error) : done())))
  return count
}

/** The paths of the generated files in `dir`. */
export const dataPaths = (dir) => ({
  pack: join(dir, 'national.pack.json'),
  observations: join(dir, 'observations.csv'),
  records: join(dir, 'records.csv'),
  meta: join(dir, 'national.meta.json'),
})

/**
 * Generates the dataset into `dir` unless an identical one is there; returns its description.
 * `communes` above 3,321 makes the bigger countries of the `scale` scenario.
 */
export async function ensureNationalData(dir, communes = COMMUNES) {
  const paths = dataPaths(dir)
  const base = getBuiltInPack('vn-national')
  // The generated pack copies vn-national's targets: a change there (a comparator mended)
  // must not leave an old copy in use.
  const baseHash = createHash('sha256').update(JSON.stringify(base)).digest('hex')
  if (existsSync(paths.meta)) {
    const meta = JSON.parse(readFileSync(paths.meta, 'utf8'))
    const complete = [paths.pack, paths.observations, paths.records].every((p) => existsSync(p))
    if (
      complete &&
      meta.seed === SEED &&
      meta.generator === GENERATOR_VERSION &&
      meta.base === baseHash &&
      meta.units.communes === communes
    ) {
      return meta
    }
  }
  mkdirSync(dir, { recursive: true })
  const pack = nationalPack(base, communes)
  writeFileSync(paths.pack, `${JSON.stringify(pack, null, 1)}\n`)
  const observations = await writeCsv(
    paths.observations,
    ['indicator', 'unit', 'period', 'value', 'status', 'source'],
    observationRows(base.indicators, SEED, communes),
  )
  const records = await writeCsv(
    paths.records,
    ['id', 'kind', 'unit', 'date', 'status', 'title'],
    recordRows(SEED + 1, communes),
  )
  const levels = indicatorLevels(base.indicators)
  const meta = {
    seed: SEED,
    generator: GENERATOR_VERSION,
    base: baseHash,
    years: `${YEARS[0]}–${YEARS.at(-1)}`,
    units: { country: 1, provinces: PROVINCES, communes, agencies: AGENCIES },
    indicatorsPerLevel: {
      country: levels.country.length,
      province: levels.province.length,
      commune: levels.commune.length,
    },
    targets: { national: base.targets.length, added: pack.targets.length },
    rules: pack.rules.length,
    rows: { observations, records },
  }
  writeFileSync(paths.meta, `${JSON.stringify(meta, null, 2)}\n`)
  return meta
}
