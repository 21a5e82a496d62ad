import type { LocalizedText } from '@tiendo/schema'
import type { Wording } from '../issue'
import { quote } from './quote'

/** How to state the Vietnamese number format, for hints. */
const VI_FLAG = '`--number-locale vi` (`numberLocale: "vi"`)'

function w(vi: string, en: string, hintVi: string, hintEn: string): Wording {
  return { message: { vi, en }, hint: { vi: hintVi, en: hintEn } }
}

/** Wording of the problems {@link parseDecimalCell} finds. @internal */
export const numberWording = {
  empty: () =>
    w(
      'Ô trống nhưng cần một số.',
      'The cell is empty but a number is expected.',
      'Ghi số vào ô, ví dụ `87.5`.',
      'Write the number, such as `87.5`.',
    ),

  spaces: (text: string, suggestion: string | undefined) =>
    w(
      `Số ${quote(text)} có khoảng trắng.`,
      `The number ${quote(text)} contains spaces.`,
      suggestion
        ? `Xóa khoảng trắng (kể cả khoảng trắng ở đầu, cuối và giữa các nhóm chữ số): ghi \`${suggestion}\`.`
        : 'Xóa khoảng trắng (kể cả khoảng trắng ở đầu, cuối và giữa các nhóm chữ số).',
      suggestion
        ? `Remove the spaces (leading, trailing, or between digit groups): write \`${suggestion}\`.`
        : 'Remove the spaces (leading, trailing, or between digit groups).',
    ),

  notFinite: (text: string) =>
    w(
      `${quote(text)} không phải là một số hữu hạn.`,
      `${quote(text)} is not a finite number.`,
      'Ghi giá trị bằng chữ số; nếu chưa có số liệu, hãy để trống ô (hoặc bỏ cả dòng).',
      'Write the value in digits; when there is no figure, leave the cell empty (or leave the row out).',
    ),

  exponent: (text: string, expanded: string | undefined) =>
    w(
      `Số ${quote(text)} được viết dạng lũy thừa (e), Tiendo không đọc dạng này.`,
      `The number ${quote(text)} is written with an exponent (e), which Tiendo does not read.`,
      expanded
        ? `Viết đầy đủ các chữ số: \`${expanded}\`. Trong Excel, định dạng ô là Number thay vì Scientific.`
        : 'Viết đầy đủ các chữ số, không dùng `e`. Trong Excel, định dạng ô là Number thay vì Scientific.',
      expanded
        ? `Write all its digits: \`${expanded}\`. In Excel, format the cell as Number rather than Scientific.`
        : 'Write all its digits, without `e`. In Excel, format the cell as Number rather than Scientific.',
    ),

  tooManyDigits: (text: string, max: number) =>
    w(
      `Số ${quote(text)} có quá ${max} chữ số có nghĩa.`,
      `The number ${quote(text)} has more than ${max} significant digits.`,
      'Kiểm tra lại số liệu: không phép đo nào cần nhiều chữ số như vậy; hãy làm tròn.',
      'Check the figure: no measurement needs that many digits; round it.',
    ),

  plusSign: (text: string, suggestion: string) =>
    w(
      `Số ${quote(text)} bắt đầu bằng dấu \`+\`.`,
      `The number ${quote(text)} starts with \`+\`.`,
      `Bỏ dấu \`+\`: ghi \`${suggestion}\`.`,
      `Leave out the \`+\`: write \`${suggestion}\`.`,
    ),

  dashMinus: (text: string, suggestion: string) =>
    w(
      `Số ${quote(text)} dùng một ký tự gạch ngang không phải dấu trừ \`-\`.`,
      `The number ${quote(text)} uses a dash that is not the minus sign \`-\`.`,
      `Dùng dấu trừ thường (gạch nối): ghi \`${suggestion}\`.`,
      `Use the plain hyphen-minus: write \`${suggestion}\`.`,
    ),

  percent: (text: string, suggestion: string | undefined) =>
    w(
      `Số ${quote(text)} có ký hiệu \`%\`.`,
      `The number ${quote(text)} carries a \`%\` sign.`,
      suggestion
        ? `Bỏ ký hiệu \`%\`: chỉ tiêu tính theo phần trăm ghi số phần trăm, nên ghi \`${suggestion}\`.`
        : 'Bỏ ký hiệu `%`: chỉ tiêu tính theo phần trăm ghi số phần trăm, ví dụ `87.5`.',
      suggestion
        ? `Leave out the \`%\`: a percent indicator holds the number of percent, so write \`${suggestion}\`.`
        : 'Leave out the `%`: a percent indicator holds the number of percent, such as `87.5`.',
    ),

  /** `87,5` or `363,558` without a number locale. */
  comma: (text: string, decimalReading: string, thousandsReading: string | undefined) =>
    thousandsReading
      ? w(
          `Số ${quote(text)} không rõ nghĩa: có thể là ${thousandsReading} (dấu phẩy phân cách hàng nghìn) hoặc ${decimalReading} (dấu phẩy thập phân kiểu Việt Nam).`,
          `The number ${quote(text)} is ambiguous: it may be ${thousandsReading} (a comma between thousands) or ${decimalReading} (a Vietnamese decimal comma).`,
          `Ghi số bằng dấu chấm thập phân và không phân cách hàng nghìn, ví dụ \`${thousandsReading}\` hoặc \`${decimalReading}\`. Nếu cả tệp dùng cách viết số của Việt Nam (\`1.234,5\`), hãy khai báo ${VI_FLAG}.`,
          `Write the number with a dot for decimals and no thousands separators, such as \`${thousandsReading}\` or \`${decimalReading}\`. If the whole file writes numbers the Vietnamese way (\`1.234,5\`), state it with ${VI_FLAG}.`,
        )
      : w(
          `Số ${quote(text)} không rõ nghĩa: dấu phẩy có thể là dấu thập phân kiểu Việt Nam (${decimalReading}), nhưng tệp không khai báo cách viết số.`,
          `The number ${quote(text)} is ambiguous: the comma may be a Vietnamese decimal mark (${decimalReading}), but the file's number format was not stated.`,
          `Ghi \`${decimalReading}\` với dấu chấm thập phân. Nếu cả tệp dùng cách viết số của Việt Nam (\`1.234,5\`), hãy khai báo ${VI_FLAG}; đừng chỉ thay dấu phẩy, vì khi đó \`363.558\` sẽ bị đọc thành 363,558 thay vì 363558.`,
          `Write \`${decimalReading}\` with a dot for decimals. If the whole file writes numbers the Vietnamese way (\`1.234,5\`), state it with ${VI_FLAG}; do not just replace the commas, or \`363.558\` would read as 363.558 rather than 363558.`,
        ),

  thousandsCommas: (text: string, suggestion: string) =>
    w(
      `Số ${quote(text)} dùng dấu phẩy để phân cách hàng nghìn.`,
      `The number ${quote(text)} uses commas between thousands.`,
      `Bỏ dấu phân cách hàng nghìn: ghi \`${suggestion}\`.`,
      `Leave out the thousands separators: write \`${suggestion}\`.`,
    ),

  vietnameseFormat: (text: string, suggestion: string) =>
    w(
      `Số ${quote(text)} viết theo kiểu Việt Nam (dấu chấm phân cách hàng nghìn, dấu phẩy thập phân), nhưng tệp không khai báo cách viết số này.`,
      `The number ${quote(text)} is written the Vietnamese way (dots between thousands, a decimal comma), but the file's number format was not stated.`,
      `Ghi \`${suggestion}\`, hoặc khai báo ${VI_FLAG} nếu cả tệp viết số như vậy.`,
      `Write \`${suggestion}\`, or state ${VI_FLAG} if the whole file writes numbers this way.`,
    ),

  /** `363.558` in a file that elsewhere writes Vietnamese decimal commas. */
  dotGroupsInVietnameseFile: (text: string, evidence: string, where: LocalizedText) =>
    w(
      `Số ${quote(text)} không rõ nghĩa: tệp này có số viết kiểu Việt Nam (${quote(evidence)} ${where.vi}), nên ${quote(text)} có thể là ${text.replace(/\./g, '')} chứ không phải ${text}.`,
      `The number ${quote(text)} is ambiguous: this file writes numbers the Vietnamese way elsewhere (${quote(evidence)} ${where.en}), so ${quote(text)} may mean ${text.replace(/\./g, '')} rather than ${text}.`,
      `Nếu cả tệp viết số kiểu Việt Nam, hãy khai báo ${VI_FLAG}; nếu không, sửa các số có dấu phẩy thành dấu chấm thập phân.`,
      `If the whole file writes numbers the Vietnamese way, state ${VI_FLAG}; otherwise change the comma numbers to use a decimal dot.`,
    ),

  viDotDecimal: (text: string, suggestion: string | undefined) =>
    w(
      `Số ${quote(text)} không hợp lệ theo cách viết số Việt Nam đã khai báo: dấu chấm chỉ dùng để phân cách từng nhóm ba chữ số hàng nghìn.`,
      `The number ${quote(text)} is not valid in the Vietnamese number format that was stated: a dot only separates groups of three digits.`,
      suggestion
        ? `Ghi \`${suggestion}\` với dấu phẩy thập phân; nếu tệp dùng dấu chấm thập phân, đừng khai báo \`--number-locale vi\`.`
        : 'Dùng dấu phẩy thập phân (`87,5`); nếu tệp dùng dấu chấm thập phân, đừng khai báo `--number-locale vi`.',
      suggestion
        ? `Write \`${suggestion}\` with a decimal comma; if the file uses a decimal dot, do not state \`--number-locale vi\`.`
        : 'Use a decimal comma (`87,5`); if the file uses a decimal dot, do not state `--number-locale vi`.',
    ),

  bareMark: (text: string, suggestion: string) =>
    w(
      `Số ${quote(text)} thiếu chữ số ở trước hoặc sau dấu thập phân.`,
      `The number ${quote(text)} lacks a digit before or after its decimal mark.`,
      `Ghi \`${suggestion}\`.`,
      `Write \`${suggestion}\`.`,
    ),

  leadingZeros: (text: string, suggestion: string) =>
    w(
      `Số ${quote(text)} có chữ số 0 thừa ở đầu.`,
      `The number ${quote(text)} has extra leading zeros.`,
      `Ghi \`${suggestion}\`. Nếu đây là một mã chứ không phải số, nó không thuộc cột số.`,
      `Write \`${suggestion}\`. If it is a code rather than a number, it does not belong in a number column.`,
    ),

  notNumberCell: (kind: 'date' | 'boolean') =>
    kind === 'date'
      ? w(
          'Ô chứa một ngày, không phải một số.',
          'The cell holds a date, not a number.',
          'Định dạng ô là Number (Excel có thể đã tự đổi số thành ngày) và nhập lại số.',
          'Format the cell as Number (Excel may have turned the number into a date) and type the number again.',
        )
      : w(
          'Ô chứa giá trị đúng/sai (true/false), không phải một số.',
          'The cell holds a true/false value, not a number.',
          'Ghi số, ví dụ `87.5`.',
          'Write the number, such as `87.5`.',
        ),

  /** Appended to the hint of a non-date column that holds a date cell. */
  convertedToDate: (): LocalizedText => ({
    vi: 'Ô này là kiểu ngày: Excel có thể đã tự đổi nội dung gõ vào (như `2024-09`) thành ngày. Định dạng cột là Text rồi gõ lại.',
    en: 'The cell is a date: Excel may have turned what was typed (such as `2024-09`) into a date. Format the column as Text and type it again.',
  }),

  notANumber: (text: string, vietnamese: boolean) =>
    w(
      `${quote(text)} không phải là một số.`,
      `${quote(text)} is not a number.`,
      vietnamese
        ? 'Chỉ ghi chữ số, dấu trừ ở đầu nếu là số âm, dấu chấm giữa các nhóm ba chữ số hàng nghìn (nếu muốn) và dấu phẩy thập phân, ví dụ `363.558` hoặc `87,5`; không kèm đơn vị hay chữ.'
        : 'Chỉ ghi chữ số, dấu trừ ở đầu nếu là số âm và dấu chấm `.` làm dấu thập phân, ví dụ `87.5` hoặc `363558`; không kèm đơn vị, chữ hay dấu phân cách hàng nghìn.',
      vietnamese
        ? 'Write only digits, a leading `-` for a negative number, dots between groups of three digits (optional) and a decimal comma, such as `363.558` or `87,5`; no units or words.'
        : 'Write only digits, a leading `-` for a negative number and `.` as the decimal mark, such as `87.5` or `363558`; no units, words or thousands separators.',
    ),
}
