/**
 * The appendices (Phụ lục) of the báo cáo: the report's tables, every figure in them, on
 * landscape pages. Each starts as Decree 30/2020/NĐ-CP's Appendix I, Part III sets an
 * appendix out: "Phụ lục" and its Roman number, its title in capitals, and the document it
 * is attached to. @internal
 */

import type { Language } from '@tiendo/schema'
import type { PipelineReport } from '../../report/report'
import { periodText } from '../format'
import { issuesTable, rulesTable } from '../tables/check-tables'
import { figuresTable, withheldTable } from '../tables/figure-tables'
import { targetsTable, trendsTable } from '../tables/progress-tables'
import { cellText, type ReportTable } from '../tables/table-model'
import { type Kit, LANDSCAPE_TEXT_WIDTH, SIZES } from './decree-30'
import { DOCX_WORDS, roman } from './docx-words'

/**
 * The most rows a table of the document lists: past that Word slows to a crawl; the workbook
 * and the JSON report have every row.
 */
export const MAX_DOCUMENT_ROWS = 2000

/** The profiles' columns the document shows when a table has them: the verdicts in words. */
const PROFILE_SHOWN = ['profileVerdict', 'shortTerm', 'longTerm'] as const

/** Which columns of each table the document shows (the workbook has them all). */
const SHOWN: Record<string, readonly string[]> = {
  targets: [
    'indicator',
    'unit',
    'target',
    'baseline',
    'latest',
    'cagr',
    'requiredCagr',
    'projected',
    'status',
    ...PROFILE_SHOWN,
  ],
  trends: ['indicator', 'unit', 'baseline', 'latest', 'cagr', 'growth', 'status', ...PROFILE_SHOWN],
  figures: ['indicator', 'unit', 'period', 'value', 'low', 'high', 'qualifier', 'origin', 'how'],
  rules: ['rule', 'unit', 'unitCode', 'period', 'severity', 'actual', 'expected', 'message'],
  withheld: ['indicator', 'unit', 'period', 'how', 'reason'],
  issues: ['severity', 'code', 'file', 'row', 'column', 'message', 'fix'],
}

/** Columns whose cells carry a period: the document shows `2024 – 14,02%` as two columns' text. */
const WITH_PERIOD: Record<string, string> = { baseline: 'baselinePeriod', latest: 'latestPeriod' }

/** A table of the report as a Word table: a numbered first column (STT), a header row repeated on every page. */
export function docxTable(k: Kit, table: ReportTable, lang: Language) {
  const { d } = k
  const ids = SHOWN[table.id] ?? table.columns.map((column) => column.id)
  const index = new Map(table.columns.map((column, i) => [column.id, i]))
  const shown = ids.filter((id) => index.has(id)).map((id) => table.columns[index.get(id)!]!)
  const labels = index.get('labels')
  const number = lang === 'vi' ? 'STT' : 'No.'
  // The number column is fixed; the others share the rest by their widths.
  const first = 620
  const total = shown.reduce((sum, column) => sum + column.width, 0)
  const widths = [
    first,
    ...shown.map((column) => Math.floor(((LANDSCAPE_TEXT_WIDTH - first) * column.width) / total)),
  ]
  const size = SIZES.appendixTable
  const cell = (text: string, width: number, options: { bold?: boolean; right?: boolean } = {}) =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.DXA },
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [
        new d.Paragraph({
          alignment: options.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          children: [k.run(text, { size, bold: options.bold })],
        }),
      ],
    })
  const header = new d.TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [number, ...shown.map((column) => column.header)].map((text, i) =>
      cell(text, widths[i]!, { bold: true }),
    ),
  })
  const rows = table.rows.slice(0, MAX_DOCUMENT_ROWS).map((cells, n) => {
    const texts = shown.map((column, i) => {
      const at = index.get(column.id)!
      let text = cellText(cells[at] ?? null)
      if (column.id === 'period' && text !== '') text = periodText(text, lang)
      const periodColumn = WITH_PERIOD[column.id]
      const period =
        periodColumn === undefined ? '' : cellText(cells[index.get(periodColumn)!] ?? null)
      if (text !== '' && period !== '') text = `${text} (${periodText(period, lang)})`
      const label = labels === undefined ? '' : cellText(cells[labels] ?? null)
      if (i === 0 && label !== '') text = `${text} (${label})`
      return { text, right: cells[at]?.kind === 'number' || cells[at]?.kind === 'rate' }
    })
    return new d.TableRow({
      cantSplit: true,
      children: [
        cell(String(n + 1), widths[0]!, { right: true }),
        ...texts.map((t, i) => cell(t.text, widths[i + 1]!, { right: t.right })),
      ],
    })
  })
  return new d.Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    rows: [header, ...rows],
  })
}

/** One appendix: its heading, then each table under its title. */
export interface Appendix {
  readonly id: 'progress' | 'figures' | 'rules' | 'withheld'
  readonly tables: readonly ReportTable[]
}

/** The appendices that have something to show, in order. */
export function reportAppendices(report: PipelineReport, lang: Language): Appendix[] {
  const all: Appendix[] = [
    { id: 'progress', tables: [targetsTable(report, lang), trendsTable(report, lang)] },
    { id: 'figures', tables: [figuresTable(report, lang)] },
    { id: 'rules', tables: [rulesTable(report, lang, { failedOnly: true })] },
    { id: 'withheld', tables: [withheldTable(report, lang), issuesTable(report, lang)] },
  ]
  return all
    .map((appendix) => ({ ...appendix, tables: appendix.tables.filter((t) => t.rows.length > 0) }))
    .filter((appendix) => appendix.tables.length > 0)
}

/** An appendix's pages: heading (Appendix I, Part III), then its tables. */
export function appendixParagraphs(
  k: Kit,
  appendix: Appendix,
  position: number,
  attachedTo: string,
  lang: Language,
) {
  const w = DOCX_WORDS[lang]
  const out: (InstanceType<Kit['d']['Paragraph']> | InstanceType<Kit['d']['Table']>)[] = [
    k.centred([k.run(`${w.appendix} ${roman(position)}`, { size: SIZES.appendix, bold: true })], {
      keepNext: true,
    }),
    k.centred([k.run(w.appendices[appendix.id], { size: SIZES.appendix, bold: true })], {
      keepNext: true,
    }),
    k.centred(k.runs(w.appendixOf(attachedTo), { size: SIZES.appendix, italics: true }), {
      after: 240,
      keepNext: true,
    }),
  ]
  for (const table of appendix.tables) {
    if (appendix.tables.length > 1) {
      out.push(
        new k.d.Paragraph({
          children: [k.run(table.title, { size: SIZES.table, bold: true })],
          spacing: { before: 240, after: 120 },
          keepNext: true,
        }),
      )
    }
    out.push(docxTable(k, table, lang))
    if (table.rows.length > MAX_DOCUMENT_ROWS) {
      out.push(
        new k.d.Paragraph({
          children: [
            k.run(w.moreRows(table.rows.length - MAX_DOCUMENT_ROWS), {
              size: SIZES.table,
              italics: true,
            }),
          ],
          spacing: { before: 120 },
        }),
      )
    }
  }
  return out
}
