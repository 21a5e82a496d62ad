/**
 * The end of the báo cáo (Appendix I, Part II, items 7 and 9): the recipients ("Nơi nhận") at
 * bottom left and the signer's block at bottom right — authority and title, room for the
 * signature and seal, the name. What the config does not give is a field to fill in. @internal
 */

import type { Language } from '@tiendo/schema'
import { type Kit, SIZES, TEXT_WIDTH } from './decree-30'
import { configText, type ReportDocumentConfig } from './document-config'
import { DOCX_WORDS } from './docx-words'

const LEFT = Math.round(TEXT_WIDTH * 0.45)
const RIGHT = TEXT_WIDTH - LEFT

/** The recipients' lines: `- …;` each, `- Lưu: VT.` last. */
export function recipientLines(config: ReportDocumentConfig, lang: Language): string[] {
  const w = DOCX_WORDS[lang]
  const given = (config.recipients ?? [])
    .map((recipient) => configText(recipient, lang))
    .filter((line) => line !== undefined)
  const names = given.length > 0 ? given : [w.fill.recipient, w.fill.recipient]
  return [...names.map((name) => `- ${name};`), `- ${w.archive}.`]
}

/** The signer's block and the recipients, side by side. */
export function signatureBlock(k: Kit, config: ReportDocumentConfig, lang: Language) {
  const { d } = k
  const w = DOCX_WORDS[lang]
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' }
  const authority = (config.signer?.authority ?? [])
    .map((line) => configText(line, lang)?.toLocaleUpperCase('vi'))
    .filter((line) => line !== undefined)
  const left = [
    new d.Paragraph({
      children: [
        k.run(`${w.recipients}:`, { size: SIZES.recipientsWord, bold: true, italics: true }),
      ],
    }),
    ...recipientLines(config, lang).map(
      (line) => new d.Paragraph({ children: k.runs(line, { size: SIZES.recipients }) }),
    ),
  ]
  const right = [
    ...(authority.length > 0 ? authority : [w.fill.authority]).map((line) =>
      k.centred(k.runs(line, { size: SIZES.signer, bold: true })),
    ),
    // Room for the signature and the seal.
    k.centred([], { after: 1400 }),
    k.centred(k.runs(config.signer?.name ?? w.fill.name, { size: SIZES.signer, bold: true })),
  ]
  const cell = (children: InstanceType<typeof d.Paragraph>[], width: number) =>
    new d.TableCell({
      children,
      width: { size: width, type: d.WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
    })
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: d.TableLayoutType.FIXED,
    borders: {
      top: none,
      bottom: none,
      left: none,
      right: none,
      insideHorizontal: none,
      insideVertical: none,
    },
    rows: [new d.TableRow({ children: [cell(left, LEFT), cell(right, RIGHT)], cantSplit: true })],
  })
}
