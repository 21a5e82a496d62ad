import { PATTERNS } from '@tiendo/schema'
import { fold } from '@tiendo/schema/internal'
import type { RawRow } from '../rows/raw-row'

/**
 * How a line of an administrative document's signing block opens, folded (see `fold`): the
 * signer's title (`Người lập biểu`, `Thủ trưởng đơn vị`, `KT. GIÁM ĐỐC`), the instruction
 * under it (`(Ký, ghi rõ họ tên)`), or the recipients (`Nơi nhận:`, `- Như trên;`,
 * `- Lưu: VT`). `ky` is followed by what only "sign" takes: folded, `Kỳ` (a period) is the
 * same word.
 */
const OPENING = new RegExp(
  `^(?:${[
    'nguoi_(?:lap|ky|kiem_tra|duyet|bao_cao|tong_hop)',
    'ke_toan',
    'thu_truong',
    'lanh_dao',
    '(?:pho_)?giam_doc',
    '(?:pho_)?chu_tich',
    '(?:pho_)?truong_(?:phong|ban)',
    'chanh_van_phong',
    '(?:tm|kt|tl|tuq|q)_',
    'noi_nhan',
    'ky(?:,|_ten|_va|_ghi|_dong|_duyet|\\)|$)',
    'da_ky',
    'xac_nhan',
    'nhu_tren',
    'luu(?::|_vt|$)',
    'prepared_by',
    'approved_by',
    'signed',
    'signature',
  ].join('|')})`,
)

/**
 * The place and date above the signatures: `Ninh Thuận, ngày 15 tháng 01 năm 2025`, or left
 * to be filled in (`ngày … tháng … năm 2025`), or `ngày 15/01/2025`. The only line of the
 * block with digits.
 */
const PLACE_AND_DATE =
  /(?:^|_)ngay_(?:(?:[0-9…]+_)?thang_(?:[0-9…]+_)?nam(?:_[0-9]{4})?|[0-9]{1,2}_[0-9]{1,2}_[0-9]{4})/

/**
 * The text that tells a row which could not be converted for a line of the signing block
 * ending a report (`Người lập biểu`, `(Ký, ghi rõ họ tên)`, the place and date), or
 * `undefined`. Within a block already begun (`inBlock`), a row of text alone, without a
 * digit, is one of its lines too (the signer's name). A row with a figure or an id never
 * is: every cell must be text without digits, the place and date apart. @internal
 */
export function signatureTextOf(row: RawRow, inBlock: boolean): string | undefined {
  let opening: string | undefined
  let first: string | undefined
  for (const cell of Object.values(row.cells)) {
    const text = cell?.trim()
    if (text === undefined || text === '') continue
    first ??= text
    const folded = fold(text)
    if (PLACE_AND_DATE.test(folded)) {
      opening ??= text
      continue
    }
    // A digit is a figure's; an id (`kt_revenue`) is a data row's, its value left out.
    if (/\d/.test(text) || PATTERNS.id_syntax.test(text)) return undefined
    if (OPENING.test(folded.replace(/^[^a-z]+/, ''))) opening ??= text
  }
  return opening ?? (inBlock ? first : undefined)
}
