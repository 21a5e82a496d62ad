/**
 * One scenario for one implementation, in a fresh process so its peak memory is its own:
 * `node bench/scenario.mjs <scenario> <tiendo|hand|naive> <data dir>`. Prints one JSON line:
 * `{ seconds, items, peakRssMB, summary, note? }`; `summary` holds the results' counts, which
 * `run.mjs` compares across implementations (they must agree).
 */
import { toDecimalString } from '@tiendo/core'
import { getBuiltInPack } from '@tiendo/packs'
import { dataPaths } from './lib/data-files.mjs'
import { handAssess, handDerive, handEvaluate, handPack, handValidate } from './lib/hand.mjs'
import { selfPeakMB } from './lib/measure.mjs'
import { naiveAssess, naiveBounds, naiveEvaluate, sample } from './lib/naive.mjs'
import { streamValidateHand, streamValidateTiendo } from './lib/stream.mjs'
import {
  assessAll,
  deriveAll,
  evaluateAll,
  loadDataset,
  loadPack,
  validateFiles,
} from './lib/tiendo.mjs'

const [scenario, impl, dir, bigCsv] = process.argv.slice(2)
const paths = dataPaths(dir)
/** Scopes (or series) the naive engine is timed on; its throughput is extrapolated. */
const NAIVE_SAMPLE = Number(process.env.TIENDO_BENCH_NAIVE_SAMPLE ?? 4000)

const timed = async (task) => {
  const start = performance.now()
  const result = await task()
  return { seconds: (performance.now() - start) / 1000, result }
}

const countBy = (items, key) => {
  const counts = {}
  for (const item of items) {
    const k = key(item)
    counts[k] = (counts[k] ?? 0) + 1
  }
  return Object.fromEntries(Object.entries(counts).sort())
}

const outcomes = (results) => countBy(results, (r) => `${r.ruleId} ${r.outcome}`)
const statuses = (results) => countBy(results, (r) => r.status)

