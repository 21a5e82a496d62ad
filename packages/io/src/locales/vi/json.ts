import type { JsonKind } from '../../issue-fields'
import type { JsonExpectation } from '../../text/json-syntax'
import type { IoMessages, JsonCode } from '../catalogue'
import { type JsonHint, jsonHint } from '../json-hint'
import { quote } from '../quote'

/** What the JSON grammar expected, in Vietnamese. */
export const EXPECTED: Readonly<Record<JsonExpectation, string>> = {
  value: 'một giá trị (chuỗi, số, đối tượng, mảng, true, false hoặc null)',
  comma_or_close: 'dấu phẩy `,` hoặc dấu đóng `]` / `}`',
  colon: 'dấu hai chấm `:`',
  key: 'tên trường trong ngoặc kép, như `"value"`',
  end_of_text: 'hết văn bản',
  closing_quote: 'dấu ngoặc kép `"` đóng chuỗi',
  no_control_character: 'ký tự thường (chuỗi không được chứa xuống dòng hay ký tự điều khiển)',
  escape: 'một chuỗi thoát hợp lệ như `\\n`, `\\"` hoặc `\\u00e0`',
  digit: 'một chữ số',
}

const HINT: Readonly<Record<JsonHint, string>> = {
  extra_comma: 'Xóa dấu phẩy thừa trước dấu đóng.',
  missing_value: 'Thiếu giá trị sau dấu hai chấm: ghi giá trị, hoặc `null` nếu để trống.',
  single_quote: 'JSON dùng ngoặc kép `"`, không dùng ngoặc đơn `\'`.',
  line_break: 'Viết xuống dòng trong chuỗi là `\\n`.',
  missing_comma: 'Có thể thiếu dấu phẩy giữa hai phần tử, hoặc thiếu ngoặc kép quanh tên trường.',
  check_syntax:
    'Kiểm tra cú pháp JSON ở vị trí này; trình soạn thảo có kiểm tra JSON sẽ tô đỏ chỗ lỗi.',
  comment:
    'JSON không có chú thích: xóa chú thích `//` hay `/* … */` (hoặc ghi nó thành một trường, như `"note"`).',
}

const KIND: Readonly<Record<JsonKind, string>> = {
  object: 'một đối tượng',
  array: 'một mảng',
  string: 'một chuỗi',
  number: 'một số',
  boolean: 'một giá trị true/false',
  null: '`null`',
}

/** Vietnamese messages about JSON and NDJSON files. */
export const json: IoMessages<JsonCode> = {
  invalid_json: (f) => {
    const found = f.found === undefined ? 'hết tệp' : quote(f.found)
    const hint = HINT[jsonHint(f)]
    return {
      message: `JSON không hợp lệ ở dòng ${f.line}, ký tự ${f.character}: cần ${EXPECTED[f.expected]} nhưng gặp ${found}.`,
      hint:
        f.format === 'ndjson'
          ? `${hint} Mỗi dòng NDJSON là một đối tượng JSON trọn vẹn, nằm gọn trên một dòng.`
          : hint,
    }
  },
  not_an_array: (f) => ({
    message: `Tệp JSON phải là một mảng \`[ … ]\` các đối tượng, nhưng lại là ${KIND[f.found]}.`,
    hint: f.arrayKey
      ? `Mảng số liệu đang nằm trong trường ${quote(f.arrayKey)}: hãy lưu riêng mảng đó thành tệp, hoặc dùng NDJSON (mỗi dòng một đối tượng).`
      : 'Bọc các đối tượng trong `[` và `]`, ngăn cách bằng dấu phẩy; hoặc dùng NDJSON (mỗi dòng một đối tượng).',
  }),
  not_an_object: (f) => ({
    message: `Mỗi phần tử phải là một đối tượng \`{ … }\`, nhưng đây là ${KIND[f.found]}.`,
    hint: 'Ghi mỗi dòng số liệu thành một đối tượng, ví dụ `{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`.',
  }),
  invalid_cell: (f) => ({
    message: `Trường ${quote(f.columnName)} phải là văn bản hoặc số, nhưng lại là ${KIND[f.found]}.`,
    hint: 'Ghi giá trị trực tiếp, không lồng đối tượng hay mảng; để trống thì bỏ trường hoặc ghi `null`.',
  }),
}
