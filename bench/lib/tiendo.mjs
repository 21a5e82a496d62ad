/**
 * Tiendo's own pipeline, through the public APIs of the built packages: read (`@tiendo/io`),
 * resolve and compile the pack, validate (`validateData`), evaluate (`evaluate`) and assess
 * (`assessTargets`). While a pipeline function is not yet exported, the same steps are
 * composed from the lower-level ones (and `pipeline` says which).
 */
import { readFileSync } from 'node:fs'
import { createDataset, createUnitRegistry, toExact, unitKey } from '@tiendo/core'
import { assessProgress } from '@tiendo/forecast'
import { readObservationFile, readRecordFile } from '@tiendo/io'
import { getBuiltInPack } from '@tiendo/packs'
import * as rules from '@tiendo/rules'

export const pipeline = {
  validate: typeof rules.validateData === 'function' ? 'validateData' : 'composed',
  assess: typeof rules.assessTargets === 'function' ? 'assessTargets' : 'composed',
}

/** Reads, resolves (extends vn-national) and compiles the generated pack. */
export async function loadPack(file) {
  const input = JSON.parse(readFileSync(file, 'utf8'))
  const resolved = await rules.resolvePack(input, { load: (ref) => getBuiltInPack(ref), ref: file })
  if (!resolved.ok) throw new Error(`pack: ${JSON.stringify(resolved.issues.slice(0, 3), null, 2)}`)
  const compiled = rules.compilePack(resolved.pack)
  if (!compiled.ok) throw new Error(`pack: ${JSON.stringify(compiled.issues.slice(0, 3), null, 2)}`)
  return { pack: resolved.pack, compiled: compiled.pack }
}

/** Reads both files with their source locations. */
export async function readFiles(paths) {
  const observations = await readObservationFile(paths.observations, { maxIssues: 1e6 })
  const records = await readRecordFile(paths.records, { maxIssues: 1e6 })
  return { observations, records }
}

const today = () => new Date().toISOString().slice(0, 10)

/** Parse + validate: the `validate` scenario. Returns counts to compare with the baselines. */
export async function validateFiles(paths, loaded) {
  const { pack, compiled } = loaded ?? (await loadPack(paths.pack))
  const { observations, records } = await readFiles(paths)
  const readIssues = [...observations.issues, ...records.issues]
  let issues
  let dataset
  let registry
  if (pipeline.validate === 'validateData') {
    const result = await rules.validateData({
      pack,
      compiled,
      observations: observations.observations,
      records: records.records,
      today: today(),
    })
    issues = result.issues
    dataset = result.dataset
    registry = result.registry
  } else {
    registry = createUnitRegistry(pack.units ?? [])
    const built = createDataset({
      observations: observations.observations,
      records: records.records,
      units: registry,
    })
    dataset = built.dataset
    issues = [...built.issues, ...boundsIssues(pack, dataset)]
  }
  const all = [...readIssues, ...issues]
  return {
    rows: observations.stats.rows + records.stats.rows,
    errors: all.filter((issue) => issue.severity === 'error').length,
    warnings: all.filter((issue) => issue.severity === 'warning').length,
    dataset,
    registry,
  }
}

/** Composed fallback: values outside their indicator's bounds. */
function boundsIssues(pack, dataset) {
  const bounds = new Map()
  for (const indicator of pack.indicators ?? []) {
    const min = indicator.bounds?.min === undefined ? undefined : toExact(indicator.bounds.min)
    const max = indicator.bounds?.max === undefined ? undefined : toExact(indicator.bounds.max)
    bounds.set(indicator.id, { min, max })
  }
  const issues = []
  for (const point of dataset.points()) {
    const range = bounds.get(point.indicator)
    if (range === undefined) issues.push({ code: 'unknown_indicator', severity: 'error' })
    else if (
      point.value !== undefined &&
      ((range.min && point.value.lt(range.min)) || (range.max && point.value.gt(range.max)))
    )
      issues.push({ code: 'value_out_of_bounds', severity: 'error' })
  }
  return issues
}

/** Everything `evaluate` and `assess` need, loaded once (not timed). */
export async function loadDataset(paths) {
  const loaded = await loadPack(paths.pack)
  const { observations, records } = await readFiles(paths)
  const registry = createUnitRegistry(loaded.pack.units ?? [])
  const { dataset } = createDataset({
    observations: observations.observations,
    records: records.records,
    units: registry,
  })
  return { ...loaded, registry, dataset, source: rules.datasetFactSource(dataset, registry) }
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
  if (pipeline.assess === 'assessTargets') {
    return rules.assessTargets(pack, dataset, { registry }).map((report) => ({
      indicator: report.indicatorId,
      unit: report.unit,
      status: report.assessment.status,
    }))
  }
  // Composed fallback: one assessProgress per series a target applies to.
  const results = []
  const indicators = new Map((pack.indicators ?? []).map((i) => [i.id, i]))
  const groups = new Map()
  for (const target of pack.targets ?? []) {
    const units = target.unit
      ? [registry.withCode(target.unit)[0]].filter(Boolean)
      : registry.units.filter((unit) => unit.kind === target.unitKind)
    for (const unit of units) {
      const key = `${target.indicator}|${unitKey(unit)}`
      const group = groups.get(key) ?? {
        indicator: target.indicator,
        unit: unitKey(unit),
        targets: [],
      }
      group.targets.push({
        id: target.id,
        value: target.value,
        by: target.by,
        comparator: target.comparator,
      })
      groups.set(key, group)
    }
  }
  for (const group of groups.values()) {
    const indicator = indicators.get(group.indicator)
    const observations = dataset
      .series(group.indicator, group.unit)
      .map((point) => ({ period: point.period, value: point.value }))
    const assessment = assessProgress({
      observations,
      direction: indicator.direction === 'decrease' ? 'decrease' : 'increase',
      targets: group.targets,
    })
    results.push({ indicator: group.indicator, unit: group.unit, status: assessment.status })
  }
  return results
}
