/**
 * What a Word report needs that neither the pack nor the data can know: who issues it, where,
 * who signs it and who receives it. Given in a small JSON file (`tiendo report --format docx
 * --report-config báo-cáo.json`) or as an object; whatever is left out becomes a field to fill
 * in, clearly marked in the document.
 */

import type { Language } from '@tiendo/schema'
import { z } from 'zod'

const MAX_TEXT = 300

/** Text in Vietnamese, or in both languages (`{ "vi": …, "en": … }`). */
const ConfigTextSchema = z.union([
  z.string().trim().min(1).max(MAX_TEXT),
  z.strictObject({
    vi: z.string().trim().min(1).max(MAX_TEXT),
    en: z.string().trim().min(1).max(MAX_TEXT).optional(),
  }),
])

/** The report config's schema (strict: an unknown key is an error, a misspelt one too). */
export const ReportDocumentConfigSchema = z.strictObject({
  /** Where an editor finds a schema for the file. */
  $schema: z.string().max(2000).optional(),
  /**
   * The body above the issuing one (cơ quan chủ quản), e.g. `ỦY BAN NHÂN DÂN TỈNH NINH
   * THUẬN`. Defaults to none (the line is left out).
   */
  parentBody: ConfigTextSchema.optional(),
  /** The issuing body (cơ quan ban hành), e.g. `SỞ KHOA HỌC VÀ CÔNG NGHỆ`. Defaults to a field to fill in. */
  issuingBody: ConfigTextSchema.optional(),
  /** The document's number (số): given when it is registered. Defaults to a field to fill in. */
  number: z.string().trim().min(1).max(20).optional(),
  /**
   * The document's symbol after the number: `BC-` and the issuing body's abbreviation, e.g.
   * `BC-SKHCN`. Defaults to `BC-` and a field to fill in.
   */
  symbol: z.string().trim().min(1).max(60).optional(),
  /** The place name (địa danh), e.g. `Ninh Thuận`. Defaults to a field to fill in. */
  place: ConfigTextSchema.optional(),
  /** The date of issue, `YYYY-MM-DD`: the signing date. Defaults to a field to fill in. */
  date: z.iso.date().optional(),
  /** The summary line (trích yếu). Defaults to the report's title and the pack's. */
  subject: ConfigTextSchema.optional(),
  /** Who signs. Defaults to fields to fill in. */
  signer: z
    .strictObject({
      /** The authority and title, e.g. `KT. GIÁM ĐỐC` then `PHÓ GIÁM ĐỐC`. Defaults to a field to fill in. */
      authority: z.array(ConfigTextSchema).min(1).max(3).optional(),
      /** The signer's full name. Defaults to a field to fill in. */
      name: z.string().trim().min(1).max(100).optional(),
    })
    .optional(),
  /**
   * The recipients (nơi nhận), one per line, without the dash. Defaults to a field to fill
   * in; `Lưu: VT` (the archive copy) always ends the list.
   */
  recipients: z.array(ConfigTextSchema).max(50).optional(),
})

/** What a Word report needs that the pack and the data cannot know (see the schema's fields). */
export type ReportDocumentConfig = z.infer<typeof ReportDocumentConfigSchema>

/** A config text in a language: the English one when asked and given, else the Vietnamese. */
export function configText(
  text: z.infer<typeof ConfigTextSchema> | undefined,
  lang: Language,
): string | undefined {
  if (text === undefined) return undefined
  if (typeof text === 'string') return text
  return lang === 'en' ? (text.en ?? text.vi) : text.vi
}
