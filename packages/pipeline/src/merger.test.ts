import { describe, expect, it } from 'vitest'
import { mergerRun } from './__tests__/merger'
import { runPipeline } from './browser'
import { reportToHtml } from './render/report-html'
import { reportToMarkdown } from './render/report-markdown'
import { reportToPretty } from './render/report-pretty'
import { reportJsonValue } from './report/report-json'
import { ReportJsonSchema } from './report/report-json-schema'

const MERGED = 'M@2025-07-01'

const run = () => runPipeline(mergerRun())

describe('two provinces merged into one (a pack written from the docs)', () => {
  it('gives the merged province a full carried series, assessed with a growth figure', async () => {
    const report = await run()
    expect(report.valid).toBe(true)
    const fibre = report.targets.find(
      (series) => series.indicatorId === 'household_fibre_rate' && series.unit === MERGED,
    )
    expect(fibre?.series.map((point) => [point.period, point.value, point.derived])).toEqual([
      ['2020', '52', 'carry'],
      ['2021', '56', 'carry'],
      ['2022', '60', 'carry'],
      ['2023', '64', 'carry'],
      ['2024', '68', 'carry'],
      // Its own parts, 186000 / 252000 (a ratio derived from what it submitted).
      ['2025', '73.80952380952380952380952380952380952381', 'ratio'],
    ])
    expect(fibre?.assessment.status).not.toBe('insufficient_data')
    // (73.8095… / 52)^(1/5) − 1, from 2020 to 2025
    expect(fibre?.assessment.cagr?.toSignificantDigits(4).toFixed()).toBe('0.07256')
    expect(fibre?.target?.id).toBe('fibre_m_2030')
    // The carried figure says where it came from: recomputed from both predecessors' parts.
    const carried = report.dataset.getByKey('household_fibre_rate', MERGED, '2024')
    expect(carried?.derived).toMatchObject({ method: 'carry', rule: 'ratio', date: '2025-07-01' })
    expect(carried?.derived?.inputs.map((input) => [input.unit, input.role])).toEqual([
      ['A', 'numerator'],
      ['A', 'denominator'],
      ['B', 'numerator'],
      ['B', 'denominator'],
    ])
    // The digital economy share carries by its own rule: re-weighted by GRDP.
    const share = report.dataset.getByKey('digital_economy_share_grdp', MERGED, '2020')
    // (8 × 20000 + 12 × 60000) / 80000
    expect(share?.value?.toFixed()).toBe('11')
    expect(share?.derived?.rule).toBe('weighted_mean')
  })

  it('shows the provenance in every format', async () => {
    const report = await run()
    const json = reportJsonValue(report, 'en')
    expect(ReportJsonSchema.safeParse(json).success).toBe(true)
    const carried = json.derived.figures.find(
      (figure) =>
        figure.indicator === 'household_fibre_rate' &&
        figure.unit === MERGED &&
        figure.period === '2024',
    )
    expect(carried).toMatchObject({
      value: '68',
      derived: { method: 'carry', rule: 'ratio', date: '2025-07-01' },
    })
    const series = json.targets.find(
      (target) => target.indicator === 'household_fibre_rate' && target.unit === MERGED,
    )
    expect(series?.series[0]).toEqual({ period: '2020', value: '52', derived: 'carry' })

    const pretty = reportToPretty(report, { lang: 'en', width: 200, maxRows: 100 })
    expect(pretty).toContain('Derived figures')
    expect(pretty).toMatch(/carried from predecessors\s+A province, B\s+province/)
    const md = reportToMarkdown(report, { lang: 'vi' })
    expect(md).toContain('### Số liệu tính ra')
    expect(md).toContain('ghép từ đơn vị tiền thân Tỉnh A, Tỉnh B (tính lại từ tử số và mẫu số)')
    const html = reportToHtml(report, { lang: 'en' })
    expect(html).toContain('<h2>Derived figures</h2>')
    expect(html).toContain('class="tag derived"')
    expect(html).toContain('<rect class="derived"')
  })

  it('prorates the one-product-a-year rule for provinces that existed part of 2025', async () => {
    const report = await run()
    const quota = (report.evaluation?.results ?? []).filter(
      (result) => result.ruleId === 'dx_product_every_year' && result.period === '2025',
    )
    expect(quota.map((result) => [result.unit, result.outcome])).toEqual([
      ['A', 'passed'],
      ['B', 'failed'],
      [MERGED, 'passed'],
    ])
    // A rule failure is a rule outcome, not a data error: the data stays valid.
    expect(report.valid).toBe(true)
    expect(report.rules.failedBySeverity.error).toBe(1)
  })

  it('counts the products of each province and year as figures of their indicator', async () => {
    const report = await run()
    const count = (unit: string, period: string) =>
      report.dataset.getByKey('dx_products_completed', unit, period)
    expect(count('A', '2023')?.value?.toFixed()).toBe('1')
    expect(count('A', '2023')?.derived?.method).toBe('record_count')
    // The country's count would need every province's: Vietnam's 63 are in the pack too.
    expect(count('VN', '2024')).toBeUndefined()
    // A province's own yearly counts are figures, not a trend to assess.
    const assessed = report.targets
      .filter((series) => series.indicatorId === 'dx_products_completed')
      .map((series) => series.unit)
    expect(assessed).not.toContain('A')
  })
})
