import { Decimal } from 'decimal.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportFixture } from '../../__tests__/report-fixture'
import { nodeChartRasterizer } from '../../node/chart-png-node'
import { reportToDocx } from '../../node/report-docx-node'
import type { PipelineReport } from '../../report/report'
import { reportJsonValue } from '../../report/report-json'
import { formatNumber, formatRate, periodText } from '../format'
import { groupSeries } from '../report-view'
import { blocks, elements, paragraphsOf, readDocx, tableRows, textOf } from './__tests__/read-docx'
import type { ReportDocumentConfig } from './document-config'

let report: PipelineReport
let vi: ReturnType<typeof readDocx>
let en: ReturnType<typeof readDocx>
let unfilled: ReturnType<typeof readDocx>

const CONFIG: ReportDocumentConfig = {
  parentBody: 'Ủy ban nhân dân tỉnh Ninh Thuận',
  issuingBody: { vi: 'Sở Khoa học và Công nghệ', en: 'Department of Science and Technology' },
  number: '12',
  symbol: 'BC-SKHCN',
  place: 'Ninh Thuận',
  date: '2026-02-05',
  signer: { authority: ['KT. Giám đốc', 'Phó Giám đốc'], name: 'Nguyễn Văn A' },
  recipients: ['UBND tỉnh (để b/c)', 'Bộ Khoa học và Công nghệ'],
}

beforeAll(async () => {
  report = await reportFixture()
  vi = readDocx(await reportToDocx(report, { config: CONFIG }))
  en = readDocx(await reportToDocx(report, { lang: 'en', config: CONFIG }))
  unfilled = readDocx(await reportToDocx(report, { charts: false }))
})

const MM = 1440 / 25.4
const between = (twips: string | undefined, low: number, high: number) => {
  const mm = Number(twips) / MM
  return mm >= low - 0.05 && mm <= high + 0.05
}

/** The appendix tables: those with a header row whose first cell is the row number. */
const appendixTables = (doc: ReturnType<typeof readDocx>, number = 'STT') =>
  blocks(doc.document, 'w:tbl')
    .map(tableRows)
    .filter((rows) => rows[0]?.[0] === number)

