// The same as use-api.mjs, written as a CommonJS module: `require` gets the .cjs builds.
const { run } = require('@tiendo/cli')
const { toExact } = require('@tiendo/core')
const { assessProgress, serializeAssessment } = require('@tiendo/forecast')
const { readObservationFile } = require('@tiendo/io')
const { parseDecimalCell } = require('@tiendo/io/parse')
const { getBuiltInPack, getDataset } = require('@tiendo/packs')
const { datasetPath } = require('@tiendo/packs/node')
const { runPipeline } = require('@tiendo/pipeline')
const { runPipeline: runInBrowser } = require('@tiendo/pipeline/browser')
const { compilePack, resolvePack } = require('@tiendo/rules')
const { PackSchema, parsePeriod } = require('@tiendo/schema')

async function main() {
  const resolved = await resolvePack(getBuiltInPack('ninh-thuan'), {
    load: (ref) => getBuiltInPack(ref),
  })
  const compiled = resolved.ok ? compilePack(resolved.pack) : undefined
  const read = await readObservationFile(datasetPath('ninh-thuan'))
  const assessment = assessProgress({
    observations: [
      { period: '2020', value: '10' },
      { period: '2024', value: '15' },
    ],
    direction: 'increase',
    target: { value: '20', by: '2025' },
  })
  let version = ''
  const code = await run(['--version'], {
    stdout: {
      write: (text) => {
        version += text
      },
    },
    stderr: { write: () => undefined },
  })

  const job = await runPipeline({
    pack: 'ninh-thuan',
    sources: [{ path: datasetPath('vietnam') }],
    today: '2026-06-30',
  })
  const inBrowser = await runInBrowser({
    pack: 'vn-national',
    sources: [
      { name: 'x.csv', text: 'indicator,unit,period,value\nhousehold_fibre_rate,VN,2024,82.2\n' },
    ],
    today: '2026-06-30',
  })
  const economy = job.targets.find(
    (series) => series.indicatorId === 'digital_economy_share_grdp' && series.unit === 'VN',
  )

  const summary = {
    sum: toExact('0.1').plus('0.2').toString(),
    period: parsePeriod('2024-01/2024-09').ok,
    packValid: PackSchema.safeParse(getBuiltInPack('vn-national')).success,
    chain: resolved.ok ? resolved.chain : resolved.issues,
    compiled: compiled?.ok === true,
    rows: read.stats.rows,
    datasetRows: getDataset('ninh-thuan').rows,
    readErrors: read.stats.errors,
    assessment: serializeAssessment(assessment).status,
    decimalCell: parseDecimalCell('87,5', 'vi'),
    cli: { code, version: version.trim() },
    pipeline: { valid: job.valid, economy: economy?.assessment.status, browser: inBrowser.valid },
  }
  process.stdout.write(`${JSON.stringify(summary)}\n`)
}

main().catch((error) => {
  process.stderr.write(`${error}\n`)
  process.exitCode = 1
})
