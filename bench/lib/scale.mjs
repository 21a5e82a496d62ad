/**
 * The `scale` scenario: `tiendo report --format json` over the national dataset at 1×, 2×, 4×
 * and 8× its communes (each extra commune with observations and records of its own, seeded),
 * every size measured in the same run, beside the hand-written baseline at the same size.
 * Figures are reported as ratios against the 1× run of the same bench (so a loaded machine
 * shows in both), with µs and bytes of peak memory per item and the slope of the curve.
 */
import { join } from 'node:path'
import { dataPaths, ensureNationalData } from './data-files.mjs'
import { COMMUNES } from './national.mjs'

/** The sizes measured: `TIENDO_BENCH_SCALE=1,2,4,8` (the default). */
export const SCALE_FACTORS = (process.env.TIENDO_BENCH_SCALE ?? '1,2,4,8')
  .split(',')
  .map(Number)
  .filter((factor) => Number.isInteger(factor) && factor >= 1)

const round = (value, digits = 3) => (value == null ? null : Number(value.toFixed(digits)))

/** Where the data of a size lives: the 1× dataset is the bench's own. */
const folderOf = (data, factor) => (factor === 1 ? data : join(data, `scale-${factor}`))

/**
 * Measures every size with `command(impl, 'report', paths)` (run.mjs's measured subprocess);
 * `log` reports progress. Returns the scenario's result.
 */
export async function scaleScenario(data, command, log) {
  const runs = []
  for (const factor of SCALE_FACTORS) {
    log(`bench: scale ${factor}× (generating ${COMMUNES * factor} communes unless present)…`)
    const meta = await ensureNationalData(folderOf(data, factor), COMMUNES * factor)
    const paths = dataPaths(folderOf(data, factor))
    const items = meta.rows.observations + meta.rows.records
    const ours = await command('tiendo', 'report', paths)
    const hand = await command('hand', 'report', paths)
    runs.push({ factor, communes: meta.units.communes, items, ours, hand })
  }
  return scaleResult(runs)
}

/** The table of sizes, ratios to the first size and the slope (least squares over sizes). */
export function scaleResult(runs) {
  const base = runs.find((run) => !run.ours.error)
  const sizes = runs.map(({ factor, communes, items, ours, hand }) => {
    if (ours.error) return { factor, communes, items, error: ours.error }
    return {
      factor,
      communes,
      items,
      seconds: round(ours.seconds),
      peakRssMB: ours.peakRssMB,
      usPerItem: round((ours.seconds * 1e6) / items, 2),
      bytesPerItem: Math.round((ours.peakRssMB * 2 ** 20) / items),
      secondsVs1x: round(ours.seconds / base.ours.seconds, 2),
      memoryVs1x: round(ours.peakRssMB / base.ours.peakRssMB, 2),
      itemsVs1x: round(items / base.items, 2),
      handwritten: hand.error
        ? { error: hand.error }
        : { seconds: round(hand.seconds), peakRssMB: hand.peakRssMB },
      vsHandwritten: hand.error ? null : round(hand.seconds / ours.seconds),
    }
  })
  const measured = sizes.filter((size) => size.error === undefined)
  return {
    baseline: base === undefined ? null : `tiendo report at ${base.factor}× in this run`,
    sizes,
    slope: {
      usPerExtraItem: slope(measured, (size) => size.seconds * 1e6),
      bytesPerExtraItem: slope(measured, (size) => size.peakRssMB * 2 ** 20),
    },
  }
}

/** The least-squares slope of `y` over items, rounded; `null` below two sizes. */
function slope(sizes, y) {
  if (sizes.length < 2) return null
  const n = sizes.length
  const mx = sizes.reduce((sum, size) => sum + size.items, 0) / n
  const my = sizes.reduce((sum, size) => sum + y(size), 0) / n
  let num = 0
  let den = 0
  for (const size of sizes) {
    num += (size.items - mx) * (y(size) - my)
    den += (size.items - mx) ** 2
  }
  return round(num / den, 2)
}

/** The goals for the curve: 1× under 3 s and 300 MB, 8× under 10 s and 1 GB, flat bytes per item. */
export function scaleGoals(scale) {
  const at = (factor) => scale?.sizes?.find((size) => size.factor === factor && !size.error)
  const one = at(1)
  const eight = at(8)
  const measured = scale?.sizes?.filter((size) => !size.error) ?? []
  return {
    scale1xUnder3sAnd300MB: one ? one.seconds < 3 && one.peakRssMB < 300 : null,
    scale8xUnder10sAnd1GB: eight ? eight.seconds < 10 && eight.peakRssMB < 1024 : null,
    scaleBytesPerItemFlatOrFalling:
      measured.length < 2 ? null : measured.at(-1).bytesPerItem <= measured[0].bytesPerItem * 1.05,
  }
}
