import type { IssueMessages } from '@tiendo/schema'
import { MEASURE_WORDS } from '@tiendo/schema/internal'
import { valueText } from '../pipeline/condition-words'
import { withoutZeroDecimals } from '../pipeline/not-whole'
import type { TypedRulesIssueFields } from './typed-codes'

/** A bound in words, or the infinity on its side. */
const bound = (value: string | undefined, infinity: string) =>
  value === undefined ? infinity : valueText(value, 'vi')

/** The Vietnamese messages of the issues `@tiendo/rules` makes from typed fields alone. */
export const vi: IssueMessages<TypedRulesIssueFields> = {
  unknown_indicator: (f, place) => ({
    message: `Chỉ tiêu \`${place?.indicator}\` không có trong bộ quy tắc \`${f.pack}\`.`,
    hint:
      f.suggestions[0] !== undefined
        ? `Có phải là \`${f.suggestions[0]}\`?`
        : `Dùng mã một chỉ tiêu của bộ quy tắc (xem \`indicators\` trong \`${f.pack}\`), hoặc thêm chỉ tiêu vào bộ quy tắc của tỉnh.`,
  }),
  value_out_of_bounds: (f, place) => ({
    message: `Giá trị ${valueText(f.value, 'vi')} của chỉ tiêu “${f.indicatorName.vi}” (\`${place?.indicator}\`) nằm ngoài giới hạn ${bound(f.min, '−∞')} đến ${bound(f.max, '+∞')} của chỉ tiêu.`,
    hint: `Kiểm tra lại số liệu và đơn vị đo (${MEASURE_WORDS[f.indicatorUnit]?.vi ?? f.indicatorUnit}); ví dụ tỷ lệ phần trăm ghi \`87.5\`, không ghi \`0.875\` hay \`875\`.`,
  }),
  value_not_whole: (f, place) => {
    const takes = `chỉ tiêu “${f.indicatorName.vi}” (\`${place?.indicator}\`) tính bằng số nguyên (${MEASURE_WORDS[f.indicatorUnit]?.vi ?? f.indicatorUnit})`
    if (f.rounded !== undefined)
      return {
        message: `Giá trị \`${f.value}\` không phải số nguyên, nhưng ${takes}: đó là ${f.rounded} kèm sai số làm tròn của phép tính (Excel hiển thị ${f.rounded}).`,
        hint: `Làm tròn trong công thức (ví dụ \`=ROUND(B2*C2, 0)\`), hoặc nhập \`${f.rounded}\`.`,
      }
    if (f.thousands === undefined)
      return {
        message: `Giá trị \`${f.value}\` không phải số nguyên, nhưng ${takes}.`,
        hint: 'Ghi một số nguyên, không có phần thập phân. Nếu chỉ tiêu này được phép có số lẻ, người soạn bộ quy tắc khai báo `wholeNumbers: false` cho chỉ tiêu.',
      }
    const whole = withoutZeroDecimals(f.value)
    return {
      message:
        whole === undefined
          ? `Giá trị \`${f.value}\` không phải số nguyên, nhưng ${takes}: có lẽ là ${f.thousands}, viết với dấu chấm phân cách hàng nghìn.`
          : `Giá trị \`${f.value}\` có thể là ${f.thousands} (dấu chấm phân cách hàng nghìn) hoặc ${whole} (phần thập phân bằng 0); ${takes}.`,
      hint:
        whole === undefined
          ? `Nếu đúng là ${f.thousands}, ghi \`${f.thousands}\`, không có dấu phân cách hàng nghìn.`
          : `Ghi \`${f.thousands}\` hoặc \`${whole}\`, không có dấu phân cách hàng nghìn hay phần thập phân.`,
    }
  },
  observation_in_future: (f, place) => ({
    message: `Kỳ \`${place?.period}\` bắt đầu sau ngày hôm nay (${f.today}): không thể có số liệu của tương lai.`,
    hint: 'Sửa kỳ báo cáo; mục tiêu và kế hoạch thuộc về bộ quy tắc, không thuộc tệp số liệu.',
  }),
  record_in_future: (f) => ({
    message: `Ngày \`${f.date}\` sau ngày hôm nay (${f.today}): không thể có bản ghi của tương lai.`,
    hint: 'Ghi ngày hoàn thành thực tế; sản phẩm chưa xong thì ghi trạng thái `planned` hoặc `in_progress` với ngày dự kiến không quá hôm nay.',
  }),
  unknown_record_kind: (f) => ({
    message: `Không chỉ tiêu hay quy tắc nào của \`${f.pack}\` đếm bản ghi loại \`${f.kind}\`.`,
    hint:
      f.suggestions[0] !== undefined
        ? `Có phải là \`${f.suggestions[0]}\`?`
        : `Các loại bản ghi của bộ quy tắc: ${f.kinds.join(', ') || '(không có)'}.`,
  }),
  rule_failed: (f) => ({ message: `Quy tắc \`${f.rule}\` không thỏa.` }),
}
