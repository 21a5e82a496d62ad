import type { IssueText } from '@tiendo/schema'
import type { InvalidNumberFields, InvalidNumberReason } from '../../issue-fields'
import type { IoMessages, NumberCode } from '../catalogue'
import { VI_FLAG } from '../number-locale-flag'
import { quote } from '../quote'

/** Each reason's text, given the quoted cell text and the fields. */
const INVALID: Record<InvalidNumberReason, (text: string, f: InvalidNumberFields) => IssueText> = {
  empty: () => ({ message: 'Ô trống nhưng cần một số.', hint: 'Ghi số vào ô, ví dụ `87.5`.' }),
  spaces: (text, f) => ({
    message: `Số ${text} có khoảng trắng.`,
    hint: f.suggestion
      ? `Xóa khoảng trắng (kể cả khoảng trắng ở đầu, cuối và giữa các nhóm chữ số): ghi \`${f.suggestion}\`.`
      : 'Xóa khoảng trắng (kể cả khoảng trắng ở đầu, cuối và giữa các nhóm chữ số).',
  }),
  not_finite: (text) => ({
    message: `${text} không phải là một số hữu hạn.`,
    hint: 'Ghi giá trị bằng chữ số; nếu chưa có số liệu, hãy để trống ô (hoặc bỏ cả dòng).',
  }),
  exponent: (text, f) => ({
    message: `Số ${text} được viết dạng lũy thừa (e), Tiendo không đọc dạng này.`,
    hint: f.suggestion
      ? `Viết đầy đủ các chữ số: \`${f.suggestion}\`. Trong Excel, định dạng ô là Number thay vì Scientific.`
      : 'Viết đầy đủ các chữ số, không dùng `e`. Trong Excel, định dạng ô là Number thay vì Scientific.',
  }),
  too_many_digits: (text, f) => ({
    message: `Số ${text} có quá ${f.max} chữ số có nghĩa.`,
    hint: 'Kiểm tra lại số liệu: không phép đo nào cần nhiều chữ số như vậy; hãy làm tròn.',
  }),
  plus_sign: (text, f) => ({
    message: `Số ${text} bắt đầu bằng dấu \`+\`.`,
    hint: `Bỏ dấu \`+\`: ghi \`${f.suggestion}\`.`,
  }),
  dash: (text, f) => ({
    message: `Số ${text} dùng một ký tự gạch ngang không phải dấu trừ \`-\`.`,
    hint: `Dùng dấu trừ thường (gạch nối): ghi \`${f.suggestion}\`.`,
  }),
  brackets: (text, f) => ({
    message: `Số ${text} được ghi trong ngoặc đơn, như kế toán ghi số âm.`,
    hint: `Nếu là số âm, hãy ghi \`${f.suggestion}\`: Tiendo chỉ đọc dấu \`-\` đứng trước số.`,
  }),
  percent: (text, f) => ({
    message: `Số ${text} có ký hiệu \`%\`.`,
    hint: f.suggestion
      ? `Bỏ ký hiệu \`%\`: chỉ tiêu tính theo phần trăm ghi số phần trăm, nên ghi \`${f.suggestion}\`.`
      : 'Bỏ ký hiệu `%`: chỉ tiêu tính theo phần trăm ghi số phần trăm, ví dụ `87.5`.',
  }),
  thousands_commas: (text, f) => ({
    message: `Số ${text} dùng dấu phẩy để phân cách hàng nghìn.`,
    hint: `Bỏ dấu phân cách hàng nghìn: ghi \`${f.suggestion}\`.`,
  }),
  vietnamese_format: (text, f) => ({
    message: `Số ${text} viết theo kiểu Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân), nhưng tệp không khai báo cách viết số này.`,
    hint: `Ghi \`${f.suggestion}\`, hoặc khai báo ${VI_FLAG} nếu cả tệp viết số như vậy.`,
  }),
  dot_decimal: (text, f) => ({
    message: `Số ${text} không hợp lệ theo cách viết số Việt Nam đã khai báo: dấu chấm chỉ dùng để phân cách từng nhóm ba chữ số hàng nghìn.`,
    hint: f.suggestion
      ? `Ghi \`${f.suggestion}\` với dấu phẩy thập phân; nếu tệp dùng dấu chấm thập phân, đừng khai báo \`--number-locale vi\`.`
      : 'Dùng dấu phẩy thập phân (`87,5`); nếu tệp dùng dấu chấm thập phân, đừng khai báo `--number-locale vi`.',
  }),
  bare_mark: (text, f) => ({
    message: `Số ${text} thiếu chữ số ở trước hoặc sau dấu thập phân.`,
    hint: `Ghi \`${f.suggestion}\`.`,
  }),
  leading_zeros: (text, f) => ({
    message: `Số ${text} có chữ số 0 thừa ở đầu.`,
    hint: `Ghi \`${f.suggestion}\`. Nếu đây là một mã chứ không phải số, nó không thuộc cột số.`,
  }),
  not_a_number: (text, f) => ({
    message: `${text} không phải là một số.`,
    hint:
      f.numberLocale === 'vi'
        ? 'Chỉ ghi chữ số, dấu trừ ở đầu nếu là số âm, dấu chấm giữa các nhóm ba chữ số hàng nghìn (nếu muốn) và dấu phẩy thập phân, ví dụ `363.558` hoặc `87,5`; không kèm đơn vị hay chữ.'
        : 'Chỉ ghi chữ số, dấu trừ ở đầu nếu là số âm và dấu chấm `.` làm dấu thập phân, ví dụ `87.5` hoặc `363558`; không kèm đơn vị, chữ hay dấu phân cách hàng nghìn.',
  }),
  with_words: (text, f) => ({
    message: `Số ${text} có kèm chữ phía sau.`,
    hint: `Chỉ ghi số, \`${f.suggestion}\`: bộ quy tắc đã ghi đơn vị tính của từng chỉ tiêu, còn ghi chú thì ghi ở cột \`note\`.`,
  }),
  letter_for_digit: (text, f) => ({
    message: `Số ${text} có chữ cái ở chỗ của chữ số (chữ O thay cho số 0, hoặc chữ l thay cho số 1).`,
    hint: `Ghi \`${f.suggestion}\`, nếu đó là số muốn ghi.`,
  }),
  no_figure: (text, f) => ({
    message: `${text} là ký hiệu "không có số liệu", không phải một số.`,
    hint: `Nếu chưa có số liệu, hãy bỏ cả dòng thay vì ghi ký hiệu (dòng để trống giá trị cũng bị từ chối); nếu có, ghi số, ví dụ \`${f.numberLocale === 'vi' ? '87,5' : '87.5'}\`.`,
  }),
  date_cell: () => ({
    message: 'Ô chứa một ngày, không phải một số.',
    hint: 'Định dạng ô là Number (Excel có thể đã tự đổi số thành ngày) và nhập lại số.',
  }),
  boolean_cell: () => ({
    message: 'Ô chứa giá trị đúng/sai (true/false), không phải một số.',
    hint: 'Ghi số, ví dụ `87.5`.',
  }),
  too_large: (_, f) => ({
    message: `Trường ${quote(f.columnName ?? '')} chứa một số quá lớn (vô cực khi đọc).`,
    hint: 'Kiểm tra lại số liệu; ghi số thập phân trong ngoặc kép như một chuỗi, ví dụ `"363558"`.',
  }),
}

