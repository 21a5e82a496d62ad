// Type-checked (never run) with `moduleResolution` `nodenext` and `bundler`: the types an
// outside TypeScript project gets from the published packages.
import type { RunEnvironment } from '@tiendo/cli'
import { ExitCode, run } from '@tiendo/cli'
import type { Dataset } from '@tiendo/core'
import { toExact } from '@tiendo/core'
import type { AssessmentJson } from '@tiendo/forecast'
import { assessProgress, serializeAssessment } from '@tiendo/forecast'
import type { ValidationReport } from '@tiendo/io'
import { readObservationFile } from '@tiendo/io'
import type { DecimalCellResult } from '@tiendo/io/parse'
import { parseDecimalCell } from '@tiendo/io/parse'
import type { BuiltInPackId } from '@tiendo/packs'
import { getBuiltInPack } from '@tiendo/packs'
import { datasetPath } from '@tiendo/packs/node'
import type { PipelineReport } from '@tiendo/pipeline'
import { runPipeline } from '@tiendo/pipeline'
import { runPipeline as runInBrowser } from '@tiendo/pipeline/browser'
import type { CompiledPack, Evaluation } from '@tiendo/rules'
import { compilePack, evaluate, resolvePack } from '@tiendo/rules'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import { parsePeriod } from '@tiendo/schema'

export async function check(): Promise<string> {
  const id: BuiltInPackId = 'ninh-thuan'
  const pack: Pack = getBuiltInPack(id)
  const resolved = await resolvePack(pack, { load: (ref) => getBuiltInPack(ref) })
  if (!resolved.ok) {
    const issues: readonly TiendoIssue[] = resolved.issues
    return String(issues.length)
  }
  const compiled = compilePack(resolved.pack)
  const ready: CompiledPack | undefined = compiled.ok ? compiled.pack : undefined
  const read = await readObservationFile(datasetPath('ninh-thuan'))
  const rows: number = read.stats.rows
  const assessment: AssessmentJson = serializeAssessment(
    assessProgress({
      observations: [{ period: '2020', value: '10' }],
      direction: 'increase',
    }),
  )
  const cell: DecimalCellResult = parseDecimalCell('87,5', 'vi')
  const code: number = await run(['--version'], {
    stdout: { write: () => undefined },
    stderr: { write: () => undefined },
  })
  const period = parsePeriod('2024-Q3')
  const job: PipelineReport = await runPipeline({
    pack: 'ninh-thuan',
    sources: [{ path: datasetPath('vietnam') }],
  })
  const valid: boolean = job.valid
  const inBrowser = await runInBrowser({
    pack: 'vn-national',
    sources: [{ name: 'x.csv', text: '' }],
  })
  // @ts-expect-error the browser entry reads no file path
  await runInBrowser({ pack: 'vn-national', sources: [{ path: 'x.csv' }] })
  void [valid, inBrowser]
  const evaluation: Evaluation | undefined = undefined
  const report: ValidationReport | undefined = undefined
  const dataset: Dataset | undefined = undefined
  const environment: RunEnvironment | undefined = undefined
  void [ready, evaluate, evaluation, report, dataset, environment, ExitCode.ok]

  // The types are real, not `any`: each of these misuses must be an error.
  // @ts-expect-error a pack id is one of the built-in ids
  const wrongId: BuiltInPackId = 'hanoi'
  // @ts-expect-error parsePeriod takes text
  parsePeriod(2024)
  // @ts-expect-error the direction is `increase` or `decrease`
  assessProgress({ observations: [], direction: 'up' })
  // @ts-expect-error an exact decimal is not a number
  const sum: number = toExact('0.1').plus('0.2')
  void [wrongId, sum]

  return `${rows} ${assessment.status} ${cell.ok} ${code} ${period.ok}`
}
