import type { IssueMessages, IssuePlace, Name } from '@tiendo/schema'
import { Exact } from '../decimal'
import type { DerivationMethod } from '../derive/provenance'
import { describeLocation } from '../issue'
import type { CoreIssueFields, UnitValidity } from '../issues/core-issue-fields'
import { periodPart } from '../issues/period-part'
import { formatPeriod } from '../period-format'
import { orList } from './or-list'
import { recordLabel } from './record-label'
import { refsOfCode } from './refs-of-code'
import { spreadsheetWrote } from './spreadsheet-code'

/** An ISO date as Vietnamese text writes it: `30/06/2025`. */
function viDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  return `${day}/${month}/${year}`
}

/** `\`58\` (Tỉnh Ninh Thuận)`. */
const label = (ref: string, name: Name) => `\`${ref}\` (${name.vi})`

/** A unit's validity in words: `hiệu lực từ 01/07/2025`. */
function validity({ validFrom: from, validTo: to }: Omit<UnitValidity, 'name'>): string {
  if (from !== undefined && to !== undefined) {
    return `hiệu lực từ ${viDate(from)} đến ${viDate(to)}`
  }
  if (from !== undefined) return `hiệu lực từ ${viDate(from)}`
  if (to !== undefined) return `hiệu lực đến ${viDate(to)}`
  return 'không giới hạn thời gian hiệu lực'
}

/** `\`58\` (Tỉnh Ninh Thuận, hiệu lực đến 30/06/2025)`. */
const withValidity = (ref: string, unit: UnitValidity) =>
  `\`${ref}\` (${unit.name.vi}, ${validity(unit)})`

/** The place's period in words (`năm 2024`). */
const period = (place: IssuePlace | undefined) => formatPeriod(place?.period ?? '', 'vi')

/** How each method reads in a sentence. */
const HOW: Record<DerivationMethod, string> = {
  ratio: 'tính từ tử số và mẫu số',
  aggregate: 'tổng hợp từ các đơn vị cấp dưới',
  carry: 'ghép từ các đơn vị tiền thân',
  composite: 'tính từ các thành phần của chỉ số',
  record_count: 'đếm từ các bản ghi',
}

/** A relative difference as a percentage to 3 significant digits, with a decimal comma. */
const percent = (share: string) =>
  new Exact(share).times(100).toSignificantDigits(3).toFixed().replace('.', ',')

const CHECK_UNITS =
  'kiểm tra mã theo danh mục đơn vị của bộ quy tắc (lệnh `tiendo units --pack …` liệt kê), hoặc thêm đơn vị này vào bộ quy tắc.'

