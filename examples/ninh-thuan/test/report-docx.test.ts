import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const cwd = mkdtempSync(join(tmpdir(), 'tiendo-docx-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

/** Whether a program runs (LibreOffice's `soffice`, poppler's `pdftotext`). */
const runs = (program: string, ...args: string[]) => spawnSync(program, args).error === undefined
const HAS_LIBREOFFICE = runs(process.env.TIENDO_SOFFICE ?? 'soffice', '--version')
const HAS_POPPLER = runs('pdfinfo', '-v')
// In CI LibreOffice and poppler are installed by .ci/run: the PDF test is required there.
const IN_CI = Boolean(process.env.CI)
const CAN_CHECK_PDF = IN_CI || (HAS_LIBREOFFICE && HAS_POPPLER)
if (!CAN_CHECK_PDF) {
  console.warn(
    'Skipping the PDF test: it needs LibreOffice and poppler (Debian: apt-get install libreoffice-writer-nogui fonts-liberation2 poppler-utils). In CI it is required.',
  )
}

// The main job as `npm start` runs it, with the PDF where LibreOffice is installed.
const out = execFileSync(process.execPath, [main], {
  cwd,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', COLUMNS: '240' },
  timeout: 240_000,
})

describe('the main job’s Word report', () => {
  it('writes report.docx beside report.html: a báo cáo with the article’s figures', () => {
    expect(out).toContain(join(cwd, 'report.docx'))
    const xml = strFromU8(unzipSync(readFileSync(join(cwd, 'report.docx')))['word/document.xml']!)
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(xml).toContain('BÁO CÁO')
    expect(xml).toContain('87,5%')
    expect(xml).toContain('81,7%')
  })

  it.skipIf(!CAN_CHECK_PDF)(
    'converts it to report.pdf with LibreOffice: pages numbered from the second, the article’s figures in the text',
    () => {
      const pdf = join(cwd, 'report.pdf')
      expect(out).toContain(pdf)
      expect(existsSync(pdf)).toBe(true)
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
      expect(info).toMatch(/^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/m)
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      const pageTexts = text.split('\f').filter((page, i, all) => i < all.length - 1 || page.trim())
      expect(pageTexts).toHaveLength(pages)
      // The body, the signer's page and four appendices, each on pages of its own.
      expect(pages).toBeGreaterThanOrEqual(6)
      expect(pageTexts[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
      expect(pageTexts[0]).toContain('Độc lập - Tự do - Hạnh phúc')
      expect(pageTexts[0]).toContain('BÁO CÁO')
      // No number on the first page; the second is numbered 2 at its top.
      expect(pageTexts[0]!.trim().split('\n')[0]!.trim()).not.toBe('1')
      expect(pageTexts[1]!.trim().split('\n')[0]!.trim()).toBe('2')
      const appendices = pageTexts.filter((page) =>
        /^\s*Phụ lục [IVX]+\s*$/m.test(page.split('\n').slice(0, 3).join('\n')),
      )
      expect(appendices.length).toBe(4)
      expect(text).toContain('87,5%')
      expect(text).toContain('81,7%')
      expect(text).toContain('Nơi nhận:')
    },
  )
})
