import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportFixture } from '../../__tests__/report-fixture'
import type { PipelineReport } from '../../report/report'
import { reportJsonValue } from '../../report/report-json'
import { reportToXlsx } from './report-xlsx'

let report: PipelineReport
let vi: ExcelJS.Workbook
let en: ExcelJS.Workbook

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  return workbook
}

/** A sheet's rows as objects keyed by header. */
function records(sheet: ExcelJS.Worksheet) {
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
  const out: { values: Record<string, unknown>; formats: Record<string, string> }[] = []
  sheet.eachRow((row, number) => {
    if (number === 1) return
    const values: Record<string, unknown> = {}
    const formats: Record<string, string> = {}
    headers.forEach((header, i) => {
      const cell = row.getCell(i + 1)
      values[header] = cell.value
      formats[header] = cell.numFmt
    })
    out.push({ values, formats })
  })
  return out
}

beforeAll(async () => {
  report = await reportFixture()
  vi = await read(await reportToXlsx(report))
  en = await read(await reportToXlsx(report, { lang: 'en' }))
})

/** Each qualifier's word in the tables, as a report reads it aloud. */
const QUALIFIER_VI: Readonly<Record<string, string>> = {
  more_than: 'hơn',
  at_least: 'ít nhất',
  less_than: 'dưới',
  at_most: 'nhiều nhất',
  approx: 'khoảng',
  range: 'khoảng giá trị',
}

describe('reportToXlsx', () => {
  it('has one sheet per table, in the chosen language', () => {
    expect(vi.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tiến độ đến chỉ tiêu',
      'Xu hướng (không có chỉ tiêu)',
      'Kết quả kiểm tra quy tắc',
      'Vấn đề dữ liệu',
      'Số liệu',
      'Số liệu tính ra',
      'Số liệu không tính được',
    ])
    expect(en.worksheets.map((sheet) => sheet.name)).toContain('Progress to targets')
    expect(en.getWorksheet('Progress to targets')!.getRow(1).getCell(1).value).toBe('Indicator')
  })

  it('freezes and filters the header row', () => {
    for (const sheet of vi.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(sheet.getRow(1).font?.bold).toBe(true)
    }
    expect(vi.getWorksheet('Số liệu')!.autoFilter).toBeDefined()
  })

  it('writes the targets’ numbers as numbers: values as published, rates as fractions in percent', () => {
    const json = reportJsonValue(report, 'vi')
    const rows = records(vi.getWorksheet('Tiến độ đến chỉ tiêu')!)
    const expected = json.targets.filter((s) => s.targets.length > 0)
    expect(rows).toHaveLength(expected.length)
    const economy = rows.find(
      (row) =>
        row.values['Mã chỉ số'] === 'digital_economy_share_grdp' &&
        row.values['Mã đơn vị'] === 'VN',
    )!
    const series = expected.find(
      (s) => s.indicator === 'digital_economy_share_grdp' && s.unit === 'VN',
    )!
    expect(economy.values['Mới nhất']).toBe(14.02)
    expect(economy.formats['Mới nhất']).toBe('#,##0.00')
    expect(economy.values['Tăng trưởng bình quân năm']).toBe(Number(series.assessment.cagr))
    expect(economy.formats['Tăng trưởng bình quân năm']).toBe('0.00%')
    expect(economy.values['Giá trị chỉ tiêu']).toBe(30)
    expect(economy.values['Đánh giá']).toBe('Tiến triển hạn chế')
    expect(economy.values['Mã đánh giá']).toBe('limited_progress')
  })

  it('lists every figure, submitted or derived, with the exact value as a number', () => {
    const json = reportJsonValue(report, 'vi')
    const rows = records(vi.getWorksheet('Số liệu')!)
    const points = json.targets.flatMap((s) => s.series.map((p) => ({ s, p })))
    expect(rows).toHaveLength(points.length)
    points.forEach(({ s, p }, i) => {
      const row = rows[i]!.values
      expect(row['Mã chỉ số']).toBe(s.indicator)
      expect(row['Kỳ']).toBe(p.period)
      expect(row['Giá trị']).toBe(p.value === undefined ? null : Number(p.value))
      expect(row['Nguồn gốc']).toBe(p.derived === undefined ? 'đã nộp' : 'tính ra')
      expect(row['Mức chính xác']).toBe(
        p.qualifier === undefined ? null : QUALIFIER_VI[p.qualifier],
      )
    })
    // The fixture publishes one figure as approximate: its word is the reports' (`khoảng`).
    expect(points.some(({ p }) => p.qualifier === 'approx')).toBe(true)
  })

  it('writes every rule result and every data issue', () => {
    const rules = records(vi.getWorksheet('Kết quả kiểm tra quy tắc')!)
    expect(rules).toHaveLength(report.evaluation!.results.length)
    const failed = rules.filter((row) => row.values['Kết quả'] === 'không đạt')
    expect(failed).toHaveLength(reportJsonValue(report).rules.failed.length)
    expect(failed[0]!.values['Thực tế']).toBe(0)
    expect(failed[0]!.values['Yêu cầu']).toBe(1)
    const issues = records(vi.getWorksheet('Vấn đề dữ liệu')!)
    expect(issues.map((row) => row.values['Mã'])).toContain('unknown_indicator')
    const json = reportJsonValue(report, 'vi').validation.issues
    expect(issues).toHaveLength(json.length)
    json.forEach((issue, i) => {
      expect(issues[i]!.values['Dòng']).toBe(issue.row)
      expect(issues[i]!.values['Nội dung']).toBe(issue.message)
    })
  })
})
