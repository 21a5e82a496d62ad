/**
 * `npm run bench`: Tiendo at national scale against two baselines measured in the same run —
 * a hand-written loop (the practical floor) and json-rules-engine used naively (a new engine
 * per scope). Generates the synthetic national dataset into `bench/.data` (gitignored), runs
 * every scenario × implementation in a fresh child process (peak memory per scenario), writes
 * `bench/results.json` and prints a table. See docs/performance.md.
 *
 * Environment: `TIENDO_BENCH_ONLY=validate,evaluate` runs some scenarios; `TIENDO_BENCH_SCALE=1,2,4,8`
 * the sizes of `scale`; `TIENDO_BENCH_STORE_SCALE=32` and `TIENDO_BENCH_STORE_UNITS=01,17,34`
 * the store and provinces of `store`; `TIENDO_BENCH_STREAM_MB` sets the
 * size of the streamed file (default 1000 MB); `TIENDO_BENCH_KEEP_DATA=0` deletes the big file after.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { dataPaths, ensureNationalData } from './lib/data-files.mjs'
import { resultsMarkdown } from './lib/markdown.mjs'
import { memoryProbe, runMeasured } from './lib/measure.mjs'
import { scaleGoals, scaleScenario } from './lib/scale.mjs'
import { storeGoals, storeScenario } from './lib/store.mjs'
import { ensureBigCsv, STREAM_BYTES } from './lib/stream.mjs'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..')
const DATA = join(HERE, '.data')
const OUT = join(DATA, 'out')
const CLI = join(ROOT, 'packages/cli/dist/bin.js')
const only = process.env.TIENDO_BENCH_ONLY?.split(',')
const wanted = (name) => only === undefined || only.includes(name)

const log = (text) => process.stderr.write(`${text}\n`)
const round = (value, digits = 3) => (value === null ? null : Number(value.toFixed(digits)))

/** Runs `bench/scenario.mjs` in a fresh process and returns its JSON line (or the error). */
function child(scenario, impl, extra = []) {
  const args = [
    '--max-old-space-size=4096',
    join(HERE, 'scenario.mjs'),
    scenario,
    impl,
    DATA,
    ...extra,
  ]
  const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 })
  const line = run.stdout.trim().split('\n').at(-1)
  if (run.status !== 0 || !line?.startsWith('{')) {
    return {
      error: `${scenario}/${impl} exited ${run.status}: ${run.stderr.trim().split('\n').slice(-6).join(' | ')}`,
    }
  }
  return JSON.parse(line)
}

/** `tiendo <command>` (or the hand-written equivalent) as a measured subprocess. */
async function command(impl, name, paths) {
  mkdirSync(OUT, { recursive: true })
  const output = join(OUT, `${impl}-${name}.json`)
  rmSync(output, { force: true })
  const run =
    impl === 'tiendo'
      ? await runMeasured(
          process.execPath,
          [
            CLI,
            name,
            paths.observations,
            '--records',
            paths.records,
            '--pack',
            paths.pack,
            '--format',
            'json',
            '--output',
            output,
          ],
          { cwd: ROOT },
        )
      : await runMeasured(
          process.execPath,
          [
            join(HERE, 'lib/hand-e2e.mjs'),
            name,
            paths.pack,
            paths.observations,
            paths.records,
            output,
          ],
          { cwd: ROOT },
        )
  // 0: nothing failed; 1: the data broke a rule (it does, on purpose); 2: could not run.
  if (run.code !== 0 && run.code !== 1) {
    return {
      error: `${impl} ${name} exited ${run.code}: ${run.stderr.trim().split('\n').slice(-4).join(' | ')}`,
    }
  }
  if (!existsSync(output)) return { error: `${impl} ${name} wrote no ${output}` }
  return { seconds: run.seconds, peakRssMB: run.peakRssMB, exitCode: run.code }
}

/** Runs of `tiendo report` (and of the hand-written floor), alternated: the median is reported. */
const E2E_RUNS = Math.max(1, Math.floor(Number(process.env.TIENDO_BENCH_E2E_RUNS ?? 3)) || 3)

/**
 * What an official runs for the whole picture: `tiendo report … --format json`, one process
 * that reads the files once, validates, evaluates and assesses — run `E2E_RUNS` times,
 * alternated with the hand-written floor's runs (`whole`), since this machine's speed drifts
 * from one minute to the next: the median time is reported with every sample, and the
 * largest peak of memory. The three single commands run after it as a per-command breakdown
 * (`commands`), each reading the files again.
 */
