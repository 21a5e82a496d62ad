import type { IoMessages, TableCode } from '../catalogue'
import { VI_FLAG } from '../number-locale-flag'
import { codeList as list, quote } from '../quote'

/** Cột của biểu mẫu in mà Tiendo không cần: cột đó ghi gì. */
const FORM_COLUMN_VI = {
  row_number: 'Cột này đánh số thứ tự các dòng.',
  names: 'Cột này ghi tên của mã bên cạnh; Tiendo lấy tên từ bộ quy tắc.',
  unit_of_measure: 'Cột này ghi đơn vị tính, đã có trong bộ quy tắc cho từng chỉ tiêu.',
} as const

/** Vietnamese messages about a table's layout: its header, columns and CSV syntax. */
export const table: IoMessages<TableCode> = {
  header_only: () => ({
    message: 'Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào.',
    hint: 'Tệp không có số liệu vẫn là một lần nộp hợp lệ (mức độ đầy đủ do `evaluate` đánh giá); nếu bạn định nộp số liệu, hãy thêm các dòng dưới tiêu đề.',
  }),
  sep_line: () => ({
    message:
      'Dòng đầu `sep=,` là ghi chú cho Excel về dấu phân cách, không phải dòng tiêu đề: Tiendo bỏ qua dòng này và đọc tiêu đề từ dòng 2. Không có gì trong tệp bị thay đổi.',
    hint: 'Không cần sửa: số liệu được đọc đúng như trong tệp. Để không còn thông báo này, xóa dòng đầu (`sep=,`) rồi lưu tệp thành CSV UTF-8.',
  }),
  no_rows: () => ({
    message: 'Tệp không có đối tượng nào.',
    hint: 'Tệp không có số liệu vẫn là một lần nộp hợp lệ (mức độ đầy đủ do `evaluate` đánh giá); nếu bạn định nộp số liệu, hãy thêm các đối tượng.',
  }),
  semicolon_delimited: () => ({
    message:
      'Tệp dùng dấu chấm phẩy `;` để phân cách các cột (Excel ở thiết lập vùng Việt Nam lưu CSV như vậy), nhưng CSV của Tiendo phân cách bằng dấu phẩy `,`.',
    hint: 'Nộp thẳng tệp .xlsx (Tiendo đọc được), hoặc xuất lại CSV phân cách bằng dấu phẩy (trong Windows, đặt List separator là `,` ở Region settings trước khi lưu từ Excel). Số trong các tệp này thường viết kiểu Việt Nam (`87,5`): khi đó khai báo thêm `--number-locale vi`.',
  }),
  tab_delimited: () => ({
    message:
      'Tệp dùng ký tự tab để phân cách các cột, nhưng CSV của Tiendo phân cách bằng dấu phẩy `,`.',
    hint: 'Trong Excel chọn Lưu thành → CSV UTF-8 (Comma delimited), hoặc nộp thẳng tệp .xlsx.',
  }),
  ragged_row: (f) =>
    f.splitNumber !== undefined
      ? {
          message: `Dòng có ${f.found} ô nhưng dòng tiêu đề có ${f.expected} cột: dấu phẩy trong số \`${f.splitNumber}\` đã tách số này ra nhiều ô.`,
          hint: `Trong CSV, dấu phẩy ngăn cách các ô. ${splitNumberAdviceVi(f.decimalReading, f.thousandsReading)} Nếu cả tệp viết số kiểu Việt Nam, đặt mỗi số trong ngoặc kép (\`"${f.splitNumber}"\`) và khai báo ${VI_FLAG}.`,
        }
      : f.found > f.expected
        ? {
            message: `Dòng có ${f.found} ô nhưng dòng tiêu đề có ${f.expected} cột.`,
            hint: 'Có thể một ô chứa dấu phẩy mà không nằm trong ngoặc kép: ghi `"Phan Rang, Ninh Thuận"`. Nếu không, xóa các ô thừa.',
          }
        : {
            message: `Dòng chỉ có ${f.found} ô nhưng dòng tiêu đề có ${f.expected} cột.`,
            hint: `Thêm các ô còn thiếu (để trống nếu không có giá trị) để dòng có đủ ${f.expected} ô, ngăn cách bằng dấu phẩy.`,
          },
  unclosed_quote: () => ({
    message:
      'Dấu ngoặc kép `"` mở trong bản ghi bắt đầu ở dòng này không được đóng cho tới cuối tệp, nên phần còn lại của tệp không đọc được.',
    hint: 'Thêm dấu `"` đóng ở cuối ô; nếu bản thân ô chứa dấu ngoặc kép, viết nó thành hai dấu `""`.',
  }),
  invalid_csv: (f) => ({
    message: `Không đọc được CSV từ dòng này (${f.detail}).`,
    hint: 'Kiểm tra dấu ngoặc kép và dấu phẩy ở dòng này; lưu lại tệp từ Excel bằng Lưu thành → CSV UTF-8 thường khắc phục được.',
  }),
  duplicate_column: (f) =>
    f.first === undefined
      ? {
          message: `Trường ${quote(f.columnName)} xuất hiện hai lần trong đối tượng (sau khi chuẩn hóa Unicode NFC).`,
          hint: 'Giữ lại một trường; hai cách gõ dấu tiếng Việt khác nhau vẫn được coi là cùng một tên.',
        }
      : {
          message: `Cột ${quote(f.columnName)} xuất hiện hai lần trong dòng tiêu đề (cột thứ ${f.first} và cột thứ ${f.second}); chỉ cột đầu tiên được đọc.`,
          hint: 'Xóa hoặc đổi tên một trong hai cột.',
        },
  cell_without_header: (f) => ({
    message: `Cột thứ ${f.position}${f.letters ? ` (${f.letters})` : ''} không có tên trong dòng tiêu đề nhưng có dữ liệu; dữ liệu này không được đọc.`,
    hint: 'Đặt tên cho cột (ví dụ `note`), hoặc xóa dữ liệu trong cột.',
  }),
  missing_column: (f, place) => {
    if (f.columnName === undefined && f.dataSheet !== undefined) {
      const sheet = place?.location?.sheet
      return {
        message: `Trang tính đầu tiên${sheet === undefined ? '' : ` ${quote(sheet)}`}, được đọc vì không chọn trang tính nào, không có dòng tiêu đề: dòng đầu tiên của nó không có tên cột nào Tiendo đọc. Trang tính ${quote(f.dataSheet)} thì có dòng tiêu đề.`,
        hint: `Chọn trang tính chứa số liệu: \`--sheet ${quote(f.dataSheet)}\` (\`sheet: ${quote(f.dataSheet)}\` trong chương trình), hoặc chuyển trang tính đó lên đầu bảng tính.`,
      }
    }
    if (f.columnName === undefined && f.headerRow !== undefined) {
      return {
        message: `Thiếu cột bắt buộc ${list(f.required)}: dòng đầu tiên không phải dòng tiêu đề (không có tên cột nào Tiendo đọc). Dòng ${f.headerRow} có vẻ là dòng tiêu đề.`,
        hint: `Xóa ${f.headerRow === 2 ? 'dòng' : 'các dòng'} phía trên dòng ${f.headerRow} (tên báo cáo hay ghi chú), để dòng tiêu đề là dòng đầu tiên và số liệu bắt đầu từ dòng thứ hai.`,
      }
    }
    if (f.columnName === undefined) {
      return {
        message: `Thiếu cột bắt buộc ${list(f.required)}: dòng đầu tiên không phải dòng tiêu đề (không có tên cột nào Tiendo đọc).`,
        hint: `Dòng đầu tiên phải là dòng tiêu đề \`${f.required.join(',')}\` (thêm cột tùy chọn nếu cần: ${(f.optional ?? []).join(', ')}); số liệu bắt đầu từ dòng thứ hai.`,
      }
    }
    const name = f.columnName
    return {
      message: `Thiếu cột bắt buộc \`${name}\`.`,
      hint: f.lookalike
        ? `Cột ${quote(f.lookalike)} có phải là \`${name}\` không? Tên cột viết bằng chữ thường tiếng Anh: đổi thành \`${name}\`.`
        : `Thêm cột \`${name}\` vào dòng tiêu đề. Các cột bắt buộc: ${list(f.required)}.`,
    }
  },
  form_row: (f) =>
    f.form === 'column_numbers'
      ? {
          message: `Dòng này đánh số các cột (${f.text}) như biểu mẫu in dưới dòng tiêu đề: không phải số liệu, nên không được đọc.`,
          hint: 'Xóa dòng này, để số liệu bắt đầu ngay dưới dòng tiêu đề.',
        }
      : f.form === 'total'
        ? {
            message: `Dòng này là dòng tổng (${quote(f.text)}): không được đọc. Tiendo tự cộng số liệu của các đơn vị.`,
            hint: 'Xóa dòng này. Số liệu của đơn vị cấp trên (tỉnh) ghi ở một dòng riêng, với mã đơn vị của nó.',
          }
        : {
            message: `Dòng này thuộc phần ký tên cuối báo cáo (${quote(f.text)}): không phải số liệu, nên không được đọc.`,
            hint: 'Không mất số liệu nào: các dòng số liệu phía trên vẫn được đọc. Để nộp không còn cảnh báo này, kết thúc bảng ở dòng số liệu cuối cùng; phần ký tên chỉ để ở bản in.',
          },
  unknown_column: (f) => ({
    message: `Tiendo không dùng cột ${quote(f.columnName)}; dữ liệu trong cột này bị bỏ qua.`,
    hint:
      f.formColumn !== undefined
        ? `${FORM_COLUMN_VI[f.formColumn]} Tiendo không cần cột này: tệp vẫn được đọc đầy đủ, có thể giữ nguyên cột.`
        : f.meant === undefined
          ? `Các cột Tiendo đọc: ${list(f.known)}. Sửa tên cột nếu viết sai, hoặc xóa cột.`
          : `Cột ${quote(f.columnName)} có phải là \`${f.meant}\` không? Tên cột viết bằng chữ thường tiếng Anh: đổi thành \`${f.meant}\` thì dữ liệu của cột được đọc.`,
  }),
}

/** Cách ghi một số bị dấu phẩy của CSV tách ra, theo các cách đọc số đó. */
function splitNumberAdviceVi(decimal: string | undefined, thousands: string | undefined): string {
  if (decimal !== undefined && thousands !== undefined) {
    return `Ghi \`${thousands}\` nếu dấu phẩy phân cách hàng nghìn, hoặc \`${decimal}\` nếu đó là dấu thập phân.`
  }
  if (decimal !== undefined) return `Ghi \`${decimal}\`, dùng dấu chấm cho phần thập phân.`
  return `Ghi \`${thousands ?? ''}\`, không phân cách hàng nghìn.`
}
