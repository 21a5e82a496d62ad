import { unitKey } from '@tiendo/core'
import type { ProgressReport, ReportDataset, ValidationReport } from '@tiendo/io'
import { readObservationFile, readRecordFile, sortIssues } from '@tiendo/io'
import { getBuiltInPack, getDataset } from '@tiendo/packs'
import { datasetPath } from '@tiendo/packs/node'
import type { Evaluation, TargetReport } from '@tiendo/rules'
import {
  assessTargets,
  compilePack,
  datasetFactSource,
  evaluate,
  resolvePack,
  validateData,
} from '@tiendo/rules'
import type { LocalizedText, Pack, TiendoIssue } from '@tiendo/schema'

/** The bundled datasets the main job reads, with a short title for the report. */
const DATASETS: readonly { id: string; title: LocalizedText }[] = [
  {
    id: 'ninh-thuan',
    title: { vi: 'Số liệu công bố của Ninh Thuận', en: 'Ninh Thuận published figures' },
  },
  {
    id: 'vietnam',
    title: { vi: 'Số liệu quốc gia đã công bố', en: 'National published figures' },
  },
  {
    id: 'ninh-thuan-dx-products.illustrative',
    title: {
      vi: 'Sản phẩm chuyển đổi số của các đơn vị Ninh Thuận',
      en: 'DX products of Ninh Thuận units',
    },
  },
]

/** Two evaluations of different rules of one pack, as one. */
function mergeEvaluations(a: Evaluation, b: Evaluation): Evaluation {
  const severities = ['error', 'warning', 'info'] as const
  return {
    pack: a.pack,
    results: [...a.results, ...b.results],
    summary: {
      scopes: new Set([...a.results, ...b.results].map((r) => `${r.unit}|${r.period}`)).size,
      passed: a.summary.passed + b.summary.passed,
      failed: a.summary.failed + b.summary.failed,
      skipped: a.summary.skipped + b.summary.skipped,
      failedBySeverity: Object.fromEntries(
        severities.map((s) => [s, a.summary.failedBySeverity[s] + b.summary.failedBySeverity[s]]),
      ) as Evaluation['summary']['failedBySeverity'],
    },
    issues: [...a.issues, ...b.issues],
  }
}

/** What the main job computed. */
export interface MainJobResult {
  readonly report: ProgressReport
  readonly targets: readonly TargetReport[]
  readonly evaluation: Evaluation
  /** The files read, by dataset id. */
  readonly files: Readonly<Record<string, string>>
}

/** An error that stops the job before any report: a pack that does not resolve or compile. */
export class MainJobError extends Error {
  constructor(readonly issues: readonly TiendoIssue[]) {
    super(issues.map((issue) => issue.message.en).join('\n'))
  }
}

/**
 * The main job, without printing: read the bundled Ninh Thuận and national figures and the
 * illustrative DX products, validate them against the `ninh-thuan` pack (which extends
 * `vn-national`), evaluate its rules and assess progress to every target.
 */
export async function runMainJob(today?: string): Promise<MainJobResult> {
  const resolved = await resolvePack(getBuiltInPack('ninh-thuan'), {
    load: (ref) => getBuiltInPack(ref),
  })
  if (!resolved.ok) throw new MainJobError(resolved.issues)
  const pack: Pack = resolved.pack
  const compiled = compilePack(pack)
  if (!compiled.ok) throw new MainJobError(compiled.issues)

  const files: Record<string, string> = {}
  const readIssues: TiendoIssue[] = []
  const observations = []
  const records = []
  let rows = 0
  for (const { id } of DATASETS) {
    const file = datasetPath(id)
    files[id] = file
    if (getDataset(id).kind === 'records') {
      const read = await readRecordFile(file)
      records.push(...read.records)
      readIssues.push(...read.issues)
      rows += read.stats.rows
    } else {
      const read = await readObservationFile(file)
      observations.push(...read.observations)
      readIssues.push(...read.issues)
      rows += read.stats.rows
    }
  }

  const validated = await validateData({
    pack,
    compiled: compiled.pack,
    observations,
    records,
    today,
  })
  const issues = sortIssues([...readIssues, ...validated.issues])
  const validation: ValidationReport = {
    valid: !issues.some((issue) => issue.severity === 'error'),
    stats: {
      files: DATASETS.length,
      rows,
      observations: observations.length,
      records: records.length,
      errors: issues.filter((issue) => issue.severity === 'error').length,
      warnings: issues.filter((issue) => issue.severity === 'warning').length,
    },
    issues,
  }
  // Rules over records run over the years the records cover (the DX products: 2022–2024);
  // the others over the years of the figures.
  const recordKinds = new Set(records.map((row) => row.record.kind))
  const recordRules = (pack.rules ?? [])
    .filter((rule) => 'params' in rule && recordKinds.has(String(rule.params?.record)))
    .map((rule) => rule.id)
  const years = records.map((row) => row.record.date.slice(0, 4)).sort()
  const source = datasetFactSource(validated.dataset, validated.registry)
  const ruleIds = new Set(recordRules)
  const evaluation = mergeEvaluations(
    await evaluate(compiled.pack, source, {
      rules: (pack.rules ?? []).map((rule) => rule.id).filter((id) => !ruleIds.has(id)),
    }),
    await evaluate(compiled.pack, source, { rules: recordRules, from: years[0], to: years.at(-1) }),
  )
  const targets = assessTargets(pack, validated.dataset, { registry: validated.registry })

  const datasets: ReportDataset[] = DATASETS.map(({ id, title }) => {
    const meta = getDataset(id)
    return {
      id,
      title,
      illustrative: meta.illustrative,
      source: `${meta.file} — ${meta.description.en.split('. ')[0]!.replace(/\.$/, '')}.`,
      // The rules that count the file's records rest on it.
      rules: meta.kind === 'records' ? recordRules : [],
    }
  })
  const unitNames = Object.fromEntries(
    validated.registry.units.map((unit) => [unitKey(unit), unit.name]),
  )
  const report: ProgressReport = {
    title: { vi: 'Tiến độ chuyển đổi số', en: 'Digital transformation progress' },
    pack: { id: pack.id, version: pack.version, title: pack.title },
    validation,
    evaluation,
    targets,
    datasets,
    unitNames,
  }
  return { report, targets, evaluation, files }
}
