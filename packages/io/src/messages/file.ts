import type { FileFormat } from '../format'
import type { Wording } from '../issue'
import { quote } from './quote'

function w(vi: string, en: string, hintVi: string, hintEn: string): Wording {
  return { message: { vi, en }, hint: { vi: hintVi, en: hintEn } }
}

const SAVE_UTF8 = {
  vi: 'Lưu lại tệp với mã hóa UTF-8 (Excel: Lưu thành → CSV UTF-8 (Comma delimited); trình soạn thảo: Save with Encoding → UTF-8)',
  en: 'Save the file again as UTF-8 (Excel: Save As → CSV UTF-8 (Comma delimited); an editor: Save with Encoding → UTF-8)',
}

/** Wording of problems with a file as a whole. @internal */
export const fileWording = {
  notFound: (file: string) =>
    w(
      `Không tìm thấy tệp ${quote(file)}.`,
      `The file ${quote(file)} does not exist.`,
      'Kiểm tra đường dẫn và tên tệp, kể cả chữ hoa, chữ thường và dấu tiếng Việt.',
      'Check the path and the file name, including upper and lower case and accents.',
    ),

  unreadable: (file: string, detail: string) =>
    w(
      `Không đọc được tệp ${quote(file)} (${detail}).`,
      `The file ${quote(file)} cannot be read (${detail}).`,
      'Kiểm tra quyền đọc tệp, và tệp không bị chương trình khác khóa.',
      'Check that the file is readable and not locked by another program.',
    ),

  notAFile: (file: string) =>
    w(
      `${quote(file)} là một thư mục, không phải tệp.`,
      `${quote(file)} is a folder, not a file.`,
      'Chỉ ra từng tệp số liệu trong thư mục, ví dụ `data/quy-3.csv`.',
      'Name the data files inside the folder, such as `data/q3.csv`.',
    ),

  unknownFormat: (file: string, extension: string) =>
    extension === 'xls'
      ? w(
          `Tệp ${quote(file)} là bảng tính Excel kiểu cũ (.xls), Tiendo không đọc định dạng này.`,
          `The file ${quote(file)} is an old-style Excel workbook (.xls), which Tiendo does not read.`,
          'Mở tệp trong Excel và lưu thành Excel Workbook (.xlsx) hoặc CSV UTF-8.',
          'Open it in Excel and save it as an Excel Workbook (.xlsx) or as CSV UTF-8.',
        )
      : w(
          `Không nhận ra định dạng của tệp ${quote(file)} từ phần mở rộng${extension ? ` .${extension}` : ''}.`,
          `The format of ${quote(file)} is not known from its extension${extension ? ` .${extension}` : ''}.`,
          'Đặt phần mở rộng đúng với nội dung: .csv, .ndjson (hoặc .jsonl), .json hoặc .xlsx.',
          'Give the file the extension of its content: .csv, .ndjson (or .jsonl), .json or .xlsx.',
        ),

  binary: (kind: 'zip' | 'ole' | 'nul', format: FileFormat) =>
    kind === 'zip'
      ? w(
          `Tệp là một tệp nén (có thể là bảng tính XLSX), không phải văn bản ${format.toUpperCase()}.`,
          `The file is a zip archive (perhaps an XLSX workbook), not ${format.toUpperCase()} text.`,
          'Nếu đây là bảng tính Excel, đổi phần mở rộng thành .xlsx; hoặc trong Excel chọn Lưu thành → CSV UTF-8.',
          'If it is an Excel workbook, give it the .xlsx extension; or in Excel, Save As → CSV UTF-8.',
        )
      : kind === 'ole'
        ? w(
            `Tệp là bảng tính Excel kiểu cũ (.xls), không phải văn bản ${format.toUpperCase()}.`,
            `The file is an old-style Excel workbook (.xls), not ${format.toUpperCase()} text.`,
            'Mở tệp trong Excel và lưu thành .xlsx hoặc CSV UTF-8.',
            'Open it in Excel and save it as .xlsx or CSV UTF-8.',
          )
        : w(
            `Tệp chứa dữ liệu nhị phân (byte 0), không phải văn bản ${format.toUpperCase()}.`,
            `The file holds binary data (zero bytes), not ${format.toUpperCase()} text.`,
            'Kiểm tra đã chọn đúng tệp; số liệu phải là văn bản UTF-8.',
            'Check that this is the right file; data must be UTF-8 text.',
          ),

  utf16: () =>
    w(
      'Tệp được mã hóa UTF-16, không phải UTF-8.',
      'The file is encoded in UTF-16, not UTF-8.',
      `${SAVE_UTF8.vi}, hoặc khai báo bảng mã \`utf-16le\` (tùy chọn \`encoding\`).`,
      `${SAVE_UTF8.en}, or state the encoding \`utf-16le\` (the \`encoding\` option).`,
    ),

  invalidText: (line: number, encoding: string) =>
    encoding === 'utf-8'
      ? w(
          `Dòng ${line} có byte không hợp lệ trong UTF-8: tệp không được lưu bằng UTF-8 (có thể là Windows-1258 hoặc TCVN3). Tiendo dừng đọc tại dòng này.`,
          `Line ${line} holds bytes that are not valid UTF-8: the file was not saved as UTF-8 (it may be Windows-1258 or TCVN3). Tiendo stopped reading at this line.`,
          `${SAVE_UTF8.vi}; hoặc khai báo bảng mã của tệp (tùy chọn \`encoding\`, ví dụ \`windows-1258\`).`,
          `${SAVE_UTF8.en}; or state the file's encoding (the \`encoding\` option, such as \`windows-1258\`).`,
        )
      : w(
          `Dòng ${line} có byte không hợp lệ trong bảng mã ${encoding}. Tiendo dừng đọc tại dòng này.`,
          `Line ${line} holds bytes that are not valid ${encoding}. Tiendo stopped reading at this line.`,
          `Kiểm tra bảng mã của tệp, hoặc ${SAVE_UTF8.vi.charAt(0).toLowerCase()}${SAVE_UTF8.vi.slice(1)}.`,
          `Check the file's encoding, or ${SAVE_UTF8.en.charAt(0).toLowerCase()}${SAVE_UTF8.en.slice(1)}.`,
        ),

  unsupportedEncoding: (label: string) =>
    w(
      `Bảng mã ${quote(label)} không được hỗ trợ.`,
      `The encoding ${quote(label)} is not supported.`,
      'Dùng tên bảng mã theo chuẩn WHATWG, ví dụ `utf-8` (mặc định), `windows-1258` hoặc `utf-16le`.',
      'Use a WHATWG encoding label such as `utf-8` (the default), `windows-1258` or `utf-16le`.',
    ),

  empty: (format: FileFormat) =>
    format === 'json'
      ? w(
          'Tệp JSON trống.',
          'The JSON file is empty.',
          'Ghi một mảng các đối tượng: `[{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}]`.',
          'Write an array of objects: `[{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}]`.',
        )
      : format === 'ndjson'
        ? w(
            'Tệp NDJSON trống.',
            'The NDJSON file is empty.',
            'Ghi mỗi dòng một đối tượng JSON, ví dụ `{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`.',
            'Write one JSON object a line, such as `{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`.',
          )
        : w(
            'Tệp trống: không có cả dòng tiêu đề.',
            'The file is empty: it has not even a header row.',
            'Dòng đầu tiên phải là dòng tiêu đề, ví dụ `indicator,unit,period,value`, tiếp theo là các dòng số liệu.',
            'The first line must be the header, such as `indicator,unit,period,value`, followed by the data rows.',
          ),

  emptySheet: (sheet: string) =>
    w(
      `Trang tính ${quote(sheet)} trống.`,
      `The sheet ${quote(sheet)} is empty.`,
      'Đặt dòng tiêu đề (`indicator`, `unit`, `period`, `value`…) ở dòng đầu tiên có dữ liệu, hoặc chọn trang tính khác (`--sheet`).',
      'Put the header (`indicator`, `unit`, `period`, `value`…) in the first row with data, or choose another sheet (`--sheet`).',
    ),

  sheetNotFound: (sheet: string, available: readonly string[]) =>
    w(
      `Tệp không có trang tính ${quote(sheet)}.`,
      `The workbook has no sheet ${quote(sheet)}.`,
      `Các trang tính trong tệp: ${available.map(quote).join(', ') || '(không có)'}.`,
      `Its sheets are: ${available.map(quote).join(', ') || '(none)'}.`,
    ),

  noVisibleSheet: () =>
    w(
      'Tệp không có trang tính nào đang hiển thị.',
      'The workbook has no visible sheet.',
      'Hiện trang tính chứa số liệu, hoặc chọn nó theo tên (`--sheet`).',
      'Unhide the sheet that holds the data, or choose it by name (`--sheet`).',
    ),

  sheetIgnored: (format: FileFormat) =>
    w(
      `Tùy chọn trang tính chỉ dùng cho tệp XLSX; tệp ${format.toUpperCase()} không có trang tính nên tùy chọn bị bỏ qua.`,
      `The sheet option applies to XLSX files only; a ${format.toUpperCase()} file has no sheets, so it was ignored.`,
      'Bỏ tùy chọn `--sheet` khi đọc tệp này.',
      'Leave out `--sheet` for this file.',
    ),

  invalidXlsx: (kind: 'ole' | 'text' | 'other' | 'corrupt', detail?: string) =>
    kind === 'ole'
      ? w(
          'Tệp là bảng tính Excel kiểu cũ (.xls) dù có phần mở rộng .xlsx.',
          'The file is an old-style Excel workbook (.xls) despite its .xlsx extension.',
          'Mở tệp trong Excel và lưu thành Excel Workbook (.xlsx).',
          'Open it in Excel and save it as an Excel Workbook (.xlsx).',
        )
      : kind === 'text'
        ? w(
            'Tệp là văn bản, không phải bảng tính XLSX.',
            'The file is text, not an XLSX workbook.',
            'Nếu đây là CSV, đổi phần mở rộng thành .csv; nếu là JSON, thành .json.',
            'If it is CSV, give it the .csv extension; if JSON, .json.',
          )
        : kind === 'other'
          ? w(
              'Tệp không phải là bảng tính XLSX (không phải tệp nén Office Open XML).',
              'The file is not an XLSX workbook (not an Office Open XML zip archive).',
              'Kiểm tra đã chọn đúng tệp, hoặc mở nó trong Excel và lưu thành .xlsx.',
              'Check that this is the right file, or open it in Excel and save it as .xlsx.',
            )
          : w(
              `Không mở được bảng tính XLSX${detail ? ` (${detail})` : ''}.`,
              `The XLSX workbook cannot be opened${detail ? ` (${detail})` : ''}.`,
              'Mở tệp trong Excel hoặc LibreOffice và lưu lại thành .xlsx.',
              'Open it in Excel or LibreOffice and save it again as .xlsx.',
            ),

  /**
   * A limit was reached. `what` names the quantity that went over as a sentence's subject
   * ("Số dòng số liệu" / "The number of data rows"); `fix` (optional) says what usually
   * causes it, before the standard advice to split the file or raise the limit.
   */
}