/** The Vietnamese messages of `@tiendo/core`'s issues. */
export const vi: IssueMessages<CoreIssueFields> = {
  unknown_unit: (f, place) => {
    const ref = place?.unit ?? ''
    if (f.starts !== undefined) {
      const at = ref.indexOf('@')
      return {
        message: `Không có đơn vị nào mang mã \`${ref.slice(0, at)}\` bắt đầu hiệu lực vào ngày ${viDate(ref.slice(at + 1))}.`,
        hint: `Ghi ${orList(refsOfCode(ref.slice(0, at), f.starts, '(đơn vị không ghi ngày bắt đầu hiệu lực)'), 'hoặc')}.`,
      }
    }
    const labels = f.suggestions.map((key, i) => label(key, f.suggestionNames[i]!))
    const cause = spreadsheetWrote(ref, f.suggestions[0])
      ? 'Bảng tính đã ghi mã dưới dạng số: hãy định dạng cột là Text rồi gõ lại các mã. '
      : ''
    return {
      message: `Không có đơn vị nào mang mã \`${ref}\`.`,
      hint:
        labels.length === 0
          ? `Hãy ${CHECK_UNITS}`
          : `Có phải là ${orList(labels, 'hay')}? ${cause}Nếu không, ${CHECK_UNITS}`,
    }
  },
  unit_not_valid_in_period: (f, place) => {
    const ref = place?.unit ?? ''
    const successors = f.successors.map((key, i) => label(key, f.successorNames[i]!))
    return {
      message: `Không có đơn vị nào mang mã \`${ref}\` trong ${period(place)}: ${f.units.map((unit) => withValidity(ref, unit)).join('; ')}.`,
      hint:
        successors.length > 0
          ? `Từ khi đơn vị này không còn, số liệu thuộc về đơn vị kế thừa ${successors.join(', ')}; hãy ghi số liệu cho đơn vị đó.`
          : f.laterUnits[0] !== undefined
            ? `Nếu đây là số liệu tính lại cho địa bàn của đơn vị mới, hãy ghi \`${f.laterUnits[0]}\`; nếu không, kiểm tra lại kỳ báo cáo.`
            : 'Kiểm tra lại kỳ báo cáo, hoặc ghi rõ đơn vị bằng `mã@ngày bắt đầu hiệu lực`.',
    }
  },
  unit_validity_straddles_period: (f, place) => {
    const part = periodPart(place?.period ?? '', f)
    const span = part.fromStart
      ? `đến ${viDate(part.to)}`
      : part.toEnd
        ? `từ ${viDate(part.from)}`
        : `từ ${viDate(part.from)} đến ${viDate(part.to)}`
    const unit = withValidity(place?.unit ?? '', { ...f, name: f.unitName })
    return {
      message: `Kỳ ${period(place)} nằm một phần ngoài thời gian hiệu lực của đơn vị ${unit}; số liệu được gắn cho đơn vị này.`,
      hint: `Nếu số liệu chỉ tính trong thời gian đơn vị còn hiệu lực, hãy ghi kỳ tương ứng (\`${f.validPart}\` cho số liệu ${span}).`,
    }
  },
  unit_backcast: (f, place) => ({
    message: `Số liệu ${period(place)} được ghi cho đơn vị ${withValidity(place?.unit ?? '', { ...f, name: f.unitName })}, trước khi đơn vị này được thành lập: được hiểu là số liệu tính lại cho địa bàn của đơn vị mới.`,
    hint: 'Nếu đây là số liệu của đơn vị cũ, hãy ghi mã không kèm ngày (ví dụ `56`).',
  }),
  duplicate_observation: (f, place) => ({
    message: `Số liệu \`${place?.indicator}\` của đơn vị \`${place?.unit}\` trong ${period(place)} xuất hiện hai lần với cùng giá trị ${f.value} (lần đầu ở ${describeLocation(place?.related?.[0])}); chỉ giữ một bản.`,
    hint: 'Xóa một trong hai dòng trùng nhau.',
  }),
  conflicting_observation: (f, place) => ({
    message: `Số liệu \`${place?.indicator}\` của đơn vị \`${place?.unit}\` trong ${period(place)} có các giá trị khác nhau: ${f.values.map((v) => `${v.value} (ở ${describeLocation(v.location)})`).join(', ')}. Không giá trị nào được dùng cho đến khi sửa.`,
    hint: 'Giữ lại giá trị đúng và xóa các dòng còn lại; nếu đây là hai định nghĩa khác nhau, hãy khai báo hai chỉ tiêu riêng.',
  }),
  duplicate_record: (f, place) => ({
    message: `Bản ghi ${recordLabel(f)} của đơn vị \`${place?.unit}\` được nộp hai lần (lần đầu ở ${describeLocation(place?.related?.[0])}); chỉ tính một lần.`,
    hint: 'Xóa bản ghi trùng.',
  }),
  conflicting_record: (f, place) => ({
    message: `Mã bản ghi ${recordLabel(f)} của đơn vị \`${place?.unit}\` được dùng cho hai bản ghi khác nhau (bản đầu ở ${describeLocation(place?.related?.[0])}); không bản nào được tính cho đến khi sửa.`,
    hint: 'Mỗi bản ghi cần một mã riêng; sửa mã hoặc xóa bản ghi sai.',
  }),
  derived_value_differs: (f, place) => {
    const off =
      f.difference === undefined
        ? 'khác 0'
        : `chênh ${percent(f.difference)}%, vượt mức cho phép ${percent(f.tolerance)}%`
    return {
      message: `\`${place?.indicator}\` của \`${place?.unit}\` trong ${period(place)}: số liệu đã nộp là ${f.value}, còn ${HOW[f.method]} (\`${f.rule}\`) là ${f.derived} (${off}); giữ số liệu đã nộp.`,
      hint: 'Kiểm tra số liệu đã nộp và số liệu của các đơn vị đầu vào; nếu chênh lệch là bình thường, nới `tolerance` của chỉ tiêu.',
    }
  },
}