async function endToEnd(impl, paths, items, whole) {
  const failed = whole.find((run) => run.error)
  if (failed) return { error: failed.error }
  const commands = {}
  for (const name of ['validate', 'evaluate', 'assess']) {
    const step = await command(impl, name, paths)
    if (step.error) return { error: step.error, commands }
    commands[name] = {
      seconds: round(step.seconds),
      peakRssMB: step.peakRssMB,
      exitCode: step.exitCode,
    }
  }
  const seconds = whole.map((run) => run.seconds)
  return {
    seconds: median(seconds),
    samples: seconds.map(round),
    peakRssMB: Math.max(...whole.map((run) => run.peakRssMB)),
    exitCode: whole[0].exitCode,
    items,
    commands,
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * The derived figures of Tiendo and of the hand-written floor side by side: how many both
 * derive with the same value, with another value, and how many only one derives, with a few
 * examples of each difference.
 */
function compareFigures(ours, theirs) {
  const hand = new Map(theirs)
  const tiendo = new Map(ours)
  const out = { same: 0, otherValue: 0, onlyTiendo: 0, onlyHand: 0, examples: {} }
  const example = (kind, key, detail) => {
    out.examples[kind] ??= []
    const list = out.examples[kind]
    if (list.length < 5) list.push(detail === undefined ? key : `${key}: ${detail}`)
  }
  for (const [key, value] of tiendo) {
    if (!hand.has(key)) {
      out.onlyTiendo++
      example('onlyTiendo', key)
    } else if (hand.get(key) === value) out.same++
    else {
      out.otherValue++
      example('otherValue', key, `tiendo ${value}, hand ${hand.get(key)}`)
    }
  }
  for (const key of hand.keys()) {
    if (tiendo.has(key)) continue
    out.onlyHand++
    example('onlyHand', key)
  }
  return out
}

/** Whether the implementations' result counts agree (`summary`), as text for the report. */
function agreement(ours, other) {
  if (!ours?.summary || !other?.summary || Object.keys(other.summary).length === 0) return null
  const a = JSON.stringify(ours.summary)
  const b = JSON.stringify(other.summary)
  return a === b ? 'same results' : `results differ: tiendo ${a} vs ${b}`
}

const throughput = (run) => (run && !run.error && run.seconds > 0 ? run.items / run.seconds : null)

function scenarioResult(ours, hand, naive, naiveNote) {
  if (ours.error) {
    const failed = {
      seconds: null,
      peakRssMB: null,
      items: null,
      itemsPerSecond: null,
      vsHandwritten: null,
      vsNaiveEngine: null,
      error: ours.error,
    }
    // The commands that did run (endToEnd) are still worth reporting.
    if (ours.commands) {
      failed.commands = { tiendo: ours.commands, handwritten: hand?.commands ?? null }
    }
    return failed
  }
  const mine = throughput(ours)
  const notes = []
  if (hand?.error) notes.push(`hand-written: ${hand.error}`)
  if (naive?.error) notes.push(`naive engine: ${naive.error}`)
  if (naive?.note) notes.push(`naive engine: ${naive.note}`)
  if (naiveNote) notes.push(`naive engine: ${naiveNote}`)
  const checks = [agreement(ours, hand)].filter(Boolean)
  const result = {
    seconds: round(ours.seconds),
    peakRssMB: ours.peakRssMB,
    items: ours.items,
    itemsPerSecond: Math.round(mine),
    vsHandwritten: throughput(hand) ? round(mine / throughput(hand)) : null,
    vsNaiveEngine: throughput(naive) ? round(mine / throughput(naive)) : null,
    baselines: {
      handwritten:
        hand && !hand.error
          ? {
              seconds: round(hand.seconds),
              peakRssMB: hand.peakRssMB,
              itemsPerSecond: Math.round(throughput(hand)),
            }
          : null,
      naiveEngine:
        naive && !naive.error
          ? {
              seconds: round(naive.seconds),
              peakRssMB: naive.peakRssMB,
              itemsPerSecond: Math.round(throughput(naive)),
            }
          : null,
    },
  }
  if (checks.length > 0) result.check = checks.join('; ')
  if (notes.length > 0) result.note = notes.join(' ')
  if (ours.pipeline) result.pipeline = ours.pipeline
  if (ours.samples) {
    result.samples = { tiendo: ours.samples, handwritten: hand?.samples ?? null }
  }
  if (ours.commands) {
    result.commands = { tiendo: ours.commands, handwritten: hand?.commands ?? null }
  }
  if (ours.summary) result.summary = ours.summary
  return result
}

function machine() {
  const cpu = cpus()
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    memoryProbe: `in-process: process.resourceUsage().maxRSS; subprocesses: ${memoryProbe}`,
    loadAverageAtStart: readLoad(),
  }
}

function readLoad() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  } catch {
    return null
  }
}

