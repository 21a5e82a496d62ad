import type { FileCode, IoMessages } from '../catalogue'
import { inFolder, quote } from '../quote'

const SAVE_UTF8 =
  'Lưu lại tệp với mã hóa UTF-8 (Excel: Lưu thành → CSV UTF-8 (Comma delimited); trình soạn thảo: Save with Encoding → UTF-8)'

/** The example object the hints of an empty JSON or NDJSON file show. */
const EXAMPLE = '`{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`'

const SAVE_FROM_EXCEL = 'Mở tệp trong Excel và lưu thành Excel Workbook (.xlsx) hoặc CSV UTF-8.'
const DOCUMENT = {
  hint: 'Tiendo đọc số liệu từ bảng, mỗi số liệu một dòng: chép số liệu vào bảng tính do `tiendo template` tạo, hoặc vào tệp CSV.',
}
const ARCHIVE = { what: 'tệp nén', hint: 'Giải nén và nộp các tệp bên trong.' }

/** Các tệp người dùng hay gửi mà Tiendo không đọc, theo phần mở rộng: tệp đó là gì, và cần làm gì. */
const OTHER_FORMATS: Readonly<Record<string, { what: string; hint: string }>> = {
  xls: { what: 'bảng tính Excel kiểu cũ (.xls)', hint: SAVE_FROM_EXCEL },
  xlsm: { what: 'bảng tính Excel có macro (.xlsm)', hint: SAVE_FROM_EXCEL },
  xlsb: { what: 'bảng tính Excel nhị phân (.xlsb)', hint: SAVE_FROM_EXCEL },
  ods: {
    what: 'bảng tính OpenDocument (LibreOffice Calc)',
    hint: 'Mở tệp trong LibreOffice Calc và lưu thành Excel 2007-365 (.xlsx) hoặc Text CSV (UTF-8).',
  },
  numbers: {
    what: 'bảng tính Apple Numbers',
    hint: 'Trong Numbers, chọn Tệp → Xuất sang → Excel (.xlsx) hoặc CSV.',
  },
  doc: { what: 'văn bản Word, không phải bảng số liệu', ...DOCUMENT },
  docx: { what: 'văn bản Word, không phải bảng số liệu', ...DOCUMENT },
  odt: { what: 'văn bản, không phải bảng số liệu', ...DOCUMENT },
  pdf: { what: 'văn bản PDF, không phải bảng số liệu', ...DOCUMENT },
  tsv: {
    what: 'tệp văn bản có dấu tab giữa các cột',
    hint: 'Nộp chính tệp Excel .xlsx, hoặc từ Excel lưu trang tính thành CSV UTF-8 (Comma delimited).',
  },
  txt: {
    what: 'tệp văn bản',
    hint: 'Nếu tệp chứa số liệu phân cách bằng dấu phẩy, đổi phần mở rộng thành .csv. Nếu tệp do Excel lưu (Text (Tab delimited), Unicode Text), nộp chính tệp Excel .xlsx, hoặc lưu trang tính thành CSV UTF-8 (Comma delimited).',
  },
  zip: ARCHIVE,
  rar: ARCHIVE,
  '7z': ARCHIVE,
}

