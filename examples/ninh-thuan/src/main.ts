import { parseArgs } from 'node:util'
import { readObservationFile } from '@tiendo/io'
import { getBuiltInPack } from '@tiendo/packs'
import { datasetPath } from '@tiendo/packs/node'
import type { Indicator, Language } from '@tiendo/schema'
import { formatIssue } from '@tiendo/schema'
import { observationTable } from './report'

// The main job: read Ninh Thuận's bundled published figures, validate them, print them.
const { values } = parseArgs({ options: { lang: { type: 'string', default: 'vi' } } })
const lang: Language = values.lang === 'en' ? 'en' : 'vi'

const file = datasetPath('ninh-thuan')
const { observations, issues, stats } = await readObservationFile(file)
for (const issue of issues) process.stderr.write(`${formatIssue(issue, lang)}\n`)

const indicators = new Map<string, Indicator>()
for (const id of ['vn-national', 'ninh-thuan'] as const) {
  for (const indicator of getBuiltInPack(id).indicators ?? [])
    indicators.set(indicator.id, indicator)
}
process.stdout.write(
  observationTable(
    observations.map((row) => row.observation),
    indicators,
    lang,
  ),
)
const summary =
  lang === 'vi'
    ? `\n${stats.accepted}/${stats.rows} dòng hợp lệ, ${stats.errors} lỗi, ${stats.warnings} cảnh báo — nguồn của từng số liệu nằm trong tệp ${file}\n`
    : `\n${stats.accepted}/${stats.rows} rows valid, ${stats.errors} errors, ${stats.warnings} warnings — every figure's source is in ${file}\n`
process.stdout.write(summary)
process.exitCode = stats.errors > 0 ? 1 : 0
