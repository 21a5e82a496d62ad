/**
 * `npm run bench` (rules): rule evaluation at national scale, in scopes (unit × period) per
 * second, for Tiendo's `evaluate`, a hand-written loop computing the same outcomes, and
 * json-rules-engine used naively (a new engine per scope). Data is synthetic and seeded, so
 * every run measures the same work. Needs the packages built (`npm run build`).
 */
import { writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compilePack, createMemoryFactSource, evaluate } from '@tiendo/rules'
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

/** Scopes the naive engine runs over: it is slow, so an evenly spread sample is timed. */
const NAIVE_SCOPES = Number(process.env.NAIVE_SCOPES ?? 10_000)
const REPEATS = Number(process.env.REPEATS ?? 3)

function compile(rules) {
  const compiled = compilePack(pack(rules))
  if (!compiled.ok) throw new Error(`bench pack: ${JSON.stringify(compiled.issues, null, 2)}`)
  return compiled.pack
}

/** The median time of `repeats` runs of `task`, in seconds, with the last result. */
async function time(task, repeats = REPEATS) {
  const seconds = []
  let result
  for (let i = 0; i < repeats; i++) {
    const start = performance.now()
    result = await task()
    seconds.push((performance.now() - start) / 1000)
  }
  seconds.sort((a, b) => a - b)
  return { seconds: seconds[Math.floor(seconds.length / 2)], result }
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

async function scenario(name, rules, source, loop, scopesOf) {
  const compiled = compile(rules)
  await evaluate(compiled, source) // warm-up
  const ours = await time(() => evaluate(compiled, source))
  const hand = await time(() => loop(source, YEARS))
  check(name, ours.result.results, hand.result)
  const scopes = ours.result.summary.scopes
  const all = scopesOf(source)
  const step = Math.max(1, Math.ceil(all.length / NAIVE_SCOPES))
  const naiveScopes = all.filter((_, i) => i % step === 0)
  await naiveRun(compiled.rules, source, naiveScopes.slice(0, 500)) // warm-up
  const naive = await time(() => naiveRun(compiled.rules, source, naiveScopes), 1)
  return {
    scenario: name,
    rules: rules.length,
    scopes,
    results: ours.result.results.length,
    failed: ours.result.summary.failed,
    skipped: ours.result.summary.skipped,
    scopesPerSecond: {
      tiendo: Math.round(scopes / ours.seconds),
      handLoop: Math.round(scopes / hand.seconds),
      naiveEngine: Math.round(naiveScopes.length / naive.seconds),
    },
    seconds: { tiendo: ours.seconds, handLoop: hand.seconds, naiveEngine: naive.seconds },
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
  `median of ${REPEATS} runs; the naive engine is timed once, on every n-th scope (about ${n(NAIVE_SCOPES)} per scenario)\n`,
)
const rows = [
  ['scenario', 'scopes', 'Tiendo (scopes/s)', 'hand loop (scopes/s)', 'naive engine (scopes/s)'],
]
for (const r of results) {
  rows.push([
    r.scenario,
    n(r.scopes),
    n(r.scopesPerSecond.tiendo),
    n(r.scopesPerSecond.handLoop),
    n(r.scopesPerSecond.naiveEngine),
  ])
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)))
for (const row of rows)
  console.log(
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '),
  )

const out = join(dirname(fileURLToPath(import.meta.url)), 'results.json')
writeFileSync(out, `${JSON.stringify({ node: process.version, scenarios: results }, null, 2)}\n`)