const AS_STRING =
  'Ghi số thập phân trong ngoặc kép như một chuỗi (ví dụ `"0.123456789012345678"`): Tiendo giữ nguyên mọi chữ số của chuỗi.'

/** Vietnamese messages about numbers in cells. */
export const number: IoMessages<NumberCode> = {
  ambiguous_number: (f) => {
    const text = quote(f.value)
    if (f.reason === 'dot_groups') {
      const where =
        f.evidencePath !== undefined ? `tại ${f.evidencePath}` : `ở dòng ${f.evidenceRow ?? '?'}`
      return {
        message: `Số ${text} không rõ nghĩa: tệp này có số viết kiểu Việt Nam (${quote(f.evidence ?? '')} ${where}), nên ${text} có thể là ${f.value.replace(/\./g, '')} chứ không phải ${f.value}.`,
        hint: `Nếu cả tệp viết số kiểu Việt Nam, hãy khai báo ${VI_FLAG}; nếu không, sửa các số có dấu phẩy thành dấu chấm thập phân.`,
      }
    }
    const decimal = f.decimalReading
    const thousands = f.thousandsReading
    return thousands
      ? {
          message: `Số ${text} không rõ nghĩa: có thể là ${thousands} (dấu phẩy phân cách hàng nghìn) hoặc ${decimal} (dấu phẩy thập phân kiểu Việt Nam).`,
          hint: `Ghi số bằng dấu chấm thập phân và không phân cách hàng nghìn, ví dụ \`${thousands}\` hoặc \`${decimal}\`. Nếu cả tệp dùng cách viết số của Việt Nam (\`1.234,5\`), hãy khai báo ${VI_FLAG}.`,
        }
      : {
          message: `Số ${text} không rõ nghĩa: dấu phẩy có thể là dấu thập phân kiểu Việt Nam (${decimal}), nhưng tệp không khai báo cách viết số.`,
          hint: `Ghi \`${decimal}\` với dấu chấm thập phân. Nếu cả tệp dùng cách viết số của Việt Nam (\`1.234,5\`), hãy khai báo ${VI_FLAG}; đừng chỉ thay dấu phẩy, vì khi đó \`363.558\` sẽ bị đọc thành 363,558 thay vì 363558.`,
        }
  },
  invalid_number: (f) => INVALID[f.reason](quote(f.value ?? ''), f),
  imprecise_number: (f) => {
    if (f.cell !== undefined) {
      return {
        message: `Ô ${f.cell} chứa ${f.value}, hơn 15 chữ số có nghĩa: thường là sai số làm tròn của phép tính (Excel chỉ hiển thị 15 chữ số). Tiendo đọc đúng giá trị lưu trong ô.`,
        hint: 'Làm tròn trong công thức (ví dụ `=ROUND(B2/C2*100, 2)`), hoặc nhập giá trị đã làm tròn.',
      }
    }
    const field = quote(f.columnName ?? '')
    if (f.written !== undefined) {
      return {
        message: `Trường ${field} là số JSON ${quote(f.written)}, nhưng đọc thành số thực dấu phẩy động thì thành ${quote(f.value)}: các chữ số đã viết sẽ bị thay đổi.`,
        hint: AS_STRING,
      }
    }
    return {
      message: `Trường ${field} là một số JSON có hơn 15 chữ số có nghĩa (đọc được thành ${f.value}): số JSON được đọc thành số thực dấu phẩy động, nên các chữ số cuối có thể đã bị làm tròn.`,
      hint: AS_STRING,
    }
  },
}
