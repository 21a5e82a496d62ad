/**
 * Every report format shows a named profile's own verdict beside Tiendo's status, in both
 * languages, and a run of Tiendo's default method shows none. Each format is read back: the
 * terminal and Markdown text, the HTML, the Word document's XML, the workbook's cells and
 * the JSON report against its schema.
 */

import type { TargetReport } from '@tiendo/rules'
import type { Language, MethodologyProfile } from '@tiendo/schema'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { reportFixture } from '../__tests__/report-fixture'
import { reportToDocx } from '../node/report-docx-node'
import type { PipelineReport } from '../report/report'
import { reportJsonValue } from '../report/report-json'
import { ReportJsonSchema } from '../report/report-json-schema'
import { blocks, readDocx, tableRows, textOf } from './docx/__tests__/read-docx'
import { escapIndexText, horizonVerdict, profileLine, verdictText } from './profile-view'
import { PROFILE_WORDS } from './profile-words'
import { reportToHtml } from './report-html'
import { reportToMarkdown } from './report-markdown'
import { reportToPretty } from './report-pretty'
import { escapeHtml } from './svg-escape'
import { reportToXlsx } from './xlsx/report-xlsx'

const PROFILES: readonly MethodologyProfile[] = ['eurostat', 'opensdg', 'escap', 'destatis']
const LANGS: readonly Language[] = ['vi', 'en']

let plain: PipelineReport
const reports = new Map<MethodologyProfile, PipelineReport>()

beforeAll(async () => {
  plain = await reportFixture()
  for (const profile of PROFILES) {
    reports.set(profile, await reportFixture({ methodology: profile }))
  }
})

/** The national digital economy share (20% by 2025 missed, 30% by 2030 ahead). */
const economy = (report: PipelineReport): TargetReport =>
  report.targets.find((s) => s.indicatorId === 'digital_economy_share_grdp' && s.unit === 'VN')!

/** The verdict each profile gives the national digital economy share (docs/methodology.md). */
const EXPECTED: Record<MethodologyProfile, { label: string; symbol: string | null }> = {
  eurostat: { label: 'insufficient_progress', symbol: '↘' },
  opensdg: { label: 'limited_progress', symbol: null },
  escap: { label: 'accelerate_progress', symbol: null },
  destatis: { label: 'cloud', symbol: '☁' },
}

