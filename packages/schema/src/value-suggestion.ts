/**
 * The allowed value a clerk most likely meant by another word: the value itself written
 * another way (`Completed`, `in progress`), the Vietnamese word for it (`hoàn thành`), or
 * the value mistyped (`estimated`).
 * Only ever offered in a hint — data is never changed.
 */

import { closestId } from './closest-id'
import { fold } from './fold'

/** Text longer than this is no mistyped value. */
const MAX_LENGTH = 64

/**
 * The Vietnamese words (folded, see `fold`) for the values of Tiendo's lists: a record's
 * `status`, an observation's `status` and `qualifier`, an indicator's `direction` and
 * `aggregation.method`. A word stands for one value only; a list that does not allow that
 * value gets no suggestion from it.
 */
const WORDS: Readonly<Record<string, readonly string[]>> = {
  // RecordStatusSchema
  completed: ['hoan_thanh', 'da_hoan_thanh', 'xong', 'da_xong'],
  in_progress: ['dang_thuc_hien', 'dang_trien_khai', 'dang_lam', 'dang_xay_dung'],
  cancelled: ['huy', 'da_huy', 'huy_bo', 'bi_huy'],
  // ObservationStatusSchema (`planned` is also a record's)
  planned: ['ke_hoach', 'theo_ke_hoach', 'du_kien', 'chua_thuc_hien'],
  actual: ['thuc_te', 'chinh_thuc', 'thuc_hien'],
  estimate: ['uoc_tinh', 'uoc', 'uoc_thuc_hien'],
  provisional: ['tam_tinh'],
  preliminary: ['so_bo'],
  // QualifierSchema
  exact: ['chinh_xac'],
  approx: ['khoang', 'xap_xi', 'gan'],
  more_than: ['hon', 'tren'],
  at_least: ['it_nhat', 'toi_thieu'],
  less_than: ['duoi', 'it_hon'],
  at_most: ['toi_da', 'khong_qua'],
  range: ['tu_den', 'khoang_tu'],
  // DirectionSchema
  increase: ['tang', 'tang_len', 'cang_cao_cang_tot'],
  decrease: ['giam', 'giam_xuong', 'cang_thap_cang_tot'],
  target_band: ['trong_khoang', 'trong_nguong'],
  // An indicator's `aggregation.method`
  sum: ['tong', 'cong', 'tong_cong', 'cong_don'],
  mean: ['trung_binh', 'binh_quan', 'trung_binh_cong'],
  weighted_mean: ['binh_quan_gia_quyen', 'trung_binh_gia_quyen', 'trung_binh_co_trong_so'],
  ratio_of_sums: ['ty_le_cua_tong', 'ti_le_cua_tong'],
  min: ['nho_nhat', 'thap_nhat'],
  max: ['lon_nhat', 'cao_nhat'],
  none: ['khong_tong_hop', 'khong_cong'],
}

/**
 * Values by the signs documents write them with: a target's `comparator` (a target "≥ 80%"
 * is `gte`) or an observation's `qualifier` (a figure "≥ 80" is `at_least`). Each list
 * allows one value of a sign. A map, not an object: the text looked up is anyone's, and
 * `constructor` is no sign.
 */
const SIGNS: ReadonlyMap<string, readonly string[]> = new Map([
  ['>', ['gt', 'more_than']],
  ['>=', ['gte', 'at_least']],
  ['=>', ['gte', 'at_least']],
  ['≥', ['gte', 'at_least']],
  ['<', ['lt', 'less_than']],
  ['<=', ['lte', 'at_most']],
  ['=<', ['lte', 'at_most']],
  ['≤', ['lte', 'at_most']],
  ['=', ['eq', 'exact']],
  ['==', ['eq', 'exact']],
  ['~', ['approx']],
  ['≈', ['approx']],
])

/**
 * The one of `allowed` that `text` most likely stands for — the same value in another case
 * or with spaces (`In progress` → `in_progress`), its Vietnamese word (`hoàn thành` →
 * `completed`), its sign (`≥` → `gte`), or the value mistyped by a letter or two
 * (`estimated` → `estimate`) — or `undefined`. @internal
 */
export function suggestValue(text: string, allowed: readonly unknown[]): string | undefined {
  if (text.length > MAX_LENGTH) return undefined
  const signed = SIGNS.get(text.replace(/\s+/g, ''))
  if (signed !== undefined) return signed.find((value) => allowed.includes(value))
  const folded = fold(text).replace(/^_+|_+$/g, '')
  if (folded === '') return undefined
  const values = allowed.filter((value): value is string => typeof value === 'string')
  for (const value of values) {
    if (folded === value && text !== value) return value
    if (WORDS[value]?.includes(folded)) return value
  }
  // A slip of a letter or two (`estimated`, `canceled`, `provisonal`); a short word is too
  // near too many others to guess from.
  const closest = folded.length < MIN_MISTYPED ? undefined : closestId(folded, values)
  return closest === text ? undefined : closest
}

/** The shortest text a mistyped value is looked for in. */
const MIN_MISTYPED = 5
