import { type ExecFileException, execFile } from 'node:child_process'
import { mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** What converting the Word report to PDF gave. */
export type PdfResult =
  | { readonly pdf: string }
  | { readonly missing: true }
  | { readonly failed: string }
  | { readonly skipped: true }

/** The LibreOffice program: `TIENDO_SOFFICE`, else `soffice` on the PATH. */
const SOFFICE = process.env.TIENDO_SOFFICE ?? 'soffice'

/**
 * Converts a .docx file to PDF beside it with LibreOffice (`soffice --headless
 * --convert-to pdf`), atomically: converted in a temporary folder, then moved into place. A
 * fresh LibreOffice profile each time, so that runs never share (or lock) one. Says so,
 * rather than failing, when LibreOffice is not installed.
 */
export async function docxToPdf(docx: string, outDir: string): Promise<PdfResult> {
  const work = await mkdtemp(join(tmpdir(), 'tiendo-pdf-'))
  try {
    const profile = pathToFileURL(join(work, 'profile')).href
    const args = [
      '--headless',
      '--norestore',
      `-env:UserInstallation=${profile}`,
      '--convert-to',
      'pdf',
      '--outdir',
      work,
      docx,
    ]
    const error = await new Promise<ExecFileException | null>((resolve) => {
      execFile(SOFFICE, args, { timeout: 180_000 }, (failure) => resolve(failure))
    })
    if (error?.code === 'ENOENT') return { missing: true }
    if (error !== null) return { failed: error.message.split('\n')[0] ?? String(error) }
    const name = `${basename(docx).replace(/\.docx$/i, '')}.pdf`
    const pdf = join(outDir, name)
    try {
      await rename(join(work, name), pdf)
    } catch (failure) {
      return { failed: (failure as Error).message }
    }
    return { pdf }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
