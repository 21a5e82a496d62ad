import type { LocalizedText } from '@tiendo/schema'
import type { Wording } from '../issue'
import type { JsonExpectation } from '../text/json-syntax'
import { quote } from './quote'

function w(vi: string, en: string, hintVi: string, hintEn: string): Wording {
  return { message: { vi, en }, hint: { vi: hintVi, en: hintEn } }
}

const EXPECTED: Record<JsonExpectation, LocalizedText> = {
  value: {
    vi: 'một giá trị (chuỗi, số, đối tượng, mảng, true, false hoặc null)',
    en: 'a value (a string, number, object, array, true, false or null)',
  },
  comma_or_close: {
    vi: 'dấu phẩy `,` hoặc dấu đóng `]` / `}`',
    en: 'a comma `,` or a closing `]` / `}`',
  },
  colon: { vi: 'dấu hai chấm `:`', en: 'a colon `:`' },
  key: {
    vi: 'tên trường trong ngoặc kép, như `"value"`',
    en: 'a field name in double quotes, such as `"value"`',
  },
  end_of_text: { vi: 'hết văn bản', en: 'the end of the text' },
  closing_quote: {
    vi: 'dấu ngoặc kép `"` đóng chuỗi',
    en: 'a double quote `"` closing the string',
  },
  no_control_character: {
    vi: 'ký tự thường (chuỗi không được chứa xuống dòng hay ký tự điều khiển)',
    en: 'a plain character (a string may not hold a line break or control character)',
  },
  escape: {
    vi: 'một chuỗi thoát hợp lệ như `\\n`, `\\"` hoặc `\\u00e0`',
    en: 'a valid escape such as `\\n`, `\\"` or `\\u00e0`',
  },
  digit: { vi: 'một chữ số', en: 'a digit' },
}

/** What the JSON grammar expected, in words. @internal */
export function expectationText(expected: JsonExpectation): LocalizedText {
  return EXPECTED[expected]
}

function hintFor(
  expected: JsonExpectation,
  found: string | undefined,
  previous: string | undefined,
): LocalizedText {
  const closing = found === ']' || found === '}'
  if ((expected === 'value' || expected === 'key') && closing && previous === ',') {
    return {
      vi: 'Xóa dấu phẩy thừa trước dấu đóng.',
      en: 'Remove the extra comma before the closing bracket.',
    }
  }
  if (expected === 'value' && previous === ':') {
    return {
      vi: 'Thiếu giá trị sau dấu hai chấm: ghi giá trị, hoặc `null` nếu để trống.',
      en: 'A value is missing after the colon: write it, or `null` to leave it empty.',
    }
  }
  if ((expected === 'key' || expected === 'value') && found === "'") {
    return {
      vi: 'JSON dùng ngoặc kép `"`, không dùng ngoặc đơn `\'`.',
      en: 'JSON uses double quotes `"`, not single quotes `\'`.',
    }
  }
  if (expected === 'no_control_character') {
    return {
      vi: 'Viết xuống dòng trong chuỗi là `\\n`.',
      en: 'Write a line break inside a string as `\\n`.',
    }
  }
  if (expected === 'comma_or_close' || expected === 'key') {
    return {
      vi: 'Có thể thiếu dấu phẩy giữa hai phần tử, hoặc thiếu ngoặc kép quanh tên trường.',
      en: 'A comma between two items, or the quotes around a field name, may be missing.',
    }
  }
  return {
    vi: 'Kiểm tra cú pháp JSON ở vị trí này; trình soạn thảo có kiểm tra JSON sẽ tô đỏ chỗ lỗi.',
    en: 'Check the JSON syntax at this place; an editor that checks JSON will mark it.',
  }
}

/** What a JSON value is, for messages. */
export type JsonKind = 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null'

const KIND: Record<JsonKind, LocalizedText> = {
  object: { vi: 'một đối tượng', en: 'an object' },
  array: { vi: 'một mảng', en: 'an array' },
  string: { vi: 'một chuỗi', en: 'a string' },
  number: { vi: 'một số', en: 'a number' },
  boolean: { vi: 'một giá trị true/false', en: 'a boolean' },
  null: { vi: '`null`', en: '`null`' },
}

/** The kind of a parsed JSON value. @internal */
export function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  const type = typeof value
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object'
}

