import { beforeAll, describe, expect, it } from 'vitest'
import { reportFixture } from '../__tests__/report-fixture'
import * as browser from '../browser'
import type { PipelineReport } from '../report/report'

let report: PipelineReport
beforeAll(async () => {
  report = await reportFixture()
})

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

describe('the words and rows of the renderers, from the browser entry', () => {
  it('name statuses, outcomes and targets as the HTML report does', () => {
    const series = report.targets.find(
      (s) => s.indicatorId === 'digital_economy_share_grdp' && s.unit === 'VN',
    )!
    const html = {
      vi: browser.reportToHtml(report),
      en: browser.reportToHtml(report, { lang: 'en' }),
    }
    for (const lang of ['vi', 'en'] as const) {
      const status = browser.statusLabel(series.assessment.status, lang)
      expect(html[lang]).toContain(`>${escapeHtml(status)}</span>`)
      for (const target of series.targets) {
        expect(html[lang]).toContain(escapeHtml(browser.targetText(target, 'percent', lang)))
      }
      const latest = series.series.at(-1)!
      expect(html[lang]).toContain(escapeHtml(browser.pointText(latest, 'percent', lang)))
      expect(html[lang]).toContain(escapeHtml(browser.unitLabel(report, 'VN', lang)))
    }
    expect(browser.statusLabel('limited_progress', 'vi')).toBe('Tiến triển hạn chế')
    expect(browser.statusTone('achieved')).toBe('good')
    expect(browser.outcomeLabel('missed', 'en')).toBe('missed')
    expect(browser.periodText('2024', 'vi')).toBe('năm 2024')
    expect(browser.withUnit('14,02', 'percent', 'vi')).toBe('14,02%')
  })

  it('give each derived and withheld figure the row the HTML report lists', () => {
    const indicators = new Map(report.indicators.map((i) => [i.id, i]))
    const html = browser.reportToHtml(report, { lang: 'en' })
    const derived = report.derived.figures[0]!
    const row = browser.derivedRow(report, derived, indicators, 'en')
    expect(row).toHaveLength(5)
    expect(html).toContain(
      row
        .map((cell, i) =>
          i === 3 ? `<td class="num">${escapeHtml(cell)}</td>` : `<td>${escapeHtml(cell)}</td>`,
        )
        .join(''),
    )
    const withheld = report.derived.withheld[0]
    if (withheld !== undefined) {
      const cells = browser.withheldRow(report, withheld, indicators, 'en')
      expect(html).toContain(escapeHtml(cells[4]))
    }
  })
})
