import type { Wording } from '../issue'
import { quote } from './quote'

function w(vi: string, en: string, hintVi: string, hintEn: string): Wording {
  return { message: { vi, en }, hint: { vi: hintVi, en: hintEn } }
}

/** Wording of problems with XLSX cells. `cell` is the cell's address, such as `D7`. @internal */
export const xlsxWording = {
  formulaWithoutResult: (cell: string) =>
    w(
      `Ô ${cell} chứa công thức nhưng tệp không lưu kết quả đã tính.`,
      `Cell ${cell} holds a formula but the file stores no computed result.`,
      'Tiendo đọc kết quả mà Excel đã lưu, không tự tính công thức: mở tệp trong Excel hoặc LibreOffice rồi lưu lại, hoặc thay công thức bằng giá trị (Paste Values).',
      'Tiendo reads the result Excel stored and does not compute formulas: open the file in Excel or LibreOffice and save it again, or replace the formula by its value (Paste Values).',
    ),

  cellError: (cell: string, error: string) =>
    w(
      `Ô ${cell} chứa lỗi ${error}.`,
      `Cell ${cell} holds the error ${error}.`,
      'Sửa công thức hoặc dữ liệu gây lỗi; nếu chưa có số liệu, để trống ô.',
      'Fix the formula or the data behind it; when there is no figure yet, leave the cell empty.',
    ),

  percentFormat: (cell: string, stored: string, shown: string) =>
    w(
      `Ô ${cell} được định dạng phần trăm: hiển thị ${shown}% nhưng giá trị lưu trong ô là ${stored}.`,
      `Cell ${cell} is formatted as a percentage: it shows ${shown}% but the value it holds is ${stored}.`,
      `Không rõ bạn muốn ${shown} hay ${stored}. Với chỉ tiêu tính theo phần trăm, nhập ${shown} vào ô định dạng Number; nếu chỉ tiêu là một tỉ lệ (0–1), đổi định dạng ô thành Number.`,
      `It is unclear whether ${shown} or ${stored} is meant. For a percent indicator, type ${shown} in a cell formatted as Number; if the indicator is a fraction (0–1), format the cell as Number.`,
    ),

  merged: (cell: string, master: string, value: string | undefined) =>
    w(
      `Ô ${cell} thuộc vùng ô gộp bắt đầu ở ${master}; Tiendo dùng giá trị của ${master}${value === undefined ? '' : ` (${quote(value)})`} cho mọi dòng của vùng gộp.`,
      `Cell ${cell} is part of the merged range starting at ${master}; Tiendo uses the value of ${master}${value === undefined ? '' : ` (${quote(value)})`} for every row of the range.`,
      'Nên bỏ gộp ô (Merge & Center → Unmerge Cells) và ghi giá trị vào từng dòng, để mỗi dòng tự đầy đủ.',
      'Better unmerge the cells (Merge & Center → Unmerge Cells) and write the value on every row, so each row stands on its own.',
    ),

  imprecise: (cell: string, text: string) =>
    w(
      `Ô ${cell} chứa ${text}, hơn 15 chữ số có nghĩa: thường là sai số làm tròn của phép tính (Excel chỉ hiển thị 15 chữ số). Tiendo đọc đúng giá trị lưu trong ô.`,
      `Cell ${cell} holds ${text}, with more than 15 significant digits: usually floating-point noise from a calculation (Excel shows only 15 digits). Tiendo reads the stored value exactly.`,
      'Làm tròn trong công thức (ví dụ `=ROUND(B2/C2*100, 2)`), hoặc nhập giá trị đã làm tròn.',
      'Round in the formula (such as `=ROUND(B2/C2*100, 2)`), or type the rounded value.',
    ),

  invalidDate: (cell: string) =>
    w(
      `Ô ${cell} chứa một ngày không hợp lệ.`,
      `Cell ${cell} holds an invalid date.`,
      'Nhập lại ngày theo dạng YYYY-MM-DD, ví dụ `2024-09-30`.',
      'Type the date again as YYYY-MM-DD, such as `2024-09-30`.',
    ),
}