describe('the profiles’ own verdicts in every report format', () => {
  it('are the institutions’ verdicts on the digital economy share', () => {
    for (const profile of PROFILES) {
      const a = economy(reports.get(profile)!).assessment
      expect(a.status).toBe('limited_progress')
      expect(a.profileVerdict).toMatchObject({ profile, ...EXPECTED[profile] })
    }
    expect(economy(reports.get('opensdg')!).assessment.profileVerdict?.score?.toFixed(10)).toBe(
      '-1.5466182295',
    )
    expect(economy(plain).assessment.profileVerdict).toBeNull()
  })

  it.each(PROFILES)(
    '%s: the terminal report has them beside Tiendo’s status, within 80 columns',
    (profile) => {
      const report = reports.get(profile)!
      const a = economy(report).assessment
      for (const lang of LANGS) {
        const text = reportToPretty(report, { lang, width: 80 })
        expect(text).toContain(PROFILE_WORDS[lang].section)
        const flat = text.replace(/\s+/g, ' ')
        expect(flat).toContain(verdictText(a.profileVerdict!, lang))
        const tooWide = text.split('\n').filter((line) => [...line].length > 80)
        expect(tooWide).toEqual([])
      }
      if (profile === 'eurostat') {
        const flat = reportToPretty(report, { lang: 'vi', width: 80 }).replace(/\s+/g, ' ')
        expect(flat).toContain('Ngắn hạn (5 năm, 2020–2025): ↘ Tiến bộ chưa đủ để đạt chỉ tiêu')
        expect(flat).toContain('Dài hạn (15 năm): chưa đánh giá được')
      }
      if (profile === 'opensdg') {
        expect(reportToPretty(report, { lang: 'vi', width: 80 })).toContain('(điểm −1,55)')
        expect(reportToPretty(report, { lang: 'en', width: 80 })).toContain('(score −1.55)')
      }
      if (profile === 'escap') {
        // ESCAP's current status index 10 × 1.36 / 17.34 and anticipated gap (the fixture's
        // four points, weights 1, 4, 5, 6: ŷ(2030) 15.4664563107, gap 0.8381513085), after
        // its call to action.
        const flat = reportToPretty(report, { lang: 'vi', width: 80 }).replace(/\s+/g, ' ')
        expect(flat).toContain(
          'Cần tăng tốc để đạt chỉ tiêu (chỉ số hiện trạng 0,78; khoảng cách dự kiến 0,84)',
        )
      }
      if (profile === 'destatis') {
        // The weather symbol, with its plain-text equivalent.
        const flat = reportToPretty(report, { lang: 'en', width: 80 }).replace(/\s+/g, ' ')
        expect(flat).toContain('☁ Cloud: the right direction, but the target would be missed')
      }
    },
  )

  it.each(PROFILES)('%s: Markdown has them in columns beside the status', (profile) => {
    const report = reports.get(profile)!
    const a = economy(report).assessment
    for (const lang of LANGS) {
      const md = reportToMarkdown(report, { lang })
      const w = PROFILE_WORDS[lang]
      expect(md).toContain(`### ${w.section}`)
      const row = md.split('\n').find((line) => line.includes(verdictText(a.profileVerdict!, lang)))
      expect(row).toBeDefined()
      if (profile === 'eurostat') {
        expect(md).toContain(`| ${w.shortTerm(5)} | ${w.longTerm(15)} |`)
        expect(row).toContain(horizonVerdict(a.horizons!.long, lang, { reason: true }))
      }
    }
  })

  it.each(PROFILES)('%s: HTML has them in the summary table and on the card', (profile) => {
    const report = reports.get(profile)!
    const a = economy(report).assessment
    for (const lang of LANGS) {
      const html = reportToHtml(report, { lang })
      expect(html).toContain(`<th>${escapeHtml(PROFILE_WORDS[lang].column)}</th>`)
      expect(html).toContain(escapeHtml(verdictText(a.profileVerdict!, lang)))
      if (profile === 'eurostat') {
        expect(html).toContain(escapeHtml(horizonVerdict(a.horizons!.long, lang, { reason: true })))
      }
    }
  })

  it.each(PROFILES)(
    '%s: the Word report says it after the verdict, and its appendix lists it',
    async (profile) => {
      const report = reports.get(profile)!
      const a = economy(report).assessment
      for (const lang of LANGS) {
        const doc = readDocx(await reportToDocx(report, { lang, charts: false }))
        const body = blocks(doc.document, 'w:p').map(textOf)
        const line = `${PROFILE_WORDS[lang].column}: ${profileLine(a, lang, { reason: true })}.`
        expect(body).toContain(line)
        const progress = blocks(doc.document, 'w:tbl')
          .map(tableRows)
          .find((rows) => rows[0]?.includes(PROFILE_WORDS[lang].column))
        expect(progress).toBeDefined()
        expect(progress!.flat()).toContain(
          `${profileNameOf(profile)}: ${verdictText(a.profileVerdict!, lang)}${escapIndexText(a, lang)}`,
        )
      }
    },
    60_000,
  )

  it.each(PROFILES)(
    '%s: the workbook has its columns, Open SDG’s score as a number',
    async (profile) => {
      const report = reports.get(profile)!
      const a = economy(report).assessment
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load((await reportToXlsx(report, { lang: 'en' })) as never)
      const sheet = workbook.getWorksheet('Progress to targets')!
      const headers = (sheet.getRow(1).values as unknown[]).slice(1).map(String)
      const w = PROFILE_WORDS.en
      const row = findRow(sheet, 'Digital economy')
      const at = (header: string) => row.getCell(headers.indexOf(header) + 1).value
      expect(at(w.profile)).toBe(profileNameOf(profile))
      expect(at(w.column)).toBe(
        `${profileNameOf(profile)}: ${verdictText(a.profileVerdict!, 'en')}${escapIndexText(a, 'en')}`,
      )
      if (profile === 'escap') {
        expect(at(w.currentStatusColumn)).toBeCloseTo(0.7843137255, 9)
        expect(at(w.anticipatedGapColumn)).toBeCloseTo(0.8381513085, 9)
      } else {
        expect(headers).not.toContain(w.currentStatusColumn)
      }
      expect(at(w.labelCode)).toBe(EXPECTED[profile].label)
      if (profile === 'opensdg') {
        expect(at(w.score)).toBeCloseTo(-1.5466182295, 9)
        expect(row.getCell(headers.indexOf(w.score) + 1).numFmt).toBe('#,##0.00')
      } else {
        expect(headers).not.toContain(w.score)
      }
      if (profile === 'eurostat') {
        expect(at(w.shortTermCode)).toBe('insufficient_progress')
        expect(at(w.longTerm(15))).toContain('not assessed')
      } else {
        expect(headers).not.toContain(w.shortTerm(5))
      }
    },
  )

  it.each(PROFILES)('%s: the JSON report carries them, as its schema says', (profile) => {
    const json = reportJsonValue(reports.get(profile)!, 'en')
    const parsed = ReportJsonSchema.parse(JSON.parse(JSON.stringify(json)))
    const series = parsed.targets.find(
      (s) => s.indicator === 'digital_economy_share_grdp' && s.unit === 'VN',
    )!
    expect(series.assessment.profileVerdict).toMatchObject({ profile, ...EXPECTED[profile] })
    if (profile === 'opensdg') {
      expect(series.assessment.profileVerdict?.score).toMatch(/^-1\.5466182295\d*$/)
    }
    expect(series.assessment.horizons === null).toBe(profile !== 'eurostat')
  })

  it('are in Vietnamese throughout a Vietnamese report: no English word of theirs is left', () => {
    const english = [
      ...(Object.values(PROFILE_WORDS.en).filter((v) => typeof v === 'string') as string[]),
      PROFILE_WORDS.en.shortTerm(5),
      PROFILE_WORDS.en.longTerm(15),
    ]
    for (const profile of PROFILES) {
      const report = reports.get(profile)!
      const en = economy(report).assessment.profileVerdict!.text.en
      for (const text of [
        reportToPretty(report, { lang: 'vi', width: 200 }),
        reportToMarkdown(report, { lang: 'vi' }),
        reportToHtml(report, { lang: 'vi' }),
      ]) {
        for (const word of [...english, en]) expect(text).not.toContain(word)
      }
    }
  })

  it('are absent from a run of Tiendo’s default method: its reports are as they were', async () => {
    expect(reportToPretty(plain, { lang: 'en' })).not.toContain(PROFILE_WORDS.en.section)
    expect(reportToMarkdown(plain, { lang: 'en' })).not.toContain(PROFILE_WORDS.en.section)
    expect(reportToHtml(plain, { lang: 'en' })).not.toContain(PROFILE_WORDS.en.column)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load((await reportToXlsx(plain, { lang: 'en' })) as never)
    const headers = (
      workbook.getWorksheet('Progress to targets')!.getRow(1).values as unknown[]
    ).map(String)
    expect(headers).not.toContain(PROFILE_WORDS.en.column)
  })
})

function profileNameOf(profile: MethodologyProfile): string {
  return { eurostat: 'Eurostat', opensdg: 'Open SDG', escap: 'UN ESCAP', destatis: 'Destatis' }[
    profile
  ]
}

function findRow(sheet: ExcelJS.Worksheet, startsWith: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined
  sheet.eachRow((row) => {
    const first = row.getCell(1).value
    if (found === undefined && typeof first === 'string' && first.startsWith(startsWith)) {
      found = row
    }
  })
  if (found === undefined) throw new Error(`no row starting with ${startsWith}`)
  return found
}
