import type { IoMessages, XlsxCode } from '../catalogue'
import { quote } from '../quote'

/** Vietnamese messages about XLSX workbooks, sheets and cells. */
export const xlsx: IoMessages<XlsxCode> = {
  invalid_xlsx: (f) => {
    switch (f.reason) {
      case 'ole':
        return {
          message: 'Tệp là bảng tính Excel kiểu cũ (.xls) dù có phần mở rộng .xlsx.',
          hint: 'Mở tệp trong Excel và lưu thành Excel Workbook (.xlsx).',
        }
      case 'text':
        return {
          message: 'Tệp là văn bản, không phải bảng tính XLSX.',
          hint: 'Nếu đây là CSV, đổi phần mở rộng thành .csv; nếu là JSON, thành .json.',
        }
      case 'other':
        return {
          message: 'Tệp không phải là bảng tính XLSX (không phải tệp nén Office Open XML).',
          hint: 'Kiểm tra đã chọn đúng tệp, hoặc mở nó trong Excel và lưu thành .xlsx.',
        }
      default:
        return {
          message: `Không mở được bảng tính XLSX${f.detail ? ` (${f.detail})` : ''}.`,
          hint: 'Mở tệp trong Excel hoặc LibreOffice và lưu lại thành .xlsx.',
        }
    }
  },
  sheet_not_found: (f) =>
    f.sheetName === undefined
      ? {
          message: 'Tệp không có trang tính nào đang hiển thị.',
          hint: 'Hiện trang tính chứa số liệu, hoặc chọn nó theo tên (`--sheet`).',
        }
      : {
          message: `Tệp không có trang tính ${quote(f.sheetName)}.`,
          hint: `Các trang tính trong tệp: ${(f.available ?? []).map(quote).join(', ') || '(không có)'}.`,
        },
  sheet_ignored: (f) => ({
    message: `Tùy chọn trang tính chỉ dùng cho tệp XLSX; tệp ${f.format.toUpperCase()} không có trang tính nên tùy chọn bị bỏ qua.`,
    hint: 'Bỏ tùy chọn `--sheet` khi đọc tệp này.',
  }),
  empty_sheet: (f) => ({
    message: `Trang tính ${quote(f.sheetName)} trống.`,
    hint: 'Đặt dòng tiêu đề (`indicator`, `unit`, `period`, `value`…) ở dòng đầu tiên có dữ liệu, hoặc chọn trang tính khác (`--sheet`).',
  }),
  formula_without_result: (f) => ({
    message: `Ô ${f.cell} chứa công thức nhưng tệp không lưu kết quả đã tính.`,
    hint: 'Tiendo đọc kết quả mà Excel đã lưu, không tự tính công thức: mở tệp trong Excel hoặc LibreOffice rồi lưu lại, hoặc thay công thức bằng giá trị (Paste Values).',
  }),
  cell_error: (f) => ({
    message: `Ô ${f.cell} chứa lỗi ${f.value}.`,
    hint: 'Sửa công thức hoặc dữ liệu gây lỗi; nếu chưa có số liệu, bỏ cả dòng.',
  }),
  invalid_date: (f) => ({
    message: `Ô ${f.cell} chứa một ngày không hợp lệ.`,
    hint: 'Nhập lại ngày theo dạng YYYY-MM-DD, ví dụ `2024-09-30`.',
  }),
  percent_format: (f) => ({
    message: `Ô ${f.cell} được định dạng phần trăm: hiển thị ${f.shown}% nhưng giá trị lưu trong ô là ${f.value}.`,
    hint: `Không rõ bạn muốn ${f.shown} hay ${f.value}. Với chỉ tiêu tính theo phần trăm, nhập ${f.shown} vào ô định dạng Number; nếu chỉ tiêu là một tỉ lệ (0–1), đổi định dạng ô thành Number.`,
  }),
  merged_cells: (f) => ({
    message: `Ô ${f.cell} thuộc vùng ô gộp bắt đầu ở ${f.rangeStart}; Tiendo dùng giá trị của ${f.rangeStart}${f.value === undefined ? '' : ` (${quote(f.value)})`} cho mọi dòng của vùng gộp.`,
    hint: 'Nên bỏ gộp ô (Merge & Center → Unmerge Cells) và ghi giá trị vào từng dòng, để mỗi dòng tự đầy đủ.',
  }),
  hidden_columns: (f) => ({
    message: `Excel đang ẩn cột ${f.columns.map((name) => `\`${name}\``).join(', ')}; Tiendo vẫn đọc như các cột khác.`,
    hint: 'Bỏ ẩn cột (chọn các cột xung quanh, nhấp chuột phải → Unhide/Bỏ ẩn) và kiểm tra nội dung trước khi gửi.',
  }),
  sheets_not_read: (f) => {
    const names = f.sheets.map(quote).join(', ')
    const more = f.count > f.sheets.length ? ` và ${f.count - f.sheets.length} trang khác` : ''
    const first = f.sheets[0] ?? ''
    if (f.kind !== f.readAs) {
      const what = f.kind === 'record' ? 'danh sách (như sản phẩm chuyển đổi số)' : 'số liệu'
      const read = f.readAs === 'record' ? 'danh sách' : 'số liệu'
      return {
        message: `Tệp Excel có ${f.count} trang tính ${what} (${names}${more}) không được đọc: tệp được đọc từ trang đầu tiên, ${quote(f.sheetName)}, như ${read}.`,
        hint: `Nộp ${f.count === 1 ? 'trang đó' : 'mỗi trang đó'} thành một tệp riêng${f.kind === 'record' ? ' dạng danh sách (`--records`)' : ''}, hoặc đọc bằng cách nêu tên trang: \`--sheet ${JSON.stringify(first)}\` (tùy chọn \`sheet\`).`,
      }
    }
    return {
      message: `Tệp Excel còn ${f.count} trang tính khác có số liệu theo cùng các cột (${names}${more}) nhưng không được đọc: chỉ trang đầu tiên, ${quote(f.sheetName)}, được đọc.`,
      hint: `Gộp mọi dòng vào một trang tính, hoặc nộp mỗi trang thành một tệp riêng; muốn đọc trang khác thì nêu tên trang: \`--sheet ${JSON.stringify(first)}\` (tùy chọn \`sheet\`).`,
    }
  },
  hidden_rows: (f) => {
    const more = f.count > f.rows.length ? ', …' : ''
    return {
      message: `${f.count} dòng bị ẩn trong Excel (dòng ${f.rows.join(', ')}${more}); Tiendo vẫn đọc ${f.count === 1 ? 'dòng này' : 'các dòng này'} như các dòng khác.`,
      hint: 'Bỏ ẩn (chọn các dòng xung quanh, nhấp chuột phải → Unhide/Bỏ ẩn) và kiểm tra nội dung: xóa dòng không cần nộp. Bộ lọc (Filter) cũng ẩn dòng: hãy bỏ lọc (Data → Clear).',
    }
  },
}