/** Wording of problems with JSON and NDJSON files. @internal */
export const jsonWording = {
  invalidJson: (
    line: number,
    character: number,
    expected: JsonExpectation,
    found: string | undefined,
    previous: string | undefined,
    ndjson: boolean,
  ): Wording => {
    const foundVi = found === undefined ? 'hết tệp' : quote(found)
    const foundEn = found === undefined ? 'the end of the file' : quote(found)
    const hint = hintFor(expected, found, previous)
    return {
      message: {
        vi: `JSON không hợp lệ ở dòng ${line}, ký tự ${character}: cần ${EXPECTED[expected].vi} nhưng gặp ${foundVi}.`,
        en: `Invalid JSON on line ${line}, character ${character}: expected ${EXPECTED[expected].en} but found ${foundEn}.`,
      },
      hint: ndjson
        ? {
            vi: `${hint.vi} Mỗi dòng NDJSON là một đối tượng JSON trọn vẹn, nằm gọn trên một dòng.`,
            en: `${hint.en} Each NDJSON line is one whole JSON object, on a single line.`,
          }
        : hint,
    }
  },

  notAnArray: (kind: JsonKind, arrayKey: string | undefined) =>
    w(
      `Tệp JSON phải là một mảng \`[ … ]\` các đối tượng, nhưng lại là ${KIND[kind].vi}.`,
      `A JSON file must be an array \`[ … ]\` of objects, but this one is ${KIND[kind].en}.`,
      arrayKey
        ? `Mảng số liệu đang nằm trong trường ${quote(arrayKey)}: hãy lưu riêng mảng đó thành tệp, hoặc dùng NDJSON (mỗi dòng một đối tượng).`
        : 'Bọc các đối tượng trong `[` và `]`, ngăn cách bằng dấu phẩy; hoặc dùng NDJSON (mỗi dòng một đối tượng).',
      arrayKey
        ? `The data array is inside the field ${quote(arrayKey)}: save that array as the file, or use NDJSON (one object a line).`
        : 'Put the objects inside `[` and `]`, separated by commas; or use NDJSON (one object a line).',
    ),

  notAnObject: (kind: JsonKind) =>
    w(
      `Mỗi phần tử phải là một đối tượng \`{ … }\`, nhưng đây là ${KIND[kind].vi}.`,
      `Each item must be an object \`{ … }\`, but this one is ${KIND[kind].en}.`,
      'Ghi mỗi dòng số liệu thành một đối tượng, ví dụ `{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`.',
      'Write each row as one object, such as `{"indicator": "dti_score", "unit": "58", "period": "2024", "value": "0.7079"}`.',
    ),

  invalidCell: (key: string, kind: JsonKind) =>
    w(
      `Trường ${quote(key)} phải là văn bản hoặc số, nhưng lại là ${KIND[kind].vi}.`,
      `The field ${quote(key)} must be text or a number, but it is ${KIND[kind].en}.`,
      'Ghi giá trị trực tiếp, không lồng đối tượng hay mảng; để trống thì bỏ trường hoặc ghi `null`.',
      'Write the value itself, not a nested object or array; to leave it empty, leave the field out or write `null`.',
    ),

  notFinite: (key: string) =>
    w(
      `Trường ${quote(key)} chứa một số quá lớn (vô cực khi đọc).`,
      `The field ${quote(key)} holds a number too large to read (it reads as infinity).`,
      'Kiểm tra lại số liệu; ghi số thập phân trong ngoặc kép như một chuỗi, ví dụ `"363558"`.',
      'Check the figure; write decimals as strings in double quotes, such as `"363558"`.',
    ),

  imprecise: (key: string, text: string) =>
    w(
      `Trường ${quote(key)} là một số JSON có hơn 15 chữ số có nghĩa (đọc được thành ${text}): số JSON được đọc thành số thực dấu phẩy động, nên các chữ số cuối có thể đã bị làm tròn.`,
      `The field ${quote(key)} is a JSON number with more than 15 significant digits (read as ${text}): JSON numbers are read as floating point, so its last digits may have been rounded.`,
      'Ghi số thập phân trong ngoặc kép như một chuỗi (ví dụ `"0.123456789012345678"`): Tiendo giữ nguyên mọi chữ số của chuỗi.',
      'Write decimals in double quotes, as strings (such as `"0.123456789012345678"`): Tiendo keeps every digit of a string.',
    ),

  rounded: (key: string, written: string, read: string) =>
    w(
      `Trường ${quote(key)} là số JSON ${quote(written)}, nhưng đọc thành số thực dấu phẩy động thì thành ${quote(read)}: các chữ số đã viết sẽ bị thay đổi.`,
      `The field ${quote(key)} is the JSON number ${quote(written)}, but read as floating point it becomes ${quote(read)}: the digits written would be changed.`,
      'Ghi số thập phân trong ngoặc kép như một chuỗi (ví dụ `"0.123456789012345678"`): Tiendo giữ nguyên mọi chữ số của chuỗi.',
      'Write decimals in double quotes, as strings (such as `"0.123456789012345678"`): Tiendo keeps every digit of a string.',
    ),

  duplicateKey: (key: string) =>
    w(
      `Trường ${quote(key)} xuất hiện hai lần trong đối tượng (sau khi chuẩn hóa Unicode NFC).`,
      `The field ${quote(key)} appears twice in the object (after Unicode NFC normalisation).`,
      'Giữ lại một trường; hai cách gõ dấu tiếng Việt khác nhau vẫn được coi là cùng một tên.',
      'Keep one of them; two ways of typing the same Vietnamese accents count as the same name.',
    ),
}
