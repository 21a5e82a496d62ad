/**
 * The report as an editable Word document laid out as Decree 30/2020/NĐ-CP prescribes for a
 * báo cáo (Article 8's elements, Article 9 and Appendix I's layout, Appendix III's model 1.4),
 * written with the `docx` library in Node and in browsers alike.
 */

import type { PipelineReport } from '../../report/report'
import type { RenderOptions } from '../report-view'
import type { ChartRasterizer } from './chart-png'
import { kit, MARGINS, PAGE, SIZES } from './decree-30'
import type { ReportDocumentConfig } from './document-config'
import { appendixParagraphs, reportAppendices } from './docx-appendix'
import { bodySections } from './docx-body'
import { headingBlock, issueDate, numberAndSymbol } from './docx-heading-block'
import { signatureBlock } from './docx-signature'
import { DOCX_WORDS, roman } from './docx-words'

/** Options of {@link reportToDocx}. */
export interface DocxOptions extends RenderOptions {
  /**
   * What neither the pack nor the data can know: the issuing body, the number and symbol,
   * the place and date, the signer, the recipients. Defaults to `{}`: each is a highlighted
   * field to fill in.
   */
  readonly config?: ReportDocumentConfig | undefined
  /**
   * Renders the charts as PNG (see `createChartRasterizer`). Defaults to none here: the
   * document then has no charts. The Node entry's `reportToDocx` renders them by default.
   */
  readonly charts?: ChartRasterizer | undefined
}

/**
 * The report as a `.docx` file's bytes: on A4, in Times New Roman, the issuing body and the
 * national title at the top, number and symbol, place and date, "BÁO CÁO" and its summary;
 * the body — summary of the targets (achieved, on track, off track, without data), each
 * target with its latest figure, growth observed and needed, projection, verdict and chart,
 * the units that failed a rule by year, the data's problems, the derived figures with how
 * they were derived, the sources; the signer and the recipients; then the appendices with
 * every figure. Illustrative data is labelled as in every other format. English output has
 * the same structure with English words; the national title stays in Vietnamese.
 */
export async function reportToDocx(
  report: PipelineReport,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi'
  const config = options.config ?? {}
  const d = await import('docx')
  const k = kit(d)
  const w = DOCX_WORDS[lang]
  const appendices = reportAppendices(report, lang)
  const appendixNumber = (id: string) => {
    const at = appendices.findIndex((appendix) => appendix.id === id)
    return at < 0 ? undefined : roman(at + 1)
  }
  const attachedTo = `${numberAndSymbol(config, lang)} ${issueDate(config.date, lang)}`
  // Appendix I, Part I, item 6: page numbers centred in the top margin, none on the first page.
  const pageNumberHeader = () =>
    new d.Header({
      children: [
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          children: [
            new d.TextRun({
              children: [d.PageNumber.CURRENT],
              font: 'Times New Roman',
              size: SIZES.pageNumber * 2,
            }),
          ],
        }),
      ],
    })
  const emptyHeader = () => new d.Header({ children: [new d.Paragraph({ children: [] })] })
  const page = (landscape: boolean) => ({
    size: {
      width: PAGE.width,
      height: PAGE.height,
      orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
    },
    margin: MARGINS,
    pageNumbers: { start: 1 },
  })
  const main = {
    properties: { page: page(false), titlePage: true },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children: [
      ...headingBlock(k, report, config, lang),
      ...bodySections({ k, report, lang, charts: options.charts, appendix: appendixNumber }),
      new d.Paragraph({ children: [], spacing: { after: 240 } }),
      signatureBlock(k, config, lang),
      new d.Paragraph({
        spacing: { before: 480 },
        children: [k.run(w.fillNote, { size: SIZES.recipients, italics: true, fill: true })],
      }),
    ],
  }
  // Each appendix numbers its own pages (Appendix I, Part III).
  const appendixSections = appendices.map((appendix, index) => ({
    properties: { page: page(true), titlePage: true },
    headers: { default: pageNumberHeader(), first: emptyHeader() },
    children: appendixParagraphs(k, appendix, index + 1, attachedTo, lang),
  }))
  const title = lang === 'en' ? (report.title.en ?? report.title.vi) : report.title.vi
  const document = new d.Document({
    creator: 'Tiendo',
    title,
    description: `${title} — ${report.pack.id} ${report.pack.version}`,
    styles: {
      default: {
        document: {
          run: { font: 'Times New Roman', size: SIZES.body * 2 },
          paragraph: { spacing: { after: 0 } },
        },
      },
    },
    sections: [main, ...appendixSections],
  })
  return d.Packer.pack(document, 'uint8array')
}
