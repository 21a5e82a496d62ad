import { mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { shouldUseColor, writeFileAtomic } from '@tiendo/io'
import {
  PipelineError,
  reportToDocx,
  reportToHtml,
  reportToMarkdown,
  reportToPretty,
} from '@tiendo/pipeline'
import type { Language } from '@tiendo/schema'
import { runMainJob } from './job'
import { docxToPdf, type PdfResult } from './pdf'

// The main job (`npm start`): print the report, write it as HTML, Markdown and a Word báo
// cáo (Decree 30/2020/NĐ-CP), and as PDF where LibreOffice is installed.
const USAGE = {
  vi: 'Cách dùng: npm start -- [--lang vi|en] [--out-dir THƯ_MỤC] [--no-pdf]',
  en: 'Usage: npm start -- [--lang vi|en] [--out-dir DIR] [--no-pdf]',
}

async function main(): Promise<number> {
  let values: { lang?: string; 'out-dir'?: string; 'no-pdf'?: boolean }
  try {
    values = parseArgs({
      options: {
        lang: { type: 'string', default: 'vi' },
        'out-dir': { type: 'string' },
        // Converting to PDF takes LibreOffice a few seconds: skip it when only the rest is wanted.
        'no-pdf': { type: 'boolean' },
      },
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
  // `npm start` runs this in the example's folder; a folder given is the caller's, which npm
  // keeps in INIT_CWD (only under `start`: a test npm runs may call this from anywhere).
  const caller = process.env.npm_lifecycle_event === 'start' ? process.env.INIT_CWD : undefined
  const given = values['out-dir']
  const outDir = given === undefined ? resolve('.') : resolve(caller ?? '.', given)
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
  const docx = resolve(outDir, 'report.docx')
  let pdf: PdfResult
  try {
    await mkdir(outDir, { recursive: true })
    await writeFileAtomic(html, reportToHtml(report, { lang }))
    await writeFileAtomic(markdown, reportToMarkdown(report, { lang }))
    await writeFileAtomic(docx, await reportToDocx(report, { lang }))
    pdf = values['no-pdf'] ? { skipped: true } : await docxToPdf(docx, outDir)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    process.stderr.write(
      lang === 'vi'
        ? `Không ghi được báo cáo vào ${outDir} (${reason}). Chọn thư mục khác bằng --out-dir.\n`
        : `Cannot write the report into ${outDir} (${reason}). Choose another folder with --out-dir.\n`,
    )
    return 2
  }
  const written = [html, markdown, docx, ...('pdf' in pdf ? [pdf.pdf] : [])]
  process.stdout.write(
    `\n${lang === 'vi' ? 'Đã ghi báo cáo:' : 'Report written:'}\n${written.map((path) => `  ${path}\n`).join('')}`,
  )
  if ('missing' in pdf) {
    process.stdout.write(
      lang === 'vi'
        ? 'Chưa ghi report.pdf: cần LibreOffice (Debian: apt-get install\n  libreoffice-writer-nogui fonts-liberation2).\n'
        : 'No report.pdf: converting it needs LibreOffice (Debian: apt-get install\n  libreoffice-writer-nogui fonts-liberation2).\n',
    )
  } else if ('failed' in pdf) {
    process.stderr.write(
      lang === 'vi'
        ? `LibreOffice không chuyển được report.docx sang PDF: ${pdf.failed}\n`
        : `LibreOffice could not convert report.docx to PDF: ${pdf.failed}\n`,
    )
  }
  return 0
}

process.exitCode = await main()
