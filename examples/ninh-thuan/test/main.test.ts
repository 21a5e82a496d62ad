import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/**
 * Runs the built main job in a fresh folder; returns its output and the files it wrote.
 * Wide (COLUMNS=240) so that a table row stays on one line for the checks below. Without the
 * PDF (`report-docx.test.ts` checks it), which takes LibreOffice seconds.
 */
function runMain(...args: string[]) {
  return runMainWith({}, ...args)
}

function runMainWith(env: Record<string, string>, ...args: string[]) {
  const cwd = mkdtempSync(join(tmpdir(), 'tiendo-main-'))
  folders.push(cwd)
  const out = execFileSync(process.execPath, [main, '--no-pdf', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '240', ...env },
  })
  const read = (name: string) => readFileSync(join(cwd, name), 'utf8')
  return { out, cwd, read }
}

describe('the main job (npm start)', () => {
  const vi = runMain()
  const html = vi.read('report.html')
  const md = vi.read('report.md')

  it('assesses the national digital economy: 2025 missed, limited progress towards 2030', () => {
    expect(vi.out).toMatch(
      /Tỷ trọng kinh tế số trong GRDP\s+Việt Nam\s+14,02% \(năm 2025\)\s+≥ 30% đến năm 2030\s+Tiến triển hạn chế/,
    )
    expect(vi.out).toMatch(
      /Tỷ trọng kinh tế số trong GRDP \(Việt Nam\): Tiến triển hạn chế — ≥ 20% đến năm 2025: không đạt; ≥ 30% đến năm 2030: chưa đến hạn/,
    )
  })

  it('finds the fibre-household target reached, and keeps bounds and ranges as published', () => {
    expect(vi.out).toMatch(
      /Tỷ lệ hộ gia đình có cáp quang băng rộng cố định\s+Việt Nam\s+82,2% \(6 tháng đầu năm 2024\)\s+≥ 80% đến năm 2025\s+Đã đạt/,
    )
    expect(vi.out).toMatch(
      /Số doanh nghiệp tham gia sàn thương mại điện tử\s+Tỉnh Ninh Thuận\s+hơn 90/,
    )
    expect(vi.out).toMatch(
      /Tỷ lệ sản lượng tiêu thụ qua kênh thương mại số\s+Tỉnh Ninh Thuận\s+25–30%/,
    )
    expect(vi.out).toContain('363.558 tỷ đồng (9 tháng đầu năm 2024)')
  })

  it('evaluates the one-product-a-year rule on the illustrative records, labelled as such', () => {
    expect(vi.out).toContain('DỮ LIỆU MINH HỌA')
    // The dataset's README: six unit-years deliberately lack a completed product.
    // Each row shows the rule by the first sentence of its description in the pack, labelled,
    // however its cell wraps (the message column's width decides where).
    expect(
      vi.out.match(
        /^lỗi\s+Yêu cầu của tỉnh: mỗi cơ quan, đơn vị, địa phương phải hoàn thành ít nhất một[^[]*?trong\s+từng\s+năm\.\s+\[minh họa\]/gm,
      ),
    ).toHaveLength(6)
    expect(vi.out).toMatch(/Kiểm tra dữ liệu: ✔ Dữ liệu hợp lệ — 3 tệp, \d+ dòng, 0 lỗi/)
  })

  it('writes report.html, report.md and report.docx into the current folder, and says where', () => {
    expect(vi.out).toContain(join(vi.cwd, 'report.html'))
    expect(vi.out).toContain(join(vi.cwd, 'report.md'))
    expect(vi.out).toContain(join(vi.cwd, 'report.docx'))
    expect(readFileSync(join(vi.cwd, 'report.docx')).subarray(0, 2).toString()).toBe('PK')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<svg')
    expect(html).not.toContain('<script')
    expect(html).toContain('Tiến triển hạn chế')
    expect(html).toContain('minh họa')
    expect(md).toMatch(/\| Tỷ trọng kinh tế số trong GRDP \| Việt Nam \| 14,02% \(năm 2025\) \|/)
    expect(md).toContain('DỮ LIỆU MINH HỌA')
  })

  it('writes --out-dir where npm start was run, not in the example’s folder npm runs it in', () => {
    const caller = mkdtempSync(join(tmpdir(), 'tiendo-caller-'))
    folders.push(caller)
    const run = runMainWith(
      { npm_lifecycle_event: 'start', INIT_CWD: caller },
      '--lang',
      'en',
      '--out-dir',
      'out',
    )
    expect(run.out).toContain(join(caller, 'out', 'report.html'))
    expect(readFileSync(join(caller, 'out', 'report.md'), 'utf8')).toContain('14.02%')
    expect(existsSync(join(run.cwd, 'out'))).toBe(false)
  })

  it('speaks English with --lang en, and writes into --out-dir', () => {
    const en = runMain('--lang', 'en', '--out-dir', 'out')
    expect(en.out).toMatch(
      /Digital economy share of GRDP \(GDP at national level\)\s+Viet Nam\s+14\.02% \(2025\)\s+≥ 30% by 2030\s+Limited progress/,
    )
    expect(en.out).toContain('ILLUSTRATIVE DATA')
    expect(en.out).not.toContain('Tiến triển hạn chế')
    expect(en.out).toContain(join(en.cwd, 'out', 'report.html'))
    const english = en.read(join('out', 'report.html'))
    expect(english).toContain('<html lang="en">')
    expect(english).toContain('Limited progress')
    expect(en.read(join('out', 'report.md'))).toContain('14.02%')
  })

  it('fits an 80-column terminal: tables wrap inside their cells', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'tiendo-main-'))
    folders.push(cwd)
    const narrow = execFileSync(process.execPath, [main, '--no-pdf'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', COLUMNS: '80' },
    })
    const wide = narrow.split('\n').filter((line) => [...line].length > 80)
    // Only the paths of the files written may run longer (they are shown whole, to be copied).
    expect(wide.filter((line) => !line.includes(cwd))).toEqual([])
    expect(narrow).toContain('Tiến triển hạn chế')
  })

  it('derives what nobody submitted: the province’s DX products, summed from its units', () => {
    expect(vi.out).toMatch(
      /Số sản phẩm chuyển đổi số hoàn thành \[tính ra\]\s+Tỉnh Ninh Thuận\s+27 \(năm 2024\)/,
    )
    expect(vi.out).toContain('Số liệu tính ra')
    expect(md).toContain('### Số liệu tính ra')
    expect(html).toContain('<h2>Số liệu tính ra</h2>')
  })

  it('refuses an unknown language with exit code 2', () => {
    expect(() =>
      execFileSync(process.execPath, [main, '--lang', 'fr'], { encoding: 'utf8', stdio: 'pipe' }),
    ).toThrow(expect.objectContaining({ status: 2 }))
  })
})
