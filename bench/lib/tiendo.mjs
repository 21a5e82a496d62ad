/**
 * Tiendo's side of the bench, through the public APIs of the built packages: `runPipeline`
 * (`@tiendo/pipeline`) reads and validates; `deriveFigures` (`@tiendo/core`), `evaluate` and
 * `assessTargets` (`@tiendo/rules`) are the stages the pipeline runs after, timed one by one
 * on the validated dataset so each stage has a figure of its own. `tiendo report` in
 * `endToEnd` runs them all, derivation included.
 */
import { deriveFigures } from '@tiendo/core'
import { loadPack as loadPackFile, runPipeline } from '@tiendo/pipeline'
import * as rules from '@tiendo/rules'

/** The generated files as pipeline sources. */
const sources = (paths) => [
  { path: paths.observations, kind: 'observations' },
  { path: paths.records, kind: 'records' },
]

/** Reads, resolves (extends vn-national) and compiles the generated pack. */
export const loadPack = (file) => loadPackFile(file, process.cwd())

/**
 * Reads and checks the files as `tiendo validate` does, without the derivation it then runs
 * to check derived figures against submitted ones (the `derive` scenario times that), and
 * without rules or targets.
 */
async function readAndValidate(paths) {
  return runPipeline({
    pack: paths.pack,
    sources: sources(paths),
    derive: false,
    evaluate: false,
    assess: false,
    maxIssues: 1e7,
  })
}

/** Parse + validate: the `validate` scenario. Returns counts to compare with the baselines. */
export async function validateFiles(paths) {
  const report = await readAndValidate(paths)
  const { rows, errors, warnings } = report.validation.stats
  return { rows, errors, warnings, dataset: report.dataset, registry: report.units }
}

/** Everything `derive`, `evaluate` and `assess` need, read and validated once (not timed). */
export async function loadDataset(paths) {
  const loaded = await loadPack(paths.pack)
  const report = await readAndValidate(paths)
  const registry = report.units
  const dataset = report.dataset
  return { ...loaded, registry, dataset, source: rules.datasetFactSource(dataset, registry) }
}

/**
 * Derives every figure the pack can (record counts, aggregates up the unit tree, ratios,
 * composites, carried series), as the pipeline's derive stage does.
 */
export function deriveAll({ pack, dataset, registry }) {
  const result = deriveFigures({
    dataset,
    units: registry,
    indicators: pack.indicators ?? [],
    composites: pack.composites,
    minCoverage: pack.derive?.minCoverage,
  })
  return result
}

/**
 * Evaluates every rule of the pack as `tiendo evaluate` and `tiendo report` do
 * (`explain: 'failures'`: failed and skipped results explained), or with `explain: 'all'`
 * (every passed result explained too). The results as `evaluate` gives them.
 */
export async function evaluateAll({ compiled, source }, explain = 'failures') {
  const evaluation = await rules.evaluate(compiled, source, { explain })
  return evaluation.results
}

/** Assesses every target (and, as `tiendo assess` does, every other series on its trend). */
export function assessAll({ pack, dataset, registry }) {
  return rules.assessTargets(pack, dataset, { registry }).map((report) => ({
    indicator: report.indicatorId,
    unit: report.unit,
    status: report.assessment.status,
  }))
}
