import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import {
  progressReportToHtml,
  progressReportToMarkdown,
  progressReportToPretty,
  shouldUseColor,
  writeFileAtomic,
} from '@tiendo/io'
import type { Language } from '@tiendo/schema'
import { formatIssue } from '@tiendo/schema'
import { MainJobError, runMainJob } from './pipeline'

// The main job (`npm start`): validate, evaluate and assess the bundled Ninh Thuận and
// national figures against the `ninh-thuan` pack, print the report, write it as HTML and
// Markdown.
const USAGE = {
  vi: 'Cách dùng: npm start -- [--lang vi|en] [--out-dir THƯ_MỤC]',
  en: 'Usage: npm start -- [--lang vi|en] [--out-dir DIR]',
}

async function main(): Promise<number> {
  let values: { lang?: string; 'out-dir'?: string }
  try {
    values = parseArgs({
      options: { lang: { type: 'string', default: 'vi' }, 'out-dir': { type: 'string' } },
    }).values
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE.vi}\n${USAGE.en}\n`)
    return 2
  }
  if (values.lang !== 'vi' && values.lang !== 'en') {
    process.stderr.write(
      `--lang "${values.lang}": chỉ có "vi" hoặc "en" / only "vi" or "en".\n${USAGE.vi}\n${USAGE.en}\n`,
    )
    return 2
  }
  const lang: Language = values.lang
  const outDir = resolve(values['out-dir'] ?? '.')

  let job: Awaited<ReturnType<typeof runMainJob>>
  try {
    job = await runMainJob()
  } catch (error) {
    if (!(error instanceof MainJobError)) throw error
    for (const issue of error.issues) process.stderr.write(`${formatIssue(issue, lang)}\n`)
    return 2
  }
  const { report } = job
  process.stdout.write(
    progressReportToPretty(report, { lang, color: shouldUseColor(process.stdout, process.env) }),
  )

  const html = resolve(outDir, 'report.html')
  const markdown = resolve(outDir, 'report.md')
  try {
    await mkdir(outDir, { recursive: true })
    await writeFileAtomic(html, progressReportToHtml(report, { lang }))
    await writeFileAtomic(markdown, progressReportToMarkdown(report, { lang }))
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    process.stderr.write(
      lang === 'vi'
        ? `Không ghi được báo cáo vào ${outDir} (${reason}). Chọn thư mục khác bằng --out-dir.\n`
        : `Cannot write the report into ${outDir} (${reason}). Choose another folder with --out-dir.\n`,
    )
    return 2
  }
  process.stdout.write(
    lang === 'vi'
      ? `\nĐã ghi báo cáo:\n  ${html}\n  ${markdown}\n`
      : `\nReport written:\n  ${html}\n  ${markdown}\n`,
  )
  return 0
}

process.exitCode = await main()
