/**
 * `npm run bench` (rules): rule evaluation at national scale, in scopes (unit × period) per
 * second, for Tiendo's `evaluate` (compiled conditions, the default, and `mode: 'engine'`,
 * json-rules-engine itself) explaining failures only or every result (`explain`), a
 * hand-written loop computing the same results in each case (checked deep-equal before any
 * timing), and json-rules-engine used naively (a new engine per scope), with the ratios.
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

/** Stops the bench unless two lists of results are deeply, strictly equal; names the first difference. */
function check(name, ours, hand) {
  if (ours.length !== hand.length)
    throw new Error(`${name}: ${ours.length} results, loop ${hand.length}`)
  ours.forEach((result, i) => {
    if (!isDeepStrictEqual(result, hand[i]))
      throw new Error(`${name}: result ${i} differs: ${JSON.stringify([result, hand[i]])}`)
  })
}

const EXPLAIN_MODES = ['failures', 'all']

/**
 * Warm-up and checks, before any timing: for each `explain` mode, both evaluation modes give
 * identical evaluations, and the hand-written loop the very same results (deep equality:
 * outcomes, severities, messages in both languages, explanations, skip reasons, missing
 * inputs). Returns only counts, so no evaluation stays alive.
 */
async function checked(name, compiled, source, loop) {
  let evaluation
  for (const explain of EXPLAIN_MODES) {
    const reference = await evaluate(compiled, source, { mode: 'engine', explain })
    evaluation = await evaluate(compiled, source, { explain })
    if (!isDeepStrictEqual(evaluation, reference))
      throw new Error(`${name}: compiled and engine evaluations differ (explain: ${explain})`)
    check(`${name} (explain: ${explain})`, evaluation.results, loop(source, YEARS, explain))
  }
  return { summary: evaluation.summary, results: evaluation.results.length }
}

async function scenario(name, rules, source, loop, scopesOf) {
  const compiled = compile(rules)
  const evaluation = await checked(name, compiled, source, loop)
  const failures = { explain: 'failures' }
  const [ours, oursAll, engine, engineAll, hand, handAll] = await timeInTurns([
    () => evaluate(compiled, source, failures),
    () => evaluate(compiled, source),
    () => evaluate(compiled, source, { mode: 'engine', ...failures }),
    () => evaluate(compiled, source, { mode: 'engine' }),
    () => loop(source, YEARS, 'failures'),
    () => loop(source, YEARS, 'all'),
  ])
  const scopes = evaluation.summary.scopes
  const all = scopesOf(source)
  const step = Math.max(1, Math.ceil(all.length / NAIVE_SCOPES))
  const naiveScopes = all.filter((_, i) => i % step === 0)
  await naiveRun(compiled.rules, source, naiveScopes.slice(0, 500)) // warm-up
  const [naive] = await timeInTurns([() => naiveRun(compiled.rules, source, naiveScopes)], 1)
  const rate = (run) => Math.round(scopes / run.seconds)
  const perSecond = {
    compiled: rate(ours),
    compiledExplainAll: rate(oursAll),
    engine: rate(engine),
    engineExplainAll: rate(engineAll),
    handLoop: rate(hand),
    handLoopExplainAll: rate(handAll),
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
      compiledVsHandwrittenExplainAll: ratio(
        perSecond.compiledExplainAll,
        perSecond.handLoopExplainAll,
      ),
      engineVsHandwritten: ratio(perSecond.engine, perSecond.handLoop),
      compiledVsEngine: ratio(perSecond.compiled, perSecond.engine),
      compiledVsNaiveEngine: ratio(perSecond.compiledExplainAll, perSecond.naiveEngine),
    },
    seconds: {
      compiled: ours.seconds,
      compiledExplainAll: oursAll.seconds,
      engine: engine.seconds,
      engineExplainAll: engineAll.seconds,
      handLoop: hand.seconds,
      handLoopExplainAll: handAll.seconds,
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
    'explain',
    'scopes',
    'compiled/s',
    'engine/s',
    'hand loop/s',
    'vs hand',
    'engine vs hand',
    'vs engine',
  ],
]
const x = (value) => `${value.toFixed(2)}×`
const ratio = (a, b) => Math.round((a / b) * 100) / 100
for (const r of results) {
  const s = r.scopesPerSecond
  for (const [explain, compiled, engine, hand] of [
    ['failures', s.compiled, s.engine, s.handLoop],
    ['all', s.compiledExplainAll, s.engineExplainAll, s.handLoopExplainAll],
  ]) {
    rows.push([
      r.scenario,
      explain,
      n(r.scopes),
      n(compiled),
      n(engine),
      n(hand),
      x(ratio(compiled, hand)),
      x(ratio(engine, hand)),
      x(ratio(compiled, engine)),
    ])
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
for (const row of rows)
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '),
  )
for (const r of results)
  console.log(
    `${r.scenario}: naive engine (a new engine per scope) ${n(r.scopesPerSecond.naiveEngine)}/s; compiled (explain: all) is ${x(r.ratios.compiledVsNaiveEngine)} that`,
  )
console.log(
  '\ncompiled: evaluate(…, { explain }); engine: evaluate(…, { mode: "engine", explain }); the hand loop computes the same results (checked deep-equal first); scopes per second, higher is better',
)

const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json')
writeFileSync(out, `${JSON.stringify({ node: process.version, scenarios: results }, null, 2)}\n`)