describe('reportToDocx: the layout of Decree 30/2020/NĐ-CP, Appendix I', () => {
  it('is on A4, portrait for the body and landscape for the appendices, within the margins', () => {
    const sizes = elements(vi.document, 'w:pgSz')
    expect(sizes.length).toBeGreaterThanOrEqual(2)
    expect(sizes[0]).toMatchObject({ 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' })
    for (const size of sizes.slice(1)) {
      expect(size).toMatchObject({ 'w:w': '16838', 'w:h': '11906', 'w:orient': 'landscape' })
    }
    for (const margin of elements(vi.document, 'w:pgMar')) {
      expect(between(margin['w:top'], 20, 25)).toBe(true)
      expect(between(margin['w:bottom'], 20, 25)).toBe(true)
      expect(between(margin['w:left'], 30, 35)).toBe(true)
      expect(between(margin['w:right'], 15, 20)).toBe(true)
    }
  })

  it('is set in Times New Roman, the body in 14 points, nothing outside 11–14', () => {
    const defaults = blocks(vi.styles, 'w:docDefaults')[0]!
    expect(elements(defaults, 'w:rFonts')[0]).toMatchObject({
      'w:ascii': 'Times New Roman',
      'w:hAnsi': 'Times New Roman',
    })
    expect(elements(defaults, 'w:sz')[0]?.['w:val']).toBe('28')
    const fonts = elements(vi.document, 'w:rFonts').map((font) => font['w:ascii'])
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']))
    const sizes = paragraphsOf(vi.document).flatMap((p) => p.runs.map((r) => r.size))
    for (const size of sizes) if (size !== undefined) expect(size).toBeGreaterThanOrEqual(22)
    for (const size of sizes) if (size !== undefined) expect(size).toBeLessThanOrEqual(28)
    const body = paragraphsOf(vi.document).find((p) => p.text.startsWith('Trong số các chỉ tiêu'))!
    expect(body.runs.every((run) => run.size === 28)).toBe(true)
    expect(body.xml).toContain('<w:jc w:val="both"/>')
  })

  it('puts the issuing body at top left and the national title at top right, then number, place and date', () => {
    const top = tableRows(blocks(vi.document, 'w:tbl')[0]!)
    expect(top[0]![0]).toBe('ỦY BAN NHÂN DÂN TỈNH NINH THUẬNSỞ KHOA HỌC VÀ CÔNG NGHỆ')
    expect(top[0]![1]).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc')
    // A day below 10 and the months 1 and 2 take a leading zero.
    expect(top[1]).toEqual(['Số: 12/BC-SKHCN', 'Ninh Thuận, ngày 05 tháng 02 năm 2026'])
    const paragraphs = paragraphsOf(vi.document)
    const title = paragraphs.find((p) => p.text === 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')!
    expect(title.runs[0]).toMatchObject({ bold: true, size: 24 })
    const motto = paragraphs.find((p) => p.text === 'Độc lập - Tự do - Hạnh phúc')!
    expect(motto.runs[0]).toMatchObject({ bold: true, size: 26 })
    const date = paragraphs.find((p) => p.text.startsWith('Ninh Thuận, ngày'))!
    expect(date.runs.every((run) => run.italics && run.size === 28)).toBe(true)
  })

  it('names the document type and its summary, then numbered sections, the signer and the recipients', () => {
    const texts = paragraphsOf(vi.document).map((p) => p.text)
    const at = (text: string) => texts.indexOf(text)
    expect(at('BÁO CÁO')).toBeGreaterThan(0)
    expect(texts[at('BÁO CÁO') + 1]).toBe('Tiến độ chuyển đổi số — Chuyển đổi số tỉnh Ninh Thuận')
    const headings = [
      'I. TÓM TẮT',
      'II. TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU',
      'III. KẾT QUẢ KIỂM TRA QUY TẮC',
      'IV. KIỂM TRA DỮ LIỆU',
      'V. SỐ LIỆU TÍNH RA',
      'VI. NGUỒN DỮ LIỆU VÀ PHƯƠNG PHÁP',
    ].map(at)
    expect(
      headings.every((index, i) => index > at('BÁO CÁO') && index > (headings[i - 1] ?? 0)),
    ).toBe(true)
    expect(texts).toContain('Nơi nhận:')
    expect(texts).toContain('- UBND tỉnh (để b/c);')
    expect(texts).toContain('- Lưu: VT.')
    expect(texts).toContain('KT. GIÁM ĐỐC')
    expect(texts).toContain('Nguyễn Văn A')
    const recipients = paragraphsOf(vi.document).find((p) => p.text === 'Nơi nhận:')!
    expect(recipients.runs[0]).toMatchObject({ bold: true, italics: true, size: 24 })
  })

  it('numbers the pages in the top margin, none on the first page', () => {
    expect(vi.document).toContain('<w:titlePg/>')
    const headers = vi.names.filter((name) => /^word\/header\d+\.xml$/.test(name)).map(vi.text)
    expect(headers.some((xml) => xml.includes('PAGE'))).toBe(true)
  })

  it('leaves what it cannot know as highlighted fields to fill in', () => {
    const fields = paragraphsOf(unfilled.document)
      .flatMap((p) => p.runs)
      .filter((run) => run.highlight === 'yellow')
      .map((run) => run.text)
    expect(fields).toEqual(
      expect.arrayContaining([
        '[TÊN CƠ QUAN BAN HÀNH]',
        '[viết tắt]',
        '[Địa danh]',
        '[QUYỀN HẠN, CHỨC VỤ]',
        '[Họ và tên]',
        '[Cơ quan nhận]',
      ]),
    )
    expect(textOf(unfilled.document)).toContain('Số: ……/BC-[viết tắt]')
    expect(vi.document).not.toContain('[Họ và tên]')
  })
})

describe('reportToDocx: the progress report', () => {
  it('summarises the targets: achieved, on track, off track, without data', () => {
    const withTargets = report.targets.filter((s) => s.targets.length > 0)
    const achieved = withTargets.filter((s) => s.assessment.status === 'achieved').length
    const summary = paragraphsOf(vi.document).find((p) => p.text.startsWith('Trong số'))!
    expect(summary.text).toContain(`${achieved} chỉ tiêu đã đạt`)
    expect(summary.text).toMatch(/\d+ chỉ tiêu chưa đủ số liệu để đánh giá/)
  })

  it('gives each target its latest figure, growth observed and needed, projection, verdict and chart', () => {
    const text = textOf(vi.document)
    expect(text).toContain('1. Tỷ trọng kinh tế số trong GRDP — Việt Nam')
    expect(text).toContain('Số liệu mới nhất: 14,02% (năm 2025)')
    expect(text).toMatch(/tăng trưởng bình quân năm quan sát được \d+,\d\d%/)
    expect(text).toMatch(/tăng trưởng bình quân năm cần thiết để đạt chỉ tiêu \d+,\d\d%/)
    expect(text).toContain('dự báo đến năm 2030:')
    expect(text).toContain('Đánh giá: Tiến triển hạn chế — ≥ 20% đến năm 2025: không đạt')
    const charted = groupSeries(report).targeted.length
    expect(vi.media.length).toBe(charted)
    for (const png of vi.media) expect([...png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
    expect(elements(vi.document, 'wp:docPr')[0]?.title).toContain('Tỷ trọng kinh tế số trong GRDP')
    expect(unfilled.media).toEqual([])
  })

  it('names the units that failed the one-product-a-year rule, by year, labelled illustrative', () => {
    const text = textOf(vi.document)
    expect(text).toContain(
      'Quy tắc “Yêu cầu của tỉnh: mỗi cơ quan, đơn vị, địa phương phải hoàn thành ít nhất một sản phẩm chuyển đổi số trong từng năm. — minh họa” (mức lỗi)',
    )
    expect(text).toMatch(/- năm 2023: [^;]*Sở Tư pháp tỉnh Ninh Thuận \(58\.STP\)/)
  })

  it('reports the data problems and labels illustrative data and derived figures', () => {
    const text = textOf(vi.document)
    expect(text).toContain('Dữ liệu không hợp lệ')
    expect(text).toContain('digital_economy_shar')
    expect(text).toContain('DỮ LIỆU MINH HỌA')
    expect(text).toMatch(/\(tính ra: tổng hợp từ đơn vị cấp dưới/)
  })
})

describe('reportToDocx: the appendices hold every figure, as in the JSON report', () => {
  const json = () => reportJsonValue(report, 'vi')

  it('has a row per target with its latest value, growth and status', () => {
    const [targets] = appendixTables(vi)
    const expected = json().targets.filter((s) => s.targets.length > 0)
    expect(targets!.length - 1).toBe(expected.length)
    expected.forEach((series, i) => {
      const row = targets![i + 1]!
      const latest = series.series.filter((p) => p.value !== undefined).at(-1)
      if (latest !== undefined && latest.qualifier === undefined && latest.derived === undefined) {
        expect(row.join('|')).toContain(
          `${formatNumber(latest.value!, 'vi')}% (${periodText(latest.period, 'vi')})`,
        )
      }
      const cagr = series.assessment.cagr
      if (cagr !== null) expect(row).toContain(formatRate(new Decimal(cagr), 'vi'))
    })
  })

  it('lists every value of every series', () => {
    const figures = appendixTables(vi).find((rows) => rows[0]?.includes('Nguồn gốc'))!
    const points = json().targets.flatMap((s) => s.series)
    expect(figures.length - 1).toBe(points.length)
    points.forEach((p, i) => {
      const row = figures[i + 1]!
      expect(row[3]).toBe(periodText(p.period, 'vi'))
      if (p.value !== undefined && p.derived === undefined) {
        expect(row[4]).toMatch(new RegExp(`^${formatNumber(p.value, 'vi').replace(/\./g, '\\.')}`))
      }
      expect(row[8]).toBe(p.derived === undefined ? 'đã nộp' : 'tính ra')
    })
  })

  it('lists every rule failure with its unit and period', () => {
    const rules = appendixTables(vi).find((rows) => rows[0]?.includes('Quy tắc'))!
    const failed = json().rules.failed
    expect(rules.length - 1).toBe(failed.length)
    expect(new Set(rules.slice(1).map((row) => `${row[3]}@${row[4]}`))).toEqual(
      new Set(failed.map((f) => `${f.unit}@${periodText(f.period, 'vi')}`)),
    )
  })

  it('heads each appendix as the decree does: its number, its title, the report it is attached to', () => {
    const texts = paragraphsOf(vi.document).map((p) => p.text)
    const first = texts.indexOf('Phụ lục I')
    expect(first).toBeGreaterThan(texts.indexOf('- Lưu: VT.'))
    expect(texts[first + 1]).toBe('TIẾN ĐỘ ĐẾN CHỈ TIÊU VÀ XU HƯỚNG')
    expect(texts[first + 2]).toBe('(Kèm theo Báo cáo số 12/BC-SKHCN ngày 05 tháng 02 năm 2026)')
  })
})

describe('reportToDocx in English', () => {
  it('has the same structure with English words, the national title in Vietnamese', () => {
    const texts = paragraphsOf(en.document).map((p) => p.text)
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(texts).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(texts).toContain('REPORT')
    expect(texts).toContain('I. SUMMARY')
    expect(texts).toContain('Recipients:')
    const text = textOf(en.document)
    expect(text).toContain('DEPARTMENT OF SCIENCE AND TECHNOLOGY')
    expect(text).toContain('Ninh Thuận, 5 February 2026')
    expect(text).toContain('Latest figure: 14.02% (2025)')
    expect(text).not.toContain('Tiến triển hạn chế')
    expect(appendixTables(en, 'No.').length).toBeGreaterThan(0)
  })
})

describe('nodeChartRasterizer', () => {
  it('renders a chart with its Vietnamese text (the fonts are loaded)', async () => {
    const rasterize = await nodeChartRasterizer()
    const svg = (text: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" class="watermark">${text}</text></svg>`
    const withText = rasterize(svg('MINH HỌA'), 200)
    const empty = rasterize(svg(''), 200)
    expect([...withText.slice(1, 4)]).toEqual([0x50, 0x4e, 0x47])
    // Text draws pixels: the image with text compresses to more bytes than the blank one.
    expect(withText.length).toBeGreaterThan(empty.length + 200)
  })
})