async function run() {
  switch (`${scenario}/${impl}`) {
    case 'validate/tiendo': {
      const { seconds, result } = await timed(() => validateFiles(paths))
      const { rows, errors, warnings } = result
      return {
        seconds,
        items: rows,
        summary: { rows, errors, warnings },
      }
    }
    case 'validate/hand': {
      const { seconds, result } = await timed(() => handValidate(paths))
      const { rows, errors, warnings } = result
      return { seconds, items: rows, summary: { rows, errors, warnings } }
    }
    case 'validate/naive': {
      // The hand-written parse, then one engine per unit × year for the bounds.
      const parse = await timed(() => handValidate(paths))
      const pack = handPack(paths.pack)
      const scopes = new Map()
      for (const [key, value] of parse.result.data.values) {
        const [indicator, unit, year] = key.split('|')
        const scopeKey = `${unit}|${year}`
        let scope = scopes.get(scopeKey)
        if (scope === undefined) {
          scope = { values: new Map() }
          scopes.set(scopeKey, scope)
        }
        scope.values.set(indicator, value)
      }
      const all = [...scopes.values()]
      const picked = sample(all, NAIVE_SAMPLE)
      const engines = await timed(() => naiveBounds(pack, picked))
      const seconds = parse.seconds + engines.seconds * (all.length / picked.length)
      return {
        seconds,
        items: parse.result.rows,
        summary: { rows: parse.result.rows },
        note: `hand-written parse (${parse.seconds.toFixed(2)} s) + a new engine per unit × year for the bounds, timed on ${picked.length} of ${all.length} scopes and extrapolated`,
      }
    }
    case 'derive/tiendo': {
      const loaded = await loadDataset(paths)
      const { seconds, result } = await timed(() => deriveAll(loaded))
      return {
        seconds,
        items: result.derived.length,
        summary: {},
        derived: countBy(result.derived, (point) => point.derived.method),
        withheld: result.withheld.length,
        // Submitted figures that disagree with what their inputs give (the generator draws
        // every level at random, so most parents' figures are not their children's sum).
        consistencyWarnings: result.issues.filter((i) => i.code === 'derived_value_differs').length,
        figures: result.derived.map((point) => [
          `${point.indicator}|${point.unit}|${point.period}`,
          point.value === undefined ? null : toDecimalString(point.value),
        ]),
      }
    }
    case 'derive/hand': {
      const pack = handPack(paths.pack)
      const { data } = handValidate(paths, pack)
      const { seconds, result } = await timed(() => handDerive(pack, data))
      return {
        seconds,
        items: result.length,
        summary: {},
        figures: result.map(([key, value]) => [key, toDecimalString(value)]),
      }
    }
    case 'evaluate/tiendo':
    case 'evaluate/tiendoExplainAll': {
      const loaded = await loadDataset(paths)
      const explain = impl === 'tiendo' ? 'failures' : 'all'
      const { seconds, result } = await timed(() => evaluateAll(loaded, explain))
      return { seconds, items: result.length, summary: outcomes(result) }
    }
    case 'evaluate/hand': {
      const pack = handPack(paths.pack)
      const { data } = handValidate(paths, pack)
      const { seconds, result } = await timed(() => handEvaluate(pack, data))
      return { seconds, items: result.length, summary: outcomes(result) }
    }
    case 'evaluate/naive': {
      const pack = handPack(paths.pack)
      const { data } = handValidate(paths, pack)
      const { compiled } = await loadPack(paths.pack)
      const rules = compiled.rules.map((rule) => ({
        id: rule.id,
        conditions: rule.rule.conditions,
        kinds: new Set(rule.scope?.unitKinds ?? []),
      }))
      const scopes = []
      const kinds = new Set(rules.flatMap((rule) => [...rule.kinds]))
      const years = compiled.rules[0].scope
      for (let y = Number(years.from); y <= Number(years.to); y++) {
        for (const unit of pack.units.values()) {
          if (kinds.has(unit.kind))
            scopes.push({ unit: unit.code, kind: unit.kind, year: String(y) })
        }
      }
      const picked = sample(scopes, NAIVE_SAMPLE)
      const { seconds, result } = await timed(() => naiveEvaluate(rules, data, picked))
      const perScope = result / picked.length
      return {
        seconds: seconds * (scopes.length / picked.length),
        items: Math.round(perScope * scopes.length),
        summary: {},
        note: `a new engine per unit × year, timed on ${picked.length} of ${scopes.length} scopes (${result} results) and extrapolated`,
      }
    }
    case 'assess/tiendo': {
      const loaded = await loadDataset(paths)
      const { seconds, result } = await timed(() => assessAll(loaded))
      return { seconds, items: result.length, summary: statuses(result) }
    }
    case 'assess/hand': {
      const pack = handPack(paths.pack)
      const { data } = handValidate(paths, pack)
      const { seconds, result } = await timed(() => handAssess(pack, data))
      return { seconds, items: result.length, summary: statuses(result) }
    }
    case 'assess/naive': {
      const pack = handPack(paths.pack)
      const { data } = handValidate(paths, pack)
      const keys = [...data.series.keys()]
      const picked = sample(keys, NAIVE_SAMPLE)
      const { seconds } = await timed(() => naiveAssess(pack, data, picked))
      return {
        seconds: seconds * (keys.length / picked.length),
        items: keys.length,
        summary: {},
        note: `a new engine per series (growth figures as facts, statuses as rules), timed on ${picked.length} of ${keys.length} series and extrapolated`,
      }
    }
    case 'streamValidate/tiendo':
    case 'streamValidate/hand': {
      const { pack } = impl === 'tiendo' ? await loadPack(paths.pack) : { pack: undefined }
      const merged = pack ?? mergedForHand(paths.pack)
      const validate = impl === 'tiendo' ? streamValidateTiendo : streamValidateHand
      const { seconds, result } = await timed(() => validate(bigCsv, merged))
      return { seconds, items: result.rows, summary: result }
    }
    default:
      throw new Error(`unknown scenario/implementation: ${scenario}/${impl}`)
  }
}

/** The pack's indicators and units for the hand-written streaming check, merged by hand. */
function mergedForHand(file) {
  const pack = handPack(file)
  const base = getBuiltInPack('vn-national')
  return { indicators: base.indicators, units: [...pack.units.values()] }
}

const result = await run()
process.stdout.write(`${JSON.stringify({ ...result, peakRssMB: selfPeakMB() })}\n`)