/** Vietnamese messages about a file as a whole. */
export const file: IoMessages<FileCode> = {
  file_not_found: (f) => ({
    message: `Không tìm thấy tệp ${quote(f.fileName)}.`,
    hint: 'Kiểm tra đường dẫn và tên tệp, kể cả chữ hoa, chữ thường và dấu tiếng Việt.',
  }),
  not_a_file: (f) => ({
    message: `${quote(f.fileName)} là một thư mục, không phải tệp.`,
    hint: `Chỉ ra các tệp số liệu trong thư mục này, một hoặc nhiều tệp, ví dụ \`${inFolder(f.fileName, 'quy-3.csv')} ${inFolder(f.fileName, 'quy-4.xlsx')}\`.`,
  }),
  file_unreadable: (f) => ({
    message: `Không đọc được tệp ${quote(f.fileName)} (${f.detail}).`,
    hint: 'Kiểm tra quyền đọc tệp, và tệp không bị chương trình khác khóa.',
  }),
  unknown_format: (f) => {
    const known = OTHER_FORMATS[f.extension]
    if (known !== undefined) {
      return {
        message: `Tệp ${quote(f.fileName)} là ${known.what}, Tiendo không đọc định dạng này.`,
        hint: known.hint,
      }
    }
    return {
      message: `Không nhận ra định dạng của tệp ${quote(f.fileName)} từ phần mở rộng${f.extension ? ` .${f.extension}` : ''}.`,
      hint: 'Đặt phần mở rộng đúng với nội dung: .csv, .ndjson (hoặc .jsonl), .json hoặc .xlsx.',
    }
  },
  unsupported_encoding: (f) => ({
    message: `Bảng mã ${quote(f.encoding)} không được hỗ trợ.`,
    hint: 'Dùng tên bảng mã theo chuẩn WHATWG, ví dụ `utf-8` (mặc định), `windows-1258` hoặc `utf-16le`.',
  }),
  binary_file: (f) => {
    const format = f.format.toUpperCase()
    if (f.reason === 'zip') {
      return {
        message: `Tệp là một tệp nén (có thể là bảng tính XLSX), không phải văn bản ${format}.`,
        hint: 'Nếu đây là bảng tính Excel, đổi phần mở rộng thành .xlsx; hoặc trong Excel chọn Lưu thành → CSV UTF-8.',
      }
    }
    if (f.reason === 'ole') {
      return {
        message: `Tệp là bảng tính Excel kiểu cũ (.xls), không phải văn bản ${format}.`,
        hint: 'Mở tệp trong Excel và lưu thành .xlsx hoặc CSV UTF-8.',
      }
    }
    return {
      message: `Tệp chứa dữ liệu nhị phân (byte 0), không phải văn bản ${format}.`,
      hint: 'Kiểm tra đã chọn đúng tệp; số liệu phải là văn bản UTF-8.',
    }
  },
  utf16_file: (f) => ({
    message: `Tệp được mã hóa UTF-16 (${f.encoding === 'utf-16be' ? 'big-endian' : 'little-endian'}), không phải UTF-8.`,
    // Lệnh `tiendo` chỉ đọc UTF-8: tùy chọn `encoding` là của thư viện.
    hint: `${SAVE_UTF8}. Chương trình đọc tệp bằng \`@tiendo/io\` có thể khai báo bảng mã \`${f.encoding}\` (tùy chọn \`encoding\`); lệnh \`tiendo\` chỉ đọc UTF-8.`,
  }),
  invalid_utf8: (f) => ({
    message: `Dòng ${f.line} có byte không hợp lệ trong UTF-8: tệp không được lưu bằng UTF-8 (có thể là Windows-1258 hoặc TCVN3). Tiendo dừng đọc tại dòng này.`,
    hint: `${SAVE_UTF8}. Chương trình đọc tệp bằng \`@tiendo/io\` có thể khai báo bảng mã của tệp (tùy chọn \`encoding\`, ví dụ \`windows-1258\`); lệnh \`tiendo\` chỉ đọc UTF-8.`,
  }),
  invalid_encoding: (f) => ({
    message: `Dòng ${f.line} có byte không hợp lệ trong bảng mã ${f.encoding}. Tiendo dừng đọc tại dòng này.`,
    hint: `Kiểm tra bảng mã của tệp, hoặc ${SAVE_UTF8.charAt(0).toLowerCase()}${SAVE_UTF8.slice(1)}.`,
  }),
  empty_file: (f) => {
    if (f.format === 'json') {
      return {
        message: 'Tệp JSON trống.',
        hint: `Ghi một mảng các đối tượng: \`[${EXAMPLE.slice(1, -1)}]\`.`,
      }
    }
    if (f.format === 'ndjson') {
      return {
        message: 'Tệp NDJSON trống.',
        hint: `Ghi mỗi dòng một đối tượng JSON, ví dụ ${EXAMPLE}.`,
      }
    }
    return {
      message: 'Tệp trống: không có cả dòng tiêu đề.',
      hint: 'Dòng đầu tiên phải là dòng tiêu đề, ví dụ `indicator,unit,period,value`, tiếp theo là các dòng số liệu.',
    }
  },
}
