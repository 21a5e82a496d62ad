/**
 * The units of measure Tiendo knows by id (`percent`, `count`, `vnd_billion`…), with all it
 * says and reads of each: the words messages and the catalogue use, the word written beside
 * a value (`5 ngày`), the short label a hint lists beside the id, the ways Vietnamese reports
 * write it (offered as the id in a hint, never changed in a pack), and whether its values are
 * whole numbers. A pack may use other ids (`km`): they are shown as written.
 */

import { fold } from './fold'
import type { LocalizedText } from './primitives'

type Language = keyof LocalizedText

/** What Tiendo knows of one unit of measure. */
interface KnownMeasure {
  /** In words, as messages and the catalogue say it. */
  readonly words: LocalizedText
  /** Beside a value where people read it (`14,02%`, `5 ngày`); empty for a plain count. */
  readonly beside: LocalizedText
  /** Beside a value of exactly 1 in English, where it differs (`1 day`, not `1 days`). */
  readonly besideOne?: string
  /** Beside the id where a hint lists the ids, when the id alone does not say it. */
  readonly label: Partial<LocalizedText>
  /**
   * How reports write it, folded (see `fold`): only text that is no id is looked up (`%`,
   * `hộ`), so the forms are those.
   */
  readonly forms: readonly string[]
  /** Whether its values are whole numbers when the indicator does not say (`wholeNumbers`). */
  readonly whole: boolean
}

const KNOWN: Readonly<Record<string, KnownMeasure>> = {
  percent: {
    words: { vi: 'phần trăm (%)', en: 'percent (%)' },
    beside: { vi: '%', en: '%' },
    label: { vi: '%', en: '%' },
    forms: ['%', 'phan_tram', 'ty_le', 'ti_le'],
    whole: false,
  },
  count: {
    words: { vi: 'số lượng', en: 'count' },
    beside: { vi: '', en: '' },
    label: { vi: 'số lượng' },
    forms: ['so_luong', 'so', 'nguoi', 'ho', 'cai', 'chiec', 'san_pham', 'tram', 'luot', 'ho_so'],
    whole: true,
  },
  vnd_billion: {
    words: { vi: 'tỷ đồng', en: 'VND billion' },
    beside: { vi: 'tỷ đồng', en: 'VND billion' },
    label: { vi: 'tỷ đồng', en: 'VND billion' },
    forms: ['ty_dong', 'ti_dong', 'ty_vnd', 'ti_vnd', 'ty'],
    whole: false,
  },
  score: {
    words: { vi: 'điểm', en: 'score' },
    beside: { vi: 'điểm', en: 'points' },
    besideOne: 'point',
    label: { vi: 'điểm' },
    forms: ['diem'],
    whole: false,
  },
  rank: {
    words: { vi: 'thứ hạng', en: 'rank' },
    beside: { vi: 'hạng', en: 'rank' },
    label: { vi: 'thứ hạng' },
    forms: ['hang', 'thu_hang', 'xep_hang'],
    whole: true,
  },
  day: {
    words: { vi: 'ngày', en: 'days' },
    beside: { vi: 'ngày', en: 'days' },
    besideOne: 'day',
    label: { vi: 'ngày' },
    forms: ['ngay'],
    whole: false,
  },
  celsius: {
    words: { vi: 'độ C', en: 'degrees Celsius' },
    beside: { vi: '°C', en: '°C' },
    label: { vi: 'độ C', en: '°C' },
    forms: ['do_c', '°c'],
    whole: false,
  },
}

/**
 * Units of measure in words (`percent` → `phần trăm (%)`), by id; a pack's own unit is not
 * here and stays as written. @internal
 */
export const MEASURE_WORDS: Readonly<Record<string, LocalizedText>> = Object.fromEntries(
  Object.entries(KNOWN).map(([id, measure]) => [id, measure.words]),
)

/**
 * The word written beside a value of each unit (`%`, `tỷ đồng`, `ngày`), by id; a pack's own
 * unit is not here and is written as it is. @internal
 */
export const MEASURE_BESIDE_VALUE: Readonly<Record<string, LocalizedText>> = Object.fromEntries(
  Object.entries(KNOWN).map(([id, measure]) => [id, measure.beside]),
)

/**
 * The English word beside a value of exactly 1, by id, where it is not the plural of
 * {@link MEASURE_BESIDE_VALUE} (`1 day`). Vietnamese has one form. @internal
 */
export const MEASURE_BESIDE_ONE: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KNOWN).flatMap(([id, { besideOne }]) =>
    besideOne === undefined ? [] : [[id, besideOne]],
  ),
)

/** The ids whose values are whole numbers unless an indicator says otherwise. @internal */
export const WHOLE_MEASURES: ReadonlySet<string> = new Set(
  Object.keys(KNOWN).filter((id) => KNOWN[id]!.whole),
)

/**
 * The known ids as a hint lists them, each with its label: "`percent` (%), `count` (số
 * lượng), …". @internal
 */
export function listedMeasures(lang: Language): string {
  return Object.entries(KNOWN)
    .map(([id, { label }]) =>
      label[lang] === undefined ? `\`${id}\`` : `\`${id}\` (${label[lang]})`,
    )
    .join(', ')
}

/** Text longer than this is no unit of measure. */
const MAX_LENGTH = 64

/** Each written form's id. */
const BY_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(KNOWN).flatMap(([id, { forms }]) => forms.map((form) => [form, id] as const)),
)

/**
 * The id of the unit of measure `text` most likely stands for (`%` → `percent`, `tỷ đồng` →
 * `vnd_billion`, `hộ` → `count`), or `undefined`. @internal
 */
export function suggestMeasure(text: string): string | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const folded = fold(text).replace(/^[_(]+|[_)]+$/g, '')
  return BY_FORM.get(folded)
}
