import { describe, expect, it } from 'vitest'
import { progressReportFixture, seriesFixture } from './progress-fixture'
import { progressReportToHtml } from './progress-html'
import { progressReportToMarkdown } from './progress-markdown'
import { progressReportToPretty } from './progress-pretty'

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">'

describe('progressReportToHtml', () => {
  const report = progressReportFixture()

  it('is one self-contained document: inline CSS and SVG, no script, nothing fetched', () => {
    const html = progressReportToHtml(report)
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('<style>')
    expect(html).toContain('<svg')
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    expect(html).toContain("default-src 'none'")
  })

  it('shows status badges, the targets with their outcomes, and Vietnamese numbers', () => {
    const html = progressReportToHtml(report)
    expect(html).toContain('Tiến triển hạn chế')
    expect(html).toContain('không đạt')
    expect(html).toContain('14,02%')
    expect(html).toContain('≥ 30% đến năm 2030')
    expect(html).not.toContain('14.02%')
  })

  it('speaks English with English numbers', () => {
    const html = progressReportToHtml(report, { lang: 'en' })
    expect(html).toContain('<html lang="en">')
    expect(html).toContain('Limited progress')
    expect(html).toContain('14.02%')
    expect(html).toContain('≥ 30% by 2030')
    expect(html).not.toContain('Tiến triển hạn chế')
  })

  it('lists rule failures and validation issues', () => {
    const html = progressReportToHtml(report, { lang: 'en' })
    expect(html).toContain('dx_product_every_year')
    expect(html).toContain('No DX product in 2023')
    expect(html).toContain('unknown_indicator')
    expect(html).toContain('Check the indicator id')
  })

  it('labels everything resting on illustrative data', () => {
    const html = progressReportToHtml(report, { lang: 'en' })
    expect(html).toContain('ILLUSTRATIVE DATA')
    // The failure of the rule counting the illustrative records carries the tag.
    const row = html.slice(html.indexOf('<code>dx_product_every_year</code>'))
    expect(row.slice(0, 200)).toContain('class="tag">illustrative')
    const clean = progressReportToHtml({ ...report, datasets: [] }, { lang: 'en' })
    expect(clean).not.toContain('ILLUSTRATIVE DATA')
    expect(clean).not.toContain('class="tag"')
  })

  it('escapes every text from packs and data', () => {
    const series = seriesFixture()
    const hostile = progressReportToHtml(
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
            },
          ],
        },
        datasets: [
          { id: HOSTILE, title: { vi: HOSTILE, en: HOSTILE }, illustrative: true, source: HOSTILE },
        ],
      },
      { lang: 'vi' },
    )
    expect(hostile).not.toContain('<script>')
    expect(hostile).not.toContain('<img')
    expect(hostile).not.toMatch(/onerror="/)
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('is deterministic', () => {
    expect(progressReportToHtml(progressReportFixture())).toBe(progressReportToHtml(report))
  })
})

describe('progressReportToMarkdown', () => {
  const report = progressReportFixture()

  it('summarises every series in a table, with the illustrative warning', () => {
    const md = progressReportToMarkdown(report, { lang: 'en' })
    expect(md).toMatch(
      /\| Digital economy share of GRDP \| Viet Nam \| 14\.02% \(2025\) \| ≥ 30% by 2030 \| 🟠 Limited progress \|/,
    )
    expect(md).toContain('ILLUSTRATIVE DATA')
    expect(md).toContain('`dx_product_every_year` (illustrative)')
    expect(md).toContain('❌ The data is not valid')
  })

  it('writes Vietnamese numbers, and escapes pipes and HTML', () => {
    const md = progressReportToMarkdown(report)
    expect(md).toContain('14,02%')
    const hostile = progressReportToMarkdown({
      ...report,
      targets: [{ ...seriesFixture(), unitName: { vi: `a | b ${HOSTILE}` } }],
    })
    expect(hostile).toContain('a \\| b &lt;script&gt;')
    expect(hostile).not.toContain('<script>')
  })
})

describe('progressReportToPretty', () => {
  const report = progressReportFixture()

  it('prints a table and what decided each target, without colour by default', () => {
    const text = progressReportToPretty(report)
    expect(text).toMatch(
      /Tỷ trọng kinh tế số trong GRDP\s+Việt Nam\s+14,02% \(năm 2025\)\s+≥ 30% đến năm 2030\s+Tiến triển hạn chế/,
    )
    expect(text).toContain('≥ 20% đến năm 2025: không đạt')
    expect(text).toContain('[minh họa]')
    expect(text).not.toContain('\u001b[')
  })

  it('colours statuses when asked, and strips control characters from data', () => {
    const colored = progressReportToPretty(report, { color: true, lang: 'en' })
    expect(colored).toContain('\u001b[33mLimited progress\u001b[39m')
    const hostile = progressReportToPretty({
      ...report,
      targets: [{ ...seriesFixture(), unitName: { vi: 'x\u001b[2Jy' } }],
    })
    expect(hostile).not.toContain('\u001b[2J')
  })
})
