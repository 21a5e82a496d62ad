/**
 * The unit of measure a pack's author most likely meant by the way a report writes it (`%`,
 * `tỷ đồng`, `hộ`): the id Tiendo's messages, charts and whole-number checks know it by.
 * Only ever offered in a hint — a pack is never changed.
 */

import { fold } from './fold'

/** Text longer than this is no unit of measure. */
const MAX_LENGTH = 64

/**
 * The units Tiendo words in its messages, by how Vietnamese reports write them (folded, see
 * `fold`): only text that is no id reaches here (`%`, `hộ`), so the forms are those.
 */
const MEASURES: Readonly<Record<string, readonly string[]>> = {
  percent: ['%', 'phan_tram', 'ty_le', 'ti_le'],
  count: ['so_luong', 'so', 'nguoi', 'ho', 'cai', 'chiec', 'san_pham', 'tram', 'luot', 'ho_so'],
  vnd_billion: ['ty_dong', 'ti_dong', 'ty_vnd', 'ti_vnd', 'ty'],
  score: ['diem'],
  rank: ['hang', 'thu_hang', 'xep_hang'],
  day: ['ngay'],
  celsius: ['do_c', '°c'],
}

/** Each written form's id. */
const BY_FORM: ReadonlyMap<string, string> = new Map(
  Object.entries(MEASURES).flatMap(([id, forms]) => forms.map((form) => [form, id] as const)),
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
