/**
 * Open SDG's indicator-level status over an indicator's series (its units), in the JSON
 * report (as its schema says) and in every text format: the mean of the series' scores.
 */

import type { Observation } from '@tiendo/schema'
import { beforeAll, describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'
import { reportToDocx } from '../node/report-docx-node'
import { blocks, readDocx, textOf } from '../render/docx/__tests__/read-docx'
import { PROFILE_WORDS } from '../render/profile-words'
import { reportToHtml } from '../render/report-html'
import { reportToMarkdown } from '../render/report-markdown'
import { reportToPretty } from '../render/report-pretty'
import { escapeHtml } from '../render/svg-escape'
import { indicatorProgressOf } from './indicator-progress'
import type { PipelineReport } from './report'
import { reportJsonValue } from './report-json'
import { ReportJsonSchema } from './report-json-schema'

const share = (unit: string, period: string, value: string): Observation => ({
  indicator: 'digital_economy_share_grdp',
  unit,
  period,
  value,
})

let report: PipelineReport

beforeAll(async () => {
  report = await runPipeline({
    pack: 'ninh-thuan',
    sources: [
      {
        name: 'so-lieu.csv',
        published: true,
        observations: [
          // The national share (docs/methodology.md, worked example 1) and Ninh Thuận's.
          share('VN', '2020', '12.66'),
          share('VN', '2023', '12.87'),
          share('VN', '2024', '13.17'),
          share('VN', '2025', '14.02'),
          share('58', '2020', '8'),
          share('58', '2024', '11'),
        ],
      },
    ],
    today: '2026-06-30',
    assess: true,
    methodology: 'opensdg',
  })
})

describe('Open SDG’s indicator-level status', () => {
  it('is the mean of the scores of the indicator’s series', () => {
    const series = report.targets.filter(
      (s) => s.indicatorId === 'digital_economy_share_grdp' && s.series.length > 0,
    )
    expect(series.map((s) => s.unit)).toEqual(['VN', '58'])
    const [vn, nt] = series.map((s) => s.assessment.profileVerdict!.score!)
    expect(vn!.toFixed(10)).toBe('-1.5466182295')
    const [progress] = indicatorProgressOf(report.targets)
    expect(progress!.indicatorId).toBe('digital_economy_share_grdp')
    expect(progress!.units).toEqual(['VN', '58'])
    expect(progress!.scoredSeries).toBe(2)
    expect(progress!.score!.toFixed(20)).toBe(vn!.plus(nt!).div(2).toFixed(20))
    expect(progress!.verdict.label).toBe(progress!.label)
  })

  it('is in the JSON report, as its schema says', () => {
    const parsed = ReportJsonSchema.parse(JSON.parse(JSON.stringify(reportJsonValue(report, 'en'))))
    expect(parsed.indicatorProgress).toHaveLength(1)
    expect(parsed.indicatorProgress[0]).toMatchObject({
      indicator: 'digital_economy_share_grdp',
      profile: 'opensdg',
      units: ['VN', '58'],
      scoredSeries: 2,
    })
    expect(parsed.indicatorProgress[0]!.score).toMatch(/^-?\d+\.\d+$/)
  })

  it('is in the terminal (80 columns), Markdown, HTML and Word reports, in both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const heading = PROFILE_WORDS[lang].indicatorLevel
      const [progress] = indicatorProgressOf(report.targets)
      const series = PROFILE_WORDS[lang].seriesCount(2)
      const pretty = reportToPretty(report, { lang, width: 80 })
      expect(pretty.replace(/\s+/g, ' ')).toContain(heading)
      expect(pretty.replace(/\s+/g, ' ')).toContain(series)
      expect(pretty.split('\n').filter((line) => [...line].length > 80)).toEqual([])
      const md = reportToMarkdown(report, { lang })
      expect(md).toContain(`#### ${heading}`)
      expect(md).toContain(progress!.verdict.text[lang])
      expect(reportToHtml(report, { lang })).toContain(`<h3>${escapeHtml(heading)}</h3>`)
      const doc = readDocx(await reportToDocx(report, { lang, charts: false }))
      const body = blocks(doc.document, 'w:p').map(textOf)
      expect(body).toContain(`${heading}:`)
      expect(body.some((line) => line.includes(series))).toBe(true)
    }
  })
})
