/**
 * The top of a báo cáo as Decree 30/2020/NĐ-CP places it (Appendix I, Part II, items 1–5):
 * the issuing body at top left over its number and symbol, the national title and motto at
 * top right over the place and date, then the document type and its summary line. @internal
 */

import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { scopeLine } from '../report-view'
import { type Kit, SIZES, TEXT_WIDTH } from './decree-30'
import { configText, type ReportDocumentConfig } from './document-config'
import { DOCX_WORDS, MOTTO, NATIONAL_TITLE } from './docx-words'

/** The left column's share of the text width (the issuing body's side). */
const LEFT = Math.round(TEXT_WIDTH * 0.4)
const RIGHT = TEXT_WIDTH - LEFT

/**
 * A rough width of a line of Times New Roman in twips (the lines under the motto and the
 * issuing body are drawn to the text's length, as the decree asks).
 */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0
  for (const char of text) {
    if (char === ' ') ems += 0.25
    else if (/[A-ZĐ]/.test(char.normalize('NFD')[0] ?? '')) ems += 0.7
    else ems += 0.48
  }
  return Math.round(ems * size * 20 * (bold ? 1.05 : 1))
}

/** The document's number and symbol: `Số: 12/BC-SKHCN`, fields where not configured. */
export function numberAndSymbol(config: ReportDocumentConfig, lang: Language): string {
  const w = DOCX_WORDS[lang]
  const symbol = config.symbol ?? `${w.symbolPrefix}-${w.fill.bodyAbbreviation}`
  return `${config.number ?? w.fill.number}/${symbol}`
}

/**
 * The date of issue in the decree's words: `ngày 05 tháng 3 năm 2025` (Appendix I, Part II,
 * item 4: a day below 10 and the months 1 and 2 take a leading zero).
 */
export function issueDate(date: string | undefined, lang: Language): string {
  const w = DOCX_WORDS[lang]
  if (date === undefined) return w.date(w.fill.day, w.fill.month, w.fill.year)
  const [year = '', month = '', day = ''] = date.split('-')
  const m = Number(month)
  if (lang === 'en') return w.date(String(Number(day)), MONTHS[m - 1] ?? month, year)
  return w.date(day, m <= 2 ? `0${m}` : String(m), year)
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const noBorders = (k: Kit) => {
  const none = { style: k.d.BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  return {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  }
}

/** The two-column block at the top of the first page. */
function topBlock(k: Kit, config: ReportDocumentConfig, lang: Language) {
  const { d } = k
  const w = DOCX_WORDS[lang]
  const parent = configText(config.parentBody, lang)?.toLocaleUpperCase('vi')
  const body = configText(config.issuingBody, lang)?.toLocaleUpperCase('vi') ?? w.fill.body
  const place = configText(config.place, lang) ?? w.fill.place
  const bodyWidth = Math.min(textWidth(body, SIZES.issuingBody, true), LEFT)
  const left = [
    ...(parent === undefined ? [] : [k.centred(k.runs(parent, { size: SIZES.parentBody }))]),
    k.centred(k.runs(body, { size: SIZES.issuingBody, bold: true })),
    k.line(Math.round(bodyWidth * 0.4), LEFT),
  ]
  const right = [
    k.centred([k.run(NATIONAL_TITLE, { size: SIZES.nationalTitle, bold: true })]),
    k.centred([k.run(MOTTO, { size: SIZES.motto, bold: true })]),
    k.line(textWidth(MOTTO, SIZES.motto, true), RIGHT),
  ]
  const cell = (children: InstanceType<Kit['d']['Paragraph']>[], width: number) =>
    new d.TableCell({
      children,
      width: { size: width, type: d.WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    })
  const numberLine = k.centred(
    [
      k.run(`${w.number}: `, { size: SIZES.number }),
      ...k.runs(numberAndSymbol(config, lang), { size: SIZES.number }),
    ],
    { before: 120 },
  )
  const dateLine = k.centred(
    k.runs(`${place}, ${issueDate(config.date, lang)}`, { size: SIZES.placeDate, italics: true }),
    { before: 120 },
  )
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: d.TableLayoutType.FIXED,
    borders: noBorders(k),
    rows: [
      new d.TableRow({ children: [cell(left, LEFT), cell(right, RIGHT)] }),
      new d.TableRow({ children: [cell([numberLine], LEFT), cell([dateLine], RIGHT)] }),
    ],
  })
}

/** The document type (`BÁO CÁO`) and its summary line, with the line under it. */
function titleBlock(k: Kit, report: PipelineReport, config: ReportDocumentConfig, lang: Language) {
  const w = DOCX_WORDS[lang]
  const localized = (text: { vi: string; en?: string | undefined }) =>
    lang === 'en' ? (text.en ?? text.vi) : text.vi
  const subject =
    configText(config.subject, lang) ??
    `${localized(report.title)} — ${localized(report.pack.title)}`
  const subjectWidth = Math.min(textWidth(subject, SIZES.subject, true), TEXT_WIDTH)
  const scope = scopeLine(report, lang)
  return [
    k.centred([k.run(w.documentType, { size: SIZES.documentType, bold: true })], {
      before: 360,
      keepNext: true,
    }),
    k.centred(k.runs(subject, { size: SIZES.subject, bold: true }), { keepNext: true }),
    ...(scope === undefined
      ? []
      : [k.centred(k.runs(scope, { size: SIZES.placeDate, italics: true }), { keepNext: true })]),
    k.line(Math.round(subjectWidth * 0.4), TEXT_WIDTH, 240),
  ]
}

/** Everything above the body, in order. */
export function headingBlock(
  k: Kit,
  report: PipelineReport,
  config: ReportDocumentConfig,
  lang: Language,
) {
  return [topBlock(k, config, lang), ...titleBlock(k, report, config, lang)]
}
