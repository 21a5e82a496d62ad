import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { tiendo } from './tiendo'

const data = ['assess-vn.csv', '--pack', 'vn-national', '--today', '2026-01-01']
const dir = mkdtempSync(join(tmpdir(), 'tiendo-office-'))

/** The text of a Word document's body. */
function documentText(path: string): string {
  const xml = strFromU8(unzipSync(readFileSync(path))['word/document.xml']!)
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')
}

describe('tiendo report --format docx|xlsx (built)', () => {
  it('writes a Word báo cáo, its format taken from the --output extension', () => {
    const out = join(dir, 'bao-cao.docx')
    const config = join(dir, 'bao-cao.json')
    writeFileSync(
      config,
      JSON.stringify({
        issuingBody: 'Sở Khoa học và Công nghệ',
        place: 'Khánh Hòa',
        symbol: 'BC-SKHCN',
      }),
    )
    const { code, stderr } = tiendo([
      'report',
      ...data,
      '--output',
      out,
      '--report-config',
      config,
      '--lang',
      'vi',
    ])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const text = documentText(out)
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
    expect(text).toContain('Số: ……/BC-SKHCN')
    expect(text).toContain('BÁO CÁO')
  })

  it('writes the tables as an Excel workbook, in English with --lang en', async () => {
    const out = join(dir, 'report.xlsx')
    expect(tiendo(['report', ...data, '--output', out, '--lang', 'en']).code).toBe(0)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(readFileSync(out) as never)
    const sheet = workbook.getWorksheet('Progress to targets')!
    expect(sheet.getRow(1).getCell(1).value).toBe('Indicator')
    expect(sheet.rowCount).toBeGreaterThan(1)
  })

  it('refuses a binary format without --output, and a bad report config, with exit code 2', () => {
    const bare = tiendo(['report', ...data, '--format', 'docx', '--lang', 'en'])
    expect(bare.code).toBe(2)
    expect(bare.stderr).toContain('needs `--output FILE.docx`')
    const config = join(dir, 'wrong.json')
    const run = (text: string) => {
      writeFileSync(config, text)
      return tiendo([
        'report',
        ...data,
        '--output',
        join(dir, 'x.docx'),
        '--report-config',
        config,
        '--lang',
        'en',
      ])
    }
    const wrong = run(JSON.stringify({ issuingBody: 'Sở', signer: { title: 'GIÁM ĐỐC' } }))
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toContain('Cannot use the report config')
    expect(wrong.stderr).toContain('/signer')
    const twice = run('{"issuingBody": "Sở A", "place": "X", "issuingBody": "Sở B"}')
    expect(twice.code).toBe(2)
    expect(twice.stderr).toContain('the key /issuingBody is written twice (line 1:')
    const broken = run('{"issuingBody": "secret-value" "place": 1}')
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('it is not valid JSON 1:')
    expect(broken.stderr).not.toContain('secret-value')
    const commented = run('{\n  // who issues it\n  "issuingBody": "Sở A"\n}')
    expect(commented.code).toBe(2)
    expect(commented.stderr).toContain(
      'it is not valid JSON 2:3: JSON has no comments, so remove the `//` or `/* … */` comment.',
    )
  })
})
