import type { Wording } from '../issue'
import { quote } from './quote'

function w(vi: string, en: string, hintVi: string, hintEn: string): Wording {
  return { message: { vi, en }, hint: { vi: hintVi, en: hintEn } }
}

function list(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ')
}

/** Wording of problems with the layout of a table: its header, columns and CSV syntax. @internal */
export const tableWording = {
  headerOnly: () =>
    w(
      'Tệp chỉ có dòng tiêu đề, không có dòng số liệu nào.',
      'The file has a header but no data rows.',
      'Tệp không có số liệu vẫn là một lần nộp hợp lệ (mức độ đầy đủ do `evaluate` đánh giá); nếu bạn định nộp số liệu, hãy thêm các dòng dưới tiêu đề.',
      'A file without data is still a valid submission (completeness is judged by `evaluate`); if you meant to submit figures, add rows under the header.',
    ),

  noRows: () =>
    w(
      'Tệp không có đối tượng nào.',
      'The file holds no objects.',
      'Tệp không có số liệu vẫn là một lần nộp hợp lệ (mức độ đầy đủ do `evaluate` đánh giá); nếu bạn định nộp số liệu, hãy thêm các đối tượng.',
      'A file without data is still a valid submission (completeness is judged by `evaluate`); if you meant to submit figures, add objects.',
    ),

  semicolonDelimited: () =>
    w(
      'Tệp dùng dấu chấm phẩy `;` để phân cách các cột (Excel ở thiết lập vùng Việt Nam lưu CSV như vậy), nhưng CSV của Tiendo phân cách bằng dấu phẩy `,`.',
      'The file separates its columns with semicolons `;` (as Excel does under Vietnamese regional settings), but Tiendo CSV is comma-separated.',
      'Nộp thẳng tệp .xlsx (Tiendo đọc được), hoặc xuất lại CSV phân cách bằng dấu phẩy (trong Windows, đặt List separator là `,` ở Region settings trước khi lưu từ Excel). Số trong các tệp này thường viết kiểu Việt Nam (`87,5`): khi đó khai báo thêm `--number-locale vi`.',
      'Submit the .xlsx file itself (Tiendo reads it), or export the CSV again with commas (on Windows, set the List separator to `,` in Region settings before saving from Excel). Numbers in such files are usually written the Vietnamese way (`87,5`): then also state `--number-locale vi`.',
    ),

  tabDelimited: () =>
    w(
      'Tệp dùng ký tự tab để phân cách các cột, nhưng CSV của Tiendo phân cách bằng dấu phẩy `,`.',
      'The file separates its columns with tabs, but Tiendo CSV is comma-separated.',
      'Trong Excel chọn Lưu thành → CSV UTF-8 (Comma delimited), hoặc nộp thẳng tệp .xlsx.',
      'In Excel, Save As → CSV UTF-8 (Comma delimited), or submit the .xlsx file itself.',
    ),

  raggedRow: (expected: number, found: number) =>
    found > expected
      ? w(
          `Dòng có ${found} ô nhưng dòng tiêu đề có ${expected} cột.`,
          `The row has ${found} cells but the header has ${expected} columns.`,
          'Có thể một ô chứa dấu phẩy mà không nằm trong ngoặc kép: ghi `"Phan Rang, Ninh Thuận"`. Nếu không, xóa các ô thừa.',
          'A cell may hold a comma without being quoted: write `"Phan Rang, Ninh Thuan"`. Otherwise remove the extra cells.',
        )
      : w(
          `Dòng chỉ có ${found} ô nhưng dòng tiêu đề có ${expected} cột.`,
          `The row has only ${found} cells but the header has ${expected} columns.`,
          `Thêm các ô còn thiếu (để trống nếu không có giá trị) để dòng có đủ ${expected} ô, ngăn cách bằng dấu phẩy.`,
          `Add the missing cells (empty when there is no value) so that the row has ${expected}, separated by commas.`,
        ),

  unclosedQuote: () =>
    w(
      'Dấu ngoặc kép `"` mở trong bản ghi bắt đầu ở dòng này không được đóng cho tới cuối tệp.',
      'A double quote `"` opened in the record starting on this line is never closed before the end of the file.',
      'Thêm dấu `"` đóng ở cuối ô; nếu bản thân ô chứa dấu ngoặc kép, viết nó thành hai dấu `""`.',
      'Add the closing `"` at the end of the cell; a double quote inside a quoted cell is written twice, `""`.',
    ),

  invalidCsv: (detail: string) =>
    w(
      `Không đọc được CSV từ dòng này (${detail}).`,
      `The CSV cannot be read from this line (${detail}).`,
      'Kiểm tra dấu ngoặc kép và dấu phẩy ở dòng này; lưu lại tệp từ Excel bằng Lưu thành → CSV UTF-8 thường khắc phục được.',
      'Check the quotes and commas on this line; saving again from Excel with Save As → CSV UTF-8 usually fixes it.',
    ),

  duplicateColumn: (name: string, first: number, second: number) =>
    w(
      `Cột ${quote(name)} xuất hiện hai lần trong dòng tiêu đề (cột thứ ${first} và cột thứ ${second}); chỉ cột đầu tiên được đọc.`,
      `The column ${quote(name)} appears twice in the header (columns ${first} and ${second}); only the first is read.`,
      'Xóa hoặc đổi tên một trong hai cột.',
      'Remove or rename one of them.',
    ),

  cellWithoutHeader: (position: number, letter: string | undefined) =>
    w(
      `Cột thứ ${position}${letter ? ` (${letter})` : ''} không có tên trong dòng tiêu đề nhưng có dữ liệu; dữ liệu này không được đọc.`,
      `Column ${position}${letter ? ` (${letter})` : ''} has no name in the header but holds data, which is not read.`,
      'Đặt tên cho cột (ví dụ `note`), hoặc xóa dữ liệu trong cột.',
      'Give the column a name (such as `note`), or clear its data.',
    ),

  missingColumn: (name: string, required: readonly string[], lookalike: string | undefined) =>
    w(
      `Thiếu cột bắt buộc \`${name}\`.`,
      `The required column \`${name}\` is missing.`,
      lookalike
        ? `Cột ${quote(lookalike)} có phải là \`${name}\` không? Tên cột viết bằng chữ thường tiếng Anh: đổi thành \`${name}\`.`
        : `Thêm cột \`${name}\` vào dòng tiêu đề. Các cột bắt buộc: ${list(required)}.`,
      lookalike
        ? `Is the column ${quote(lookalike)} meant to be \`${name}\`? Column names are lower-case English: rename it \`${name}\`.`
        : `Add the column \`${name}\` to the header. The required columns are ${list(required)}.`,
    ),

  unknownColumn: (name: string, known: readonly string[]) =>
    w(
      `Tiendo không dùng cột ${quote(name)}; dữ liệu trong cột này bị bỏ qua.`,
      `Tiendo does not use the column ${quote(name)}; its data is ignored.`,
      `Các cột Tiendo đọc: ${list(known)}. Sửa tên cột nếu viết sai, hoặc xóa cột.`,
      `The columns Tiendo reads are ${list(known)}. Correct the name if it is misspelt, or remove the column.`,
    ),
}