// ---------------------------------------------------------------------------------------

const started = performance.now()
const info = machine()
if (!existsSync(CLI)) {
  log(
    'bench: packages/cli/dist/bin.js is missing: run `npm run build` first (`npm run bench` does).',
  )
  process.exit(2)
}
log('bench: generating the national dataset (bench/.data, reused when up to date)…')
const dataset = await ensureNationalData(DATA)
const paths = dataPaths(DATA)
const scenarios = {}

for (const name of ['validate', 'derive', 'evaluate', 'assess']) {
  if (!wanted(name)) continue
  log(`bench: ${name}…`)
  const ours = child(name, 'tiendo')
  const hand = child(name, 'hand')
  // A rules engine derives nothing: there is no naive way to measure for `derive`.
  const naive = name === 'derive' ? undefined : child(name, 'naive')
  scenarios[name] = scenarioResult(
    ours,
    hand,
    naive,
    name === 'derive'
      ? 'not applicable: json-rules-engine has no notion of a unit tree or of derived figures'
      : undefined,
  )
  if (name === 'derive' && !ours.error) {
    scenarios.derive.derived = ours.derived
    scenarios.derive.withheld = ours.withheld
    scenarios.derive.consistencyWarnings = ours.consistencyWarnings
    scenarios.derive.comparedWithHand = hand.error
      ? null
      : compareFigures(ours.figures, hand.figures)
  }
  if (name === 'evaluate') {
    // The CLI explains failures only; every passed result explained too, for the record.
    const all = child(name, 'tiendoExplainAll')
    scenarios[name].explainAll = all.error
      ? { error: all.error }
      : {
          seconds: round(all.seconds),
          peakRssMB: all.peakRssMB,
          itemsPerSecond: Math.round(throughput(all)),
          vsHandwritten: throughput(hand) ? round(throughput(all) / throughput(hand)) : null,
          check: agreement(all, hand),
        }
  }
}

if (wanted('endToEnd')) {
  log('bench: endToEnd (`tiendo report` as a subprocess, then each command alone)…')
  const items = dataset.rows.observations + dataset.rows.records
  const whole = { tiendo: [], hand: [] }
  for (let run = 0; run < E2E_RUNS; run++) {
    for (const impl of ['tiendo', 'hand']) whole[impl].push(await command(impl, 'report', paths))
  }
  const ours = await endToEnd('tiendo', paths, items, whole.tiendo)
  const hand = await endToEnd('hand', paths, items, whole.hand)
  scenarios.endToEnd = scenarioResult(
    ours,
    hand,
    undefined,
    'not measured end to end: a naive engine has no reader, validator or assessor of its own; its per-stage ratios are in validate, evaluate and assess',
  )
}

if (wanted('streamValidate')) {
  const big = join(DATA, 'stream.csv')
  log(
    `bench: streamValidate (writing ${STREAM_BYTES / 1e6} MB to bench/.data/stream.csv unless present)…`,
  )
  const file = await ensureBigCsv(big)
  const ours = child('streamValidate', 'tiendo', [big])
  const hand = child('streamValidate', 'hand', [big])
  scenarios.streamValidate = {
    ...scenarioResult(
      ours,
      hand,
      undefined,
      'not applicable: checking a row is not rule evaluation (the naive engine per unit × year is in validate); duplicates across a 1 GB file are not checked while streaming',
    ),
    fileMB: Math.round(file.size / 1e6),
    mbPerSecond: ours.error ? null : round(file.size / 1e6 / ours.seconds, 1),
  }
  if (process.env.TIENDO_BENCH_KEEP_DATA === '0') rmSync(big, { force: true })
}

