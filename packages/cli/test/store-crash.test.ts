import { type ChildProcess, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { openStore } from '@tiendo/duckdb'
import { afterAll, describe, expect, it } from 'vitest'
import { seededRandom } from '../../../test-support/seeded-random'
import { bin, tiendoInProcess } from './tiendo'

// Whole submissions or nothing (#20): a process ingesting files into a store is killed with
// SIGKILL at seeded random points, and after each kill the store must open, hold whole
// submissions only (a prefix of the files, every one the process said it had ingested), say
// so through `tiendo history`, report exactly as a fresh store of those submissions, and take
// the remaining files. `npm test` runs a small, quick variant; `npm run test:crash` (in
// packages/cli) a heavier one through the `tiendo` command itself (see docs/store.md).
const RUNS = Number(process.env.TIENDO_CRASH_RUNS ?? 20)
const ROWS = Number(process.env.TIENDO_CRASH_ROWS ?? 600)
const SEED = Number(process.env.TIENDO_CRASH_SEED ?? 20)
/** `1`: the killed process is `tiendo validate … --store` itself, not the library's ingest. */
const THROUGH_CLI = process.env.TIENDO_CRASH_CLI === '1'
/** The longest wait, after the process says it started a file, before the kill. */
const MAX_DELAY_MS = Number(process.env.TIENDO_CRASH_MAX_DELAY_MS ?? 60)

const CHILD = join(import.meta.dirname, 'store-crash-child.mjs')

/** Agencies per province: enough for `ROWS` rows over the periods below. */
const AGENCIES = Math.max(4, Math.ceil(ROWS / 900))
const INDICATORS = ['phones', 'dossiers']
/** 35 years, then 420 months: periods no figure is in the future of `--today`. */
const PERIODS = [
  ...Array.from({ length: 35 }, (_, k) => String(1990 + k)),
  ...Array.from(
    { length: 420 },
    (_, k) => `${1990 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`,
  ),
]
const unitsOf = (province: string) => [
  province,
  ...Array.from({ length: AGENCIES }, (_, a) => `${province}.A${a + 1}`),
]

/** A small pack of its own, so each report costs little beside the kill. */
const PACK = {
  id: 'crash-test',
  version: '1.0.0',
  title: { vi: 'Kho thử', en: 'Store test' },
  indicators: INDICATORS.map((id) => ({
    id,
    name: { vi: id, en: id },
    unit: 'count',
    direction: 'increase',
    aggregation: { method: 'sum' },
  })),
  units: ['P1', 'P2'].flatMap((province) =>
    unitsOf(province).map((code) =>
      code === province
        ? { code, name: { vi: code, en: code }, kind: 'province' }
        : { code, name: { vi: code, en: code }, kind: 'agency', parent: province },
    ),
  ),
  targets: [
    {
      id: 'phones_2020',
      indicator: 'phones',
      unit: 'P1',
      comparator: 'gte',
      value: '60000',
      by: '2020',
    },
  ],
}

/** `rows` figures of a province's units, period by period, values drawn from `seed`. */
function observations(rows: number, province: string, seed: number): string {
  const random = seededRandom(seed)
  const lines = ['indicator,unit,period,value']
  for (const period of PERIODS) {
    for (const unit of unitsOf(province)) {
      for (const indicator of INDICATORS) {
        if (lines.length > rows) return `${lines.join('\n')}\n`
        lines.push(`${indicator},${unit},${period},${Math.floor(random() * 100_000)}`)
      }
    }
  }
  return `${lines.join('\n')}\n`
}

const dir = mkdtempSync(join(tmpdir(), 'tiendo-crash-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
// Two provinces' quarters and a correction of the first one's opening figures.
const FILES = {
  'quy-1.csv': observations(ROWS, 'P1', 1),
  'quy-2.csv': observations(ROWS, 'P2', 2),
  'quy-1-sua.csv': observations(Math.ceil(ROWS / 4), 'P1', 3),
}
writeFileSync(join(dir, 'crash.pack.json'), JSON.stringify(PACK))
const names = Object.keys(FILES)
for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text)
const hashes = names.map((name) =>
  createHash('sha256')
    .update(readFileSync(join(dir, name)))
    .digest('hex'),
)
const en = (args: readonly string[]) => tiendoInProcess([...args, '--lang', 'en'], dir)
const REPORT = ['--pack', 'crash.pack.json', '--today', '2025-06-30', '--format', 'json']

/** What a run saw of the process: the files it said it started and ended. */
interface Seen {
  started: string[]
  ingested: string[]
  exit: number | null
  killed: boolean
}

/** An ingesting process, started (its code loaded) but not yet told to begin. */
interface Ingester {
  readonly child: ChildProcess
  readonly lines: AsyncIterator<string>
  /** Its exit code, listened for from the start: it may end before it is looked at. */
  readonly exited: Promise<number | null>
}

/** Starts the ingesting process for `store`: the CLI at once, the library's once told to. */
function startIngester(store: string): Ingester {
  const child = THROUGH_CLI
    ? spawn(process.execPath, [bin, 'validate', ...names, '--store', store, ...REPORT], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '', LANG: 'C' },
        stdio: ['ignore', 'ignore', 'pipe'],
      })
    : spawn(process.execPath, [CHILD, store, ...names.map((name) => join(dir, name))], {
        cwd: dir,
        stdio: ['pipe', 'pipe', 'inherit'],
      })
  const output = THROUGH_CLI ? child.stderr! : child.stdout!
  const lines = createInterface({ input: output, crlfDelay: Infinity })[Symbol.asyncIterator]()
  const exited = new Promise<number | null>((done) => child.on('exit', done))
  return { child, lines, exited }
}

