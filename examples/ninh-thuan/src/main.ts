import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { shouldUseColor, writeFileAtomic } from '@tiendo/io'
import { PipelineError, reportToHtml, reportToMarkdown, reportToPretty } from '@tiendo/pipeline'
import type { Language } from '@tiendo/schema'
import { runMainJob } from './job'

// The main job (`npm start`): print the report, write it as HTML and Markdown.
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
    process.stderr.write(`--lang "${values.lang}": "vi" / "en".\n${USAGE.vi}\n${USAGE.en}\n`)
    return 2
  }
  const lang: Language = values.lang
  const outDir = resolve(values['out-dir'] ?? '.')
  let report: Awaited<ReturnType<typeof runMainJob>>
  try {
    report = await runMainJob({ lang })
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error
    process.stderr.write(`${error.text[lang]}\n`)
    return 2
  }
  const color = shouldUseColor(process.stdout, process.env)
  // Tables wrap to the terminal's width; piped, to COLUMNS or 80.
  const width = process.stdout.columns ?? (Number(process.env.COLUMNS) || 80)
  process.stdout.write(reportToPretty(report, { lang, color, width }))

  const html = resolve(outDir, 'report.html')
  const markdown = resolve(outDir, 'report.md')
  try {
    await mkdir(outDir, { recursive: true })
    await writeFileAtomic(html, reportToHtml(report, { lang }))
    await writeFileAtomic(markdown, reportToMarkdown(report, { lang }))
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
