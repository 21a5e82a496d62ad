/**
 * The layout Decree 30/2020/NĐ-CP prescribes for administrative documents (Article 9 refers to
 * its Appendix I), as numbers, and the paragraph and run builders that apply it. Where the
 * decree gives a range, the value chosen is noted. @internal
 */

import type * as Docx from 'docx'

/** The `docx` module, loaded when a document is made (it is not needed otherwise). */
export type DocxModule = typeof Docx

/** Twentieths of a point per millimetre. */
const TWIP_PER_MM = 1440 / 25.4
export const mm = (value: number) => Math.round(value * TWIP_PER_MM)

/** Appendix I, Part I, item 1: A4, 210 × 297 mm, portrait (item 2). */
export const PAGE = { width: mm(210), height: mm(297) }

/**
 * Appendix I, Part I, item 3: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. The
 * smallest of each range, leaving the widest text block.
 */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 }
export const MARGINS = {
  top: mm(MARGINS_MM.top),
  bottom: mm(MARGINS_MM.bottom),
  left: mm(MARGINS_MM.left),
  right: mm(MARGINS_MM.right),
  header: mm(10),
  footer: mm(10),
}

/** The text block's width, portrait and landscape (landscape appendices keep the margins). */
export const TEXT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - MARGINS.left - MARGINS.right

/** Appendix I, Part I, item 4: Times New Roman (Unicode, TCVN 6909:2001), black. */
export const FONT = 'Times New Roman'

/**
 * Sizes in points, Appendix I, Part II (the item for each element): the national title
 * 12–13 (item 1, 12 chosen so that it fits half the page) and the motto 13–14; the issuing
 * body 12–13 (item 2); number and symbol 13 (item 3); place and date 13–14, italic (item 4);
 * the document type 13–14 and the summary 14, bold (item 5); the body 13–14 (item 6); the
 * signer 13–14, bold (item 7); "Nơi nhận" 12, bold italic, the list 11 (item 9); page
 * numbers 13–14 (Part I, item 6); an appendix's word and number 14, its title 13–14 (Part III).
 * Tables, for which the decree sets no size, use 12 in the body and 11 in the appendices.
 */
export const SIZES = {
  nationalTitle: 12,
  motto: 13,
  parentBody: 12,
  issuingBody: 12,
  number: 13,
  placeDate: 14,
  documentType: 14,
  subject: 14,
  body: 14,
  heading: 14,
  signer: 14,
  recipientsWord: 12,
  recipients: 11,
  pageNumber: 14,
  appendix: 14,
  table: 12,
  appendixTable: 11,
} as const

/**
 * Appendix I, Part II, item 6: paragraphs justified, first line indented 1–1.27 cm, at least
 * 6 pt between paragraphs, line spacing from single to 1.5 lines (1.15 chosen).
 */
export const BODY = { firstLine: mm(12.7), after: 120, line: 276 }

/** Text styles a run can have. */
export interface RunStyle {
  readonly size?: number | undefined
  readonly bold?: boolean | undefined
  readonly italics?: boolean | undefined
  /** A field left to fill in: highlighted so that nobody signs it unfilled. */
  readonly fill?: boolean | undefined
}

/** The run and paragraph builders, bound to the loaded `docx` module. */
export function kit(d: DocxModule) {
  const run = (text: string, style: RunStyle = {}) =>
    new d.TextRun({
      text,
      font: FONT,
      ...(style.size === undefined ? {} : { size: style.size * 2 }),
      bold: style.bold,
      italics: style.italics,
      ...(style.fill ? { highlight: 'yellow' } : {}),
    })
  /** A text that may hold fields to fill: `[…]` parts are highlighted. */
  const runs = (text: string, style: RunStyle = {}) =>
    text
      .split(/(\[[^\]]*\]|…+)/)
      .filter((part) => part !== '')
      .map((part) => run(part, { ...style, fill: style.fill || /^(\[.*\]|…+)$/.test(part) }))
  const centred = (
    children: Docx.ParagraphChild[],
    options: { after?: number; before?: number; keepNext?: boolean } = {},
  ) =>
    new d.Paragraph({
      children,
      alignment: d.AlignmentType.CENTER,
      spacing: { before: options.before ?? 0, after: options.after ?? 0 },
      keepNext: options.keepNext,
    })
  /** A body paragraph: justified, first line indented. */
  const body = (
    children: Docx.ParagraphChild[],
    options: { indent?: boolean; keepNext?: boolean } = {},
  ) =>
    new d.Paragraph({
      children,
      alignment: d.AlignmentType.JUSTIFIED,
      indent: options.indent === false ? undefined : { firstLine: BODY.firstLine },
      spacing: { after: BODY.after, line: BODY.line },
      keepNext: options.keepNext,
    })
  /** A section heading (Appendix I, Part II, item 6: Roman numeral, bold). */
  const heading = (text: string) =>
    new d.Paragraph({
      children: [run(text, { bold: true, size: SIZES.heading })],
      alignment: d.AlignmentType.JUSTIFIED,
      indent: { firstLine: BODY.firstLine },
      spacing: { before: 120, after: BODY.after, line: BODY.line },
      keepNext: true,
    })
  /**
   * A solid horizontal line of `width` twips centred in `within` (the decree's lines under
   * the motto, the issuing body and the summary): the bottom border of an empty paragraph
   * two points high, its indents cut to the line's length.
   */
  const line = (width: number, within: number, after = 0) =>
    new d.Paragraph({
      children: [],
      run: { size: 4 },
      indent: { left: Math.round((within - width) / 2), right: Math.round((within - width) / 2) },
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 0 } },
      spacing: { before: 0, after, line: 60, lineRule: d.LineRuleType.EXACT },
    })
  return { d, run, runs, centred, body, heading, line }
}

/** The builders of {@link kit}. */
export type Kit = ReturnType<typeof kit>
