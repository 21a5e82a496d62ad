/**
 * `npm run bench` (rules): rule evaluation at national scale, in scopes (unit × period) per
 * second, for Tiendo's `evaluate` (compiled conditions, the default, and `mode: 'engine'`,
 * json-rules-engine itself), a hand-written loop computing the same outcomes, and
 * json-rules-engine used naively (a new engine per scope), with the ratios between them.
 * Data is synthetic and seeded, so every run measures the same work; the contenders take
 * turns, so a busy machine slows them alike. Needs the packages built (`npm run build`).
 * `RULES=<path>` benches another build of `@tiendo/rules`.
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import {
  AGENCIES,
  COMMUNES,
  communeRules,
  generate,
  PROVINCES,
  pack,
  quotaRule,
  YEARS,
} from './data.mjs'
import { communeLoop, quotaLoop } from './hand-loop.mjs'
import { naiveRun } from './naive.mjs'

const { compilePack, createMemoryFactSource, evaluate } = await import(
  process.env.RULES ?? '@tiendo/rules'
)

/** Scopes the naive engine runs over: it is slow, so an evenly spread sample is timed. */
const NAIVE_SCOPES = Number(process.env.NAIVE_SCOPES ?? 10_000)
const REPEATS = Number(process.env.REPEATS ?? 3)

function compile(rules) {
  const compiled = compilePack(pack(rules))
  if (!compiled.ok) throw new Error(`bench pack: ${JSON.stringify(compiled.issues, null, 2)}`)
  return compiled.pack
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

// A full collection before each timed run: no contender pays for another's garbage.
setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc')

/**
 * Times tasks taking turns, `repeats` rounds, each run starting on a collected heap: per task
 * the median time in seconds. Results are dropped as soon as made (check them beforehand).
 */
async function timeInTurns(tasks, repeats = REPEATS) {
  const seconds = tasks.map(() => [])
  for (let round = 0; round < repeats; round++) {
    for (const [i, task] of tasks.entries()) {
      collect()
      const start = performance.now()
      await task()
      seconds[i].push((performance.now() - start) / 1000)
    }
  }
  return tasks.map((_, i) => ({ seconds: median(seconds[i]) }))
}

/** Stops the bench if Tiendo and the hand-written loop disagree on any outcome. */
function check(name, ours, hand) {
  if (ours.length !== hand.length)
    throw new Error(`${name}: ${ours.length} results, loop ${hand.length}`)
  ours.forEach((result, i) => {
    const other = hand[i]
    const same =
      result.ruleId === other.ruleId &&
      result.unit === other.unit &&
      result.period === other.period &&
      result.outcome === other.outcome &&
      (other.message === undefined || result.message?.en === other.message)
    if (!same) throw new Error(`${name}: result ${i} differs: ${JSON.stringify([result, other])}`)
  })
}

/**
 * Warm-up and checks, before any timing: both modes give identical evaluations, with the
 * same outcomes as the hand-written loop. Returns only counts, so no evaluation stays alive.
 */
async function checked(name, compiled, source, loop) {
  const reference = await evaluate(compiled, source, { mode: 'engine' })
  const evaluation = await evaluate(compiled, source)
  if (!isDeepStrictEqual(evaluation, reference))
    throw new Error(`${name}: compiled and engine evaluations differ`)
  check(name, evaluation.results, loop(source, YEARS))
  return { summary: evaluation.summary, results: evaluation.results.length }
}

async function scenario(name, rules, source, loop, scopesOf) {
  const compiled = compile(rules)
  const evaluation = await checked(name, compiled, source, loop)
  const [ours, engine, hand] = await timeInTurns([
    () => evaluate(compiled, source),
    () => evaluate(compiled, source, { mode: 'engine' }),
    () => loop(source, YEARS),
  ])
  const scopes = evaluation.summary.scopes
  const all = scopesOf(source)
  const step = Math.max(1, Math.ceil(all.length / NAIVE_SCOPES))
  const naiveScopes = all.filter((_, i) => i % step === 0)
  await naiveRun(compiled.rules, source, naiveScopes.slice(0, 500)) // warm-up
  const [naive] = await timeInTurns([() => naiveRun(compiled.rules, source, naiveScopes)], 1)
  const perSecond = {
    compiled: Math.round(scopes / ours.seconds),
    engine: Math.round(scopes / engine.seconds),
    handLoop: Math.round(scopes / hand.seconds),
    naiveEngine: Math.round(naiveScopes.length / naive.seconds),
  }
  const ratio = (a, b) => Math.round((a / b) * 100) / 100
  return {
    scenario: name,
    rules: rules.length,
    scopes,
    results: evaluation.results,
    failed: evaluation.summary.failed,
    skipped: evaluation.summary.skipped,
    scopesPerSecond: perSecond,
    ratios: {
      compiledVsHandwritten: ratio(perSecond.compiled, perSecond.handLoop),
      engineVsHandwritten: ratio(perSecond.engine, perSecond.handLoop),
      compiledVsEngine: ratio(perSecond.compiled, perSecond.engine),
      compiledVsNaiveEngine: ratio(perSecond.compiled, perSecond.naiveEngine),
    },
    seconds: {
      compiled: ours.seconds,
      engine: engine.seconds,
      handLoop: hand.seconds,
      naiveEngine: naive.seconds,
    },
    naiveScopesTimed: naiveScopes.length,
  }
}

const scopesOver = (kinds) => (source) =>
  YEARS.flatMap((period) => source.units(period, kinds).map((unit) => ({ unit, period })))

const data = generate()
const source = createMemoryFactSource(data)
const results = [
  await scenario(
    'dx_product quota, agencies + communes',
    [quotaRule],
    source,
    quotaLoop,
    scopesOver(['agency', 'commune']),
  ),
  await scenario('4 rules, communes', communeRules, source, communeLoop, scopesOver(['commune'])),
]

const n = (value) => value.toLocaleString('en-US')
console.log(
  `rules bench: ${PROVINCES} provinces, ${n(COMMUNES)} communes, ${n(AGENCIES)} agencies, ${YEARS.length} years ` +
    `(${YEARS[0]}–${YEARS.at(-1)}), ${n(data.records.length)} product records, ${n(data.observations.length)} observations`,
)
console.log(
  `median of ${REPEATS} runs, taking turns, each on a collected heap; the naive engine is timed once, on every n-th scope (about ${n(NAIVE_SCOPES)} per scenario)\n`,
)
const rows = [
  [
    'scenario',
    'scopes',
    'compiled/s',
    'engine/s',
    'hand loop/s',
    'naive/s',
    'vs hand',
    'engine vs hand',
    'vs engine',
    'vs naive',
  ],
]
const x = (value) => `${value.toFixed(2)}×`
for (const r of results) {
  rows.push([
    r.scenario,
    n(r.scopes),
    n(r.scopesPerSecond.compiled),
    n(r.scopesPerSecond.engine),
    n(r.scopesPerSecond.handLoop),
    n(r.scopesPerSecond.naiveEngine),
    x(r.ratios.compiledVsHandwritten),
    x(r.ratios.engineVsHandwritten),
    x(r.ratios.compiledVsEngine),
    x(r.ratios.compiledVsNaiveEngine),
  ])
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
for (const row of rows)
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '),
  )
console.log(
  '\ncompiled: evaluate() (default); engine: evaluate(…, { mode: "engine" }); scopes per second, higher is better',
)

const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json')
writeFileSync(out, `${JSON.stringify({ node: process.version, scenarios: results }, null, 2)}\n`)