if (wanted('scale')) {
  scenarios.scale = await scaleScenario(DATA, command, log)
}

if (wanted('store')) {
  scenarios.store = await storeScenario(DATA, log)
}

const results = {
  machine: info,
  dataset: { ...dataset, streamFileMB: STREAM_BYTES / 1e6 },
  ...withEarlierScenarios(scenarios),
  totalSeconds: round((performance.now() - started) / 1000, 1),
}
writeFileSync(join(HERE, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(join(DATA, 'results.md'), resultsMarkdown(results))
printTable(results)

/**
 * With `TIENDO_BENCH_ONLY`, the scenarios not re-run keep their figures from the previous
 * bench/results.json (same dataset), marked with the date they were measured.
 */
function withEarlierScenarios(fresh) {
  const file = join(HERE, 'results.json')
  if (only === undefined || !existsSync(file)) return { goals: goals(fresh), scenarios: fresh }
  const earlier = JSON.parse(readFileSync(file, 'utf8'))
  const merged = {}
  for (const [name, result] of Object.entries(earlier.scenarios ?? {})) {
    if (!wanted(name)) merged[name] = { measuredOn: earlier.machine?.date, ...result }
  }
  for (const [name, result] of Object.entries(fresh)) merged[name] = result
  const order = [
    'validate',
    'derive',
    'evaluate',
    'assess',
    'endToEnd',
    'streamValidate',
    'scale',
    'store',
  ]
  const scenarios = Object.fromEntries(
    Object.entries(merged).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)),
  )
  return { goals: goals(scenarios), rerun: only, scenarios }
}

function goals(s) {
  const e2e = s.endToEnd
  const ev = s.evaluate
  const st = s.streamValidate
  return {
    endToEndUnder10sAnd1GB: e2e?.seconds == null ? null : e2e.seconds < 10 && e2e.peakRssMB < 1024,
    evaluateVsHandwrittenAtLeastHalf: ev?.vsHandwritten == null ? null : ev.vsHandwritten >= 0.5,
    streamValidatePeakUnder300MB: st?.peakRssMB == null ? null : st.peakRssMB < 300,
    ...scaleGoals(s.scale),
    ...storeGoals(s.store),
  }
}

function printTable({ machine: m, scenarios: s, goals: g, totalSeconds }) {
  const n = (value, digits = 0) =>
    value == null ? '—' : Number(value).toLocaleString('en-US', { maximumFractionDigits: digits })
  const rows = [['scenario', 'items', 'seconds', 'items/s', 'peak MB', 'vs hand', 'vs naive']]
  // The scale scenario is a row per size, the store scenario a row per province.
  const flat = Object.entries(s).flatMap(([name, r]) =>
    name === 'scale'
      ? (r.sizes ?? []).map((size) => [
          `scale ${size.factor}×`,
          { ...size, itemsPerSecond: size.seconds ? size.items / size.seconds : null },
        ])
      : name === 'store'
        ? [
            ...(r.provinces ?? []).map((province) => [
              `store ${r.scale}× --unit ${province.unit}`,
              province,
            ]),
            ...(r.country?.seconds == null ? [] : [[`store ${r.scale}× --in-parts`, r.country]]),
          ].map(([label, run]) => [
            label,
            {
              ...run,
              vsHandwritten: null,
              items: run.rows,
              itemsPerSecond: run.seconds ? run.rows / run.seconds : null,
            },
          ])
        : [[name, r]],
  )
  for (const [name, r] of flat) {
    rows.push([
      name,
      n(r.items),
      n(r.seconds, 2),
      n(r.itemsPerSecond),
      n(r.peakRssMB),
      n(r.vsHandwritten, 3),
      n(r.vsNaiveEngine, 2),
    ])
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
  console.log(
    `\nTiendo bench — ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${m.date} (load at start ${m.loadAverageAtStart})`,
  )
  for (const row of rows) {
    console.log(
      row
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
        .join('  '),
    )
  }
  for (const [name, r] of flat) {
    if (r.error) console.log(`  ${name}: ERROR ${r.error}`)
    if (r.check && r.check !== 'same results') {
      console.log(`  ${name}: ${r.check}`)
      // Tiendo and the baseline disagree: a bug in one of them, not a slow run.
      process.exitCode = 1
    }
  }
  console.log(`goals: ${JSON.stringify(g)}  (total ${totalSeconds} s; bench/results.json)`)
}