/** Lets the process ingest, and kills it `delay` ms after it says it started file `at`. */
async function ingestAndKill({ child, lines, exited }: Ingester, at: number, delay: number) {
  const seen: Seen = { started: [], ingested: [], exit: null, killed: false }
  if (!THROUGH_CLI) {
    expect((await lines.next()).value).toBe('ready')
    child.stdin!.write('go\n')
  }
  for (let line = await lines.next(); !line.done; line = await lines.next()) {
    const started = /^ingesting (?:into the store: )?(\S+?)…?$/.exec(line.value)
    const ingested = /^ingested (?:into the store: )?(\S+)/.exec(line.value)
    if (ingested) seen.ingested.push(ingested[1]!)
    if (!started) continue
    seen.started.push(started[1]!)
    if (seen.started.length === at) {
      setTimeout(() => {
        seen.killed = child.kill('SIGKILL')
      }, delay)
    }
  }
  seen.exit = await exited
  return seen
}

/** The report over a fresh store of the first `count` files, made once per count. */
const fresh = new Map<number, { code: number; stdout: string }>()
async function freshReport(count: number) {
  if (!fresh.has(count)) {
    const store = `fresh-${count}.duckdb`
    // Made as ingesting makes it, even with nothing in it: a killed ingest leaves its store.
    ;(await openStore(join(dir, store))).close()
    for (const name of names.slice(0, count))
      await en(['validate', name, '--store', store, ...REPORT])
    const { code, stdout, stderr } = await en(['report', '--store', store, ...REPORT])
    fresh.set(count, { code, stdout: stdout || stderr.replaceAll(store, 'STORE') })
  }
  return fresh.get(count)!
}

describe('a store after kill -9 mid-ingest', () => {
  it(
    `holds whole submissions only, says which, and reports as a fresh store of them (${RUNS} runs)`,
    async () => {
      const random = seededRandom(SEED)
      const phases = new Map<string, number>()
      let next: Ingester | undefined
      for (let run = 0; run < RUNS; run++) {
        const store = `crash-${run}.duckdb`
        const at = 1 + Math.floor(random() * names.length)
        const delay = Math.floor(random() * MAX_DELAY_MS)
        // The next library process loads its code while this one's store is checked (the CLI
        // would start ingesting at once: it is started when its turn comes).
        const ingester = next ?? startIngester(join(dir, store))
        const more = !THROUGH_CLI && run + 1 < RUNS
        next = more ? startIngester(join(dir, `crash-${run + 1}.duckdb`)) : undefined
        const seen = await ingestAndKill(ingester, at, delay)
        const where = `run ${run} (seed ${SEED}): killed ${delay} ms after starting file ${at}`
        // The process was killed, or finished cleanly before the kill came.
        expect(seen.killed || seen.exit === 0, where).toBe(true)
        const phase =
          seen.ingested.length === names.length
            ? 'after every file'
            : `during file ${seen.started.length}`
        phases.set(phase, (phases.get(phase) ?? 0) + 1)

        // tiendo says what the store holds: every submission complete, nothing stray.
        const history = await en(['history', '--store', store, '--format', 'json'])
        expect(history.code, `${where}\n${history.stderr}`).toBe(0)
        const held = JSON.parse(history.stdout)
        expect(held, where).toMatchObject({ complete: true, strayItems: 0 })
        const count = held.submissions.length
        // A prefix of the files, each whole, and every file the process said was in.
        expect(
          held.submissions.map((s: { name: string; contentHash: string }) => [
            s.name,
            s.contentHash,
          ]),
          where,
        ).toEqual(names.slice(0, count).map((name, i) => [name, hashes[i]]))
        expect(count, where).toBeGreaterThanOrEqual(seen.ingested.length)
        expect(count, where).toBeLessThanOrEqual(seen.started.length)

        // Reporting over it gives what a fresh store of the complete submissions gives.
        const report = await en(['report', '--store', store, ...REPORT])
        const expected = await freshReport(count)
        expect(report.code, where).toBe(expected.code)
        expect(report.stdout || report.stderr.replaceAll(store, 'STORE'), where).toBe(
          expected.stdout,
        )

        // And it takes the rest: the files it lacks are ingested, the others recognised.
        const reopened = await openStore(join(dir, store))
        for (const name of names) await reopened.ingest(join(dir, name), { name })
        const all = (await reopened.submissions()).map((s) => s.contentHash)
        reopened.close()
        expect(all, where).toEqual(hashes)
      }
      // The kills landed while files were being ingested, not only after.
      expect(
        [...phases.keys()].some((phase) => phase.startsWith('during')),
        JSON.stringify([...phases]),
      ).toBe(true)
      if (process.env.TIENDO_CRASH_VERBOSE)
        console.log(`${RUNS} runs: ${JSON.stringify([...phases])}`)
    },
    Math.max(180_000, RUNS * 30_000),
  )
})
