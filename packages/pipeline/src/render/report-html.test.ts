import { beforeAll, describe, expect, it } from 'vitest'
import { reportFixture } from '../__tests__/report-fixture'
import type { PipelineReport } from '../report/report'
import { reportToHtml } from './report-html'
import { reportToMarkdown } from './report-markdown'
import { reportToPretty } from './report-pretty'

let report: PipelineReport
beforeAll(async () => {
  report = await reportFixture()
})

/** The national digital economy share's series. */
const economy = () =>
  report.targets.find(
    (series) => series.indicatorId === 'digital_economy_share_grdp' && series.unit === 'VN',
  )!

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'

describe('reportToHtml', () => {
  it('is one self-contained document: inline CSS and SVG, no script, nothing fetched', () => {
    const html = reportToHtml(report)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<style>')
    expect(html).toContain('<svg')
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    expect(html).toContain("default-src 'none'")
  })

  it('shows status badges, the targets with their outcomes, and Vietnamese numbers', () => {
    const html = reportToHtml(report)
    expect(html).toContain('Tiến triển hạn chế')
    expect(html).toContain('không đạt')
    expect(html).toContain('14,02%')
    expect(html).toContain('≥ 30% đến năm 2030')
    expect(html).not.toContain('14.02%')
  })

  it('speaks English with English numbers', () => {
    const html = reportToHtml(report, { lang: 'en' })
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Limited progress')
    expect(html).toContain('14.02%')
    expect(html).toContain('≥ 30% by 2030')
    expect(html).not.toContain('Tiến triển hạn chế')
  })

  it('lists rule failures and validation issues', () => {
    const html = reportToHtml(report, { lang: 'en' })
    expect(html).toContain('dx_product_every_year')
    expect(html).toContain('Department of Justice, Ninh Thuận (58.STP) did not complete enough')
    expect(html).toContain('unknown_indicator')
    expect(html).toContain('Did you mean `digital_economy_share_grdp`?')
  })

  it('labels everything resting on illustrative data', () => {
    const html = reportToHtml(report, { lang: 'en' })
    expect(html).toContain('ILLUSTRATIVE DATA')
    // The failure of the rule counting the illustrative records carries the tag; the rule is
    // shown by the pack's description, its id kept as the cell's title.
    const row = html.slice(html.indexOf('<span title="dx_product_every_year">'))
    expect(row).toMatch(
      /^<span title="dx_product_every_year">The province(?:'|&#39;|&#x27;)s requirement: every agency/,
    )
    expect(row.slice(0, row.indexOf('</td>'))).toContain('class="tag">illustrative')
    const clean = reportToHtml(
      { ...report, datasets: report.datasets.map((d) => ({ ...d, illustrative: false })) },
      { lang: 'en' },
    )
    expect(clean).not.toContain('ILLUSTRATIVE DATA')
    expect(clean).not.toContain('class="tag"')
  })

  it('escapes every text from packs and data', () => {
    const series = economy()
    const hostile = reportToHtml(
      {
        ...report,
        title: { vi: HOSTILE, en: HOSTILE },
        pack: { id: HOSTILE, version: HOSTILE, title: { vi: HOSTILE, en: HOSTILE } },
        targets: [
          {
            ...series,
            indicatorId: HOSTILE,
            unit: HOSTILE,
            unitName: { vi: HOSTILE },
            indicator: { ...series.indicator, name: { vi: HOSTILE, en: HOSTILE }, unit: HOSTILE },
            targets: series.targets.map((t) => ({ ...t, source: HOSTILE })),
            series: [...series.series, { period: '2026', value: HOSTILE }],
          },
        ],
        evaluation: {
          ...report.evaluation!,
          results: [
            {
              ruleId: HOSTILE,
              unit: HOSTILE,
              period: HOSTILE,
              outcome: 'failed',
              severity: 'error',
              message: { vi: HOSTILE, en: HOSTILE },
              conditions: [],
              missing: [],
            },
          ],
        },
        datasets: [
          {
            id: HOSTILE,
            title: { vi: HOSTILE, en: HOSTILE },
            kind: 'observations',
            illustrative: true,
            published: false,
            origin: HOSTILE,
            indicators: [],
            rules: [],
          },
        ],
      },
      { lang: 'vi' },
    )
    expect(hostile).not.toContain('<script>')
    expect(hostile).not.toContain('<img')
    expect(hostile).not.toMatch(/onerror="/)
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('is deterministic', async () => {
    expect(reportToHtml(await reportFixture())).toBe(reportToHtml(report))
  })
})

describe('reportToMarkdown', () => {
  it('summarises every series in a table, with the illustrative warning', () => {
    const md = reportToMarkdown(report, { lang: 'en' })
    expect(md).toMatch(
      /\| Digital economy share of GRDP \(GDP at national level\) \| Viet Nam \| 14\.02% \(2025\) \| ≥ 30% by 2030 \| 🟠 Limited progress \|/,
    )
    expect(md).toContain('ILLUSTRATIVE DATA')
    expect(md).toContain(
      "| The province's requirement: every agency, unit and locality must complete at least one digital transformation product each year. (illustrative) |",
    )
    expect(md).toContain('❌ The data is not valid')
    // Validity is the data's (a row names an unknown indicator); rule failures count apart.
    expect(md).toMatch(/\d+ passed, 8 failed/)
  })

  it('writes Vietnamese numbers, and escapes pipes and HTML', () => {
    const md = reportToMarkdown(report)
    expect(md).toContain('14,02%')
    const hostile = reportToMarkdown({
      ...report,
      targets: [{ ...economy(), unitName: { vi: `a | b ${HOSTILE}` } }],
    })
    expect(hostile).toContain('a \\| b &lt;script&gt;')
    expect(hostile).not.toContain('<script>')
  })
})

describe('reportToPretty', () => {
  it('prints a table and what decided each target, without colour by default', () => {
    const text = reportToPretty(report, { width: 160 })
    expect(text).toMatch(
      /Tỷ trọng kinh tế số trong GRDP\s+Việt Nam\s+14,02% \(năm 2025\)\s+≥ 30% đến năm 2030\s+Tiến triển hạn chế/,
    )
    // The province's products, summed from its units' counts, are marked derived.
    expect(text).toMatch(
      /Số sản phẩm chuyển đổi số hoàn thành \[tính ra\]\s+Tỉnh Ninh Thuận\s+27 \(năm 2024\)/,
    )
    expect(text).toContain('≥ 20% đến năm 2025: không đạt')
    expect(text).toContain('[minh họa]')
    expect(text).not.toContain('\u001b[')
  })

  it('colours statuses when asked, and shows control characters from data as escapes', () => {
    const colored = reportToPretty(report, { color: true, lang: 'en', width: 160 })
    expect(colored).toContain('\u001b[33mLimited progress\u001b[39m')
    const hostile = reportToPretty(
      { ...report, targets: [{ ...economy(), unitName: { vi: 'x\u001b[2Jy' } }] },
      { width: 160 },
    )
    expect(hostile).not.toContain('\u001b[2J')
    expect(hostile).toContain('x\\u001b[2Jy')
  })

  it('shows a bidi override in a unit name as an escape, so it cannot reorder the line', () => {
    const text = reportToPretty(
      { ...report, targets: [{ ...economy(), unitName: { vi: 'Xã \u202eabc' } }] },
      { width: 160 },
    )
    expect(text).not.toContain('\u202e')
    expect(text).toContain('Xã \\u202eabc')
  })

  it('fits the terminal: no line wider than the width asked for', () => {
    for (const width of [80, 100]) {
      const text = reportToPretty(report, { lang: 'vi', width })
      const tooWide = text.split('\n').filter((line) => [...line].length > width)
      expect(tooWide).toEqual([])
    }
  })
})
