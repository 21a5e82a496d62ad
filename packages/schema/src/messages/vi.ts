import { vi as zodVi } from 'zod/locales'
import { listedMeasures } from '../measures'
import type { IssueContext, IssueLocale, MessageParts, ReceivedType } from './locale'
import {
  dateSuggestionOf,
  decimalSuggestionOf,
  isMeasureField,
  measureSuggestionOf,
  paramsOf,
  periodSuggestionOf,
  quotedNumber,
  show,
  unitRefSuggestionOf,
  valueSuggestionOf,
  zodLocaleText,
} from './locale'

/** Chủ ngữ của câu: "Trường `a.b`", hoặc "Tài liệu" khi lỗi nằm ở gốc. */
function subject(context: IssueContext): string {
  return context.field === '' ? 'Tài liệu' : `Trường \`${context.field}\``
}

/** Giá trị nhận được, khi biết. */
/** A hint with "Có phải là `…`?" before it when there is a value meant. */
function withMeant(meant: string | undefined, hint: string): string {
  return meant === undefined ? hint : `Có phải là \`${meant}\`? ${hint}`
}

function got(context: IssueContext): string {
  return context.value.known ? ` (giá trị nhận được: ${show(context.value.value)})` : ''
}

const TYPE_NAMES: Record<string, string> = {
  string: 'văn bản (chuỗi ký tự)',
  number: 'một số',
  int: 'một số nguyên',
  boolean: '`true` hoặc `false`',
  object: 'một đối tượng `{ … }`',
  record: 'một đối tượng `{ … }`',
  array: 'một danh sách `[ … ]`',
  tuple: 'một danh sách `[ … ]`',
  null: '`null`',
  undefined: 'trống',
  never: 'trống (hãy xóa trường này)',
}

const RECEIVED_NAMES: Record<ReceivedType, string> = {
  missing: 'bị thiếu',
  null: '`null`',
  string: 'văn bản',
  number: 'một số',
  boolean: 'giá trị đúng/sai',
  array: 'một danh sách',
  object: 'một đối tượng',
  other: 'một giá trị khác',
}

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected
}

const periodHint =
  'Ghi năm `2024`, nửa năm `2024-H1`, quý `2024-Q3`, tháng `2024-09`, hoặc một khoảng thời gian như `2024-01/2024-09` (9 tháng đầu năm 2024).'

const rangeHint = 'Với "25–30%" hãy ghi `qualifier: "range"`, `low: "25"`, `high: "30"`.'

/** Gợi ý chung về kỳ báo cáo, mở đầu bằng kỳ mà giá trị nhiều khả năng muốn ghi. */
function periodSyntaxHint(c: IssueContext): string {
  const meant = periodSuggestionOf(c)
  if (meant === undefined) return periodHint
  // Excel ghi năm trong cột định dạng số có phần thập phân thành `2024.0`.
  const cause = meant.asNumber
    ? ' Bảng tính đã ghi giá trị này dưới dạng số: hãy định dạng cột là Text.'
    : ''
  return `Có phải là \`${meant.period}\`?${cause} ${periodHint}`
}

/** `2024-03-15` là `ngày 15 tháng 3 năm 2024`: để cán bộ kiểm tra ngày được hiểu đúng. */
function spelledDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number]
  return `ngày ${day} tháng ${month} năm ${year}`
}

function unitRefHint(c: IssueContext): string {
  const meant = unitRefSuggestionOf(c)
  switch (meant?.slip) {
    case 'spaces_around':
      return `Bỏ khoảng trắng ở hai đầu: \`${meant.ref}\`.`
    case 'spaces':
      return `Bỏ khoảng trắng: \`${meant.ref}\`.`
    case 'day_form':
      return `Có phải là \`${meant.ref}\` (đơn vị bắt đầu tồn tại từ ${spelledDate(meant.day)})? Ghi ngày đơn vị bắt đầu tồn tại theo dạng YYYY-MM-DD.`
    default:
      return 'Ghi mã đơn vị như `58`, hoặc mã kèm ngày đơn vị bắt đầu tồn tại như `56@2025-07-01`.'
  }
}

function m(message: string, hint: string): MessageParts {
  return { message, hint }
}

/** Cách diễn đạt bằng tiếng Việt cho mọi lỗi của Tiendo. */
export const vi: IssueLocale = {
  codes: {
    id_syntax: (c) =>
      m(
        `${subject(c)} phải là mã định danh dạng snake_case${got(c)}.`,
        isMeasureField(c)
          ? withMeant(
              measureSuggestionOf(c),
              `Ghi đơn vị đo dưới dạng mã: ${listedMeasures('vi')}, hoặc mã riêng như \`km\`.`,
            )
          : 'Dùng chữ thường không dấu, chữ số và dấu `_`, bắt đầu bằng chữ cái, ví dụ `household_fibre_rate`.',
      ),
    param_name_syntax: (c) =>
      m(
        `${subject(c)} phải là tên tham số${got(c)}.`,
        'Dùng đúng tên tham số mà mẫu quy tắc mô tả, bằng chữ không dấu và chữ số, ví dụ `record`, `partialYear`.',
      ),
    pack_id_syntax: (c) =>
      m(
        `${subject(c)} phải là mã gói dạng kebab-case${got(c)}.`,
        'Dùng chữ thường không dấu, chữ số và dấu `-`, bắt đầu bằng chữ cái, ví dụ `ninh-thuan`.',
      ),
    unit_code_syntax: (c) =>
      m(
        `${subject(c)} không phải là mã đơn vị hợp lệ${got(c)}.`,
        'Ghi mã mà gói quy định cho đơn vị, ví dụ `58`, `56` hoặc `VN`: chỉ gồm chữ, số, `.`, `_` hoặc `-`, không có khoảng trắng.',
      ),
    unit_ref_syntax: (c) =>
      m(`${subject(c)} không phải là tham chiếu đơn vị hợp lệ${got(c)}.`, unitRefHint(c)),
    decimal_syntax: (c) =>
      m(
        `${subject(c)} không phải là số thập phân mà Tiendo đọc được${got(c)}.`,
        withMeant(
          decimalSuggestionOf(c),
          'Dùng dấu chấm `.` làm dấu thập phân và không dùng dấu phân cách hàng nghìn: ghi `87.5`, `363558`, không ghi `87,5` hay `363.558`.',
        ),
      ),
    semver_syntax: (c) =>
      m(
        `${subject(c)} không phải là số phiên bản theo chuẩn semver${got(c)}.`,
        'Ghi theo dạng chính.phụ.vá, ví dụ `1.0.0` hoặc `1.2.0-beta.1`.',
      ),
    fact_path_syntax: (c) =>
      m(
        `${subject(c)} không phải là đường dẫn thuộc tính đơn giản${got(c)}.`,
        'Ghi `$.` rồi đến tên các thuộc tính nối bằng dấu chấm, ví dụ `$.value`; không dùng bộ lọc JSONPath.',
      ),
    operator_syntax: (c) =>
      m(
        `${subject(c)} không phải là tên toán tử${got(c)}.`,
        'Dùng toán tử như `greaterThanInclusive` hoặc `decimalGte`: chỉ gồm chữ và số.',
      ),
    id_reserved: (c) =>
      m(
        `${subject(c)} dùng một tên dành riêng${got(c)}.`,
        'Hãy chọn mã khác: không được dùng `__proto__`, `constructor` và `prototype` làm mã.',
      ),
    key_reserved: (c) =>
      m(
        `${subject(c)}: tên khóa này đã được dành riêng.`,
        'Hãy đổi tên hoặc xóa khóa này: không được dùng `__proto__`, `constructor` và `prototype` làm khóa.',
      ),
    duplicate_id: (c) =>
      m(
        `${subject(c)} trùng mã với một mục đứng trước trong cùng danh sách${got(c)}.`,
        'Đặt cho mỗi mục một mã riêng, hoặc xóa mục trùng. Muốn thay đổi một mục kế thừa, hãy định nghĩa lại nó trong gói `extends` gói kia.',
      ),
    base_year_order: (c) =>
      m(
        `${subject(c)} phải trước kỳ mục tiêu \`by\`${got(c)}.`,
        'Năm gốc là mốc để đo tiến độ: hãy chọn một kỳ kết thúc trước khi kỳ `by` bắt đầu.',
      ),
    share_sum: (c) =>
      m(
        `${subject(c)}: tổng tỷ lệ (\`share\`) của các đơn vị kế thừa lớn hơn 1.`,
        'Các phần của một đơn vị chuyển sang các đơn vị kế thừa không thể vượt quá toàn bộ đơn vị; hãy kiểm tra từng `share`.',
      ),
    scope_order: (c) =>
      m(
        `${subject(c)} sớm hơn \`from\`${got(c)}.`,
        'Ghi kỳ sớm hơn vào `from` và kỳ muộn hơn vào `to`.',
      ),
    scope_conflict: (c) =>
      m(
        `${subject(c)}: phạm vi chỉ được liệt kê \`periods\` hoặc dùng \`every\`/\`from\`/\`to\`, không được dùng cả hai.`,
        'Giữ `periods` để nêu chính xác từng kỳ, hoặc xóa nó và dùng `every`, `from`, `to`.',
      ),
    unit_validity_overlap: (c) =>
      m(
        `${subject(c)} có thời gian hiệu lực trùng với một đơn vị khác cùng mã.`,
        'Mỗi mã chỉ được chỉ một đơn vị vào bất kỳ ngày nào: hãy cho đơn vị cũ kết thúc (`validTo`) vào ngày trước khi đơn vị mới bắt đầu (`validFrom`).',
      ),
    decimal_digits: (c) =>
      m(
        `${subject(c)} có quá nhiều chữ số${got(c)}.`,
        'Một giá trị đo lường có tối đa 40 chữ số có nghĩa; hãy kiểm tra xem có hai số bị viết liền nhau không.',
      ),
    period_syntax: (c) =>
      m(`${subject(c)} không phải là kỳ báo cáo hợp lệ${got(c)}.`, periodSyntaxHint(c)),
    period_month_range: (c) =>
      m(`${subject(c)} ghi một tháng không tồn tại${got(c)}.`, 'Tháng ghi từ `01` đến `12`.'),
    period_quarter_range: (c) =>
      m(`${subject(c)} ghi một quý không tồn tại${got(c)}.`, 'Quý ghi từ `Q1` đến `Q4`.'),
    period_half_range: (c) =>
      m(
        `${subject(c)} ghi một nửa năm không tồn tại${got(c)}.`,
        'Nửa năm chỉ có `H1` (6 tháng đầu năm) và `H2` (6 tháng cuối năm).',
      ),
    period_year_range: (c) =>
      m(
        `${subject(c)} có năm nằm ngoài khoảng 1900–2200${got(c)}.`,
        'Hãy kiểm tra lỗi gõ; ghi năm đủ bốn chữ số, ví dụ `2024`.',
      ),
    period_span_order: (c) =>
      m(
        `${subject(c)} là một khoảng thời gian có điểm cuối không sau điểm đầu${got(c)}.`,
        'Ghi kỳ sớm hơn trước: `2024-01/2024-09` là từ tháng 1 đến tháng 9 năm 2024.',
      ),
    bounds_order: (c) =>
      m(
        `${subject(c)} nhỏ hơn giá trị cận dưới đi kèm${got(c)}.`,
        'Giá trị cận dưới (`min` hoặc `value`) không được lớn hơn giá trị cận trên (`max` hoặc `upper`); có thể hai giá trị đã bị ghi đảo.',
      ),
    share_range: (c) =>
      m(
        `${subject(c)} phải là tỷ lệ lớn hơn 0 và không quá 1${got(c)}.`,
        'Ghi phần của đơn vị cũ chuyển sang đơn vị kế thừa này dưới dạng phân số: `0.4` là 40%; bỏ trống nếu toàn bộ đơn vị được chuyển sang.',
      ),
    coverage_range: (c) =>
      m(
        `${subject(c)} phải là tỷ lệ đơn vị cấp dưới từ 0 đến 1${got(c)}.`,
        'Ghi tỷ lệ tối thiểu các đơn vị cấp dưới phải có số liệu dưới dạng phân số: `0.8` là 80%.',
      ),
    tolerance_range: (c) =>
      m(
        `${subject(c)} không được âm${got(c)}.`,
        'Ghi mức chênh lệch cho phép giữa số liệu đã nộp và số liệu tính ra, dưới dạng phân số của số liệu đã nộp: `0.01` là 1%.',
      ),
    parity_band: (c) =>
      m(
        `${subject(c)} phải là một khoảng giá trị dương chứa 1${got(c)}.`,
        'Ghi cận dưới và cận trên của khoảng cân bằng, cận dưới không quá 1 và cận trên không nhỏ hơn 1: `["0.97", "1.03"]`.',
      ),
    goldilocks_direction: (c) =>
      m(
        `${subject(c)} phải là \`target_band\` với chỉ số khai báo \`goldilocks\`${got(c)}.`,
        'Chỉ số Goldilocks tốt nhất tại giá trị lý tưởng, không cao hơn cũng không thấp hơn: ghi `"direction": "target_band"`, hoặc bỏ `goldilocks`.',
      ),
    validity_order: (c) =>
      m(
        `${subject(c)} sớm hơn \`validFrom\`${got(c)}.`,
        '`validTo` là ngày cuối cùng đơn vị tồn tại, không thể trước ngày đầu tiên; hãy kiểm tra cả hai ngày.',
      ),
    range_needs_low: (c) =>
      m(`${subject(c)} bị thiếu: một khoảng giá trị cần có cận dưới.`, rangeHint),
    range_needs_high: (c) =>
      m(`${subject(c)} bị thiếu: một khoảng giá trị cần có cận trên.`, rangeHint),
    range_order: (c) =>
      m(
        `${subject(c)} nhỏ hơn \`low\`${got(c)}.`,
        'Ghi số nhỏ hơn vào `low` và số lớn hơn vào `high`; có thể hai số đã bị ghi đảo.',
      ),
    value_outside_range: (c) =>
      m(
        `${subject(c)} nằm ngoài khoảng \`low\`–\`high\`${got(c)}.`,
        'Ghi giá trị nằm trong khoảng, hoặc bỏ `value` và chỉ giữ `low` và `high`.',
      ),
    value_required: (c) =>
      m(
        `${subject(c)} bị thiếu.`,
        'Ghi số liệu là số thập phân như `87.5` (trong JSON là chuỗi `"87.5"`); nếu chưa có số liệu, hãy bỏ cả dòng. Chỉ giá trị dạng khoảng (`range`) mới được bỏ trống `value`.',
      ),
    low_without_range: (c) =>
      m(
        `${subject(c)} chỉ được dùng khi \`qualifier: "range"\`.`,
        'Đặt `qualifier` là `"range"`, hoặc xóa `low`; với "hơn 90" hãy ghi `qualifier: "more_than"`, `value: "90"`.',
      ),
    high_without_range: (c) =>
      m(
        `${subject(c)} chỉ được dùng khi \`qualifier: "range"\`.`,
        'Đặt `qualifier` là `"range"`, hoặc xóa `high`; với "dưới 5" hãy ghi `qualifier: "less_than"`, `value: "5"`.',
      ),
    target_scope: (c) =>
      m(
        `${subject(c)}: một mục tiêu phải ghi đúng một trong hai trường \`unit\` hoặc \`unitKind\`.`,
        'Dùng `unit` cho một đơn vị (`"VN"`, `"58"`), hoặc `unitKind` cho mọi đơn vị cùng loại (`"province"`).',
      ),
    between_needs_upper: (c) =>
      m(
        `${subject(c)} bị thiếu: phép so sánh \`between\` cần giá trị cận trên.`,
        'Ghi cận dưới của khoảng vào `value` và cận trên vào `upper`.',
      ),
    upper_without_between: (c) =>
      m(
        `${subject(c)} chỉ được dùng khi \`comparator: "between"\`.`,
        'Xóa `upper`, hoặc đặt `comparator` là `"between"`.',
      ),
    condition_depth: (c) =>
      m(
        `${subject(c)} lồng các điều kiện sâu quá ${String(paramsOf(c.issue).maximum ?? 32)} cấp.`,
        'Hãy làm phẳng quy tắc: gộp các điều kiện vào một danh sách `all` hoặc `any` thay vì lồng chúng vào nhau.',
      ),
  },

  generic(c) {
    const { issue } = c
    switch (issue.code) {
      case 'invalid_type': {
        if (c.received === 'missing') {
          return m(
            `${subject(c)} bị thiếu.`,
            `Hãy bổ sung trường này: giá trị phải là ${typeName(issue.expected)}.`,
          )
        }
        const found = c.received ? `, không phải ${RECEIVED_NAMES[c.received]}` : ''
        const hint =
          issue.expected === 'string' && c.received === 'number'
            ? `Hãy đặt số trong dấu ngoặc kép, ${quotedNumber(c, 'ví dụ')}: kỳ, mã và số thập phân được giữ dưới dạng văn bản để không mất chữ số nào.`
            : `Hãy ghi ${typeName(issue.expected)} vào đây.`
        return m(`${subject(c)} phải là ${typeName(issue.expected)}${found}${got(c)}.`, hint)
      }
      case 'too_big':
        if (issue.origin === 'string') {
          return m(
            `${subject(c)} quá dài: tối đa ${issue.maximum} ký tự.`,
            'Hãy rút gọn; phần giải thích dài nên đưa vào một tài liệu và ghi đường dẫn tới đó.',
          )
        }
        if (issue.origin === 'array') {
          return m(
            `${subject(c)} có quá nhiều phần tử: tối đa ${issue.maximum}.`,
            'Hãy bớt phần tử, hoặc chia nội dung ra nhiều tệp.',
          )
        }
        return m(
          `${subject(c)} quá lớn: phải ${issue.inclusive ? 'nhỏ hơn hoặc bằng' : 'nhỏ hơn'} ${issue.maximum}${got(c)}.`,
          'Hãy kiểm tra lại số liệu xem có gõ nhầm không.',
        )
      case 'too_small':
        if (issue.origin === 'string') {
          return m(`${subject(c)} không được để trống.`, 'Hãy ghi nội dung, hoặc xóa trường này.')
        }
        if (issue.origin === 'array') {
          return m(
            `${subject(c)} phải có ít nhất ${issue.minimum} phần tử.`,
            'Hãy bổ sung phần tử còn thiếu, hoặc xóa trường này.',
          )
        }
        return m(
          `${subject(c)} quá nhỏ: phải ${issue.inclusive ? 'lớn hơn hoặc bằng' : 'lớn hơn'} ${issue.minimum}${got(c)}.`,
          'Hãy kiểm tra lại số liệu xem có gõ nhầm không.',
        )
      case 'invalid_format':
        if (issue.format === 'date') {
          const meant = dateSuggestionOf(c)
          if (meant !== undefined) {
            return m(
              `${subject(c)} không viết theo dạng YYYY-MM-DD (năm-tháng-ngày)${got(c)}.`,
              `Có phải là \`${meant}\` (${spelledDate(meant)})? Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD).`,
            )
          }
          return m(
            `${subject(c)} không phải là một ngày có thật theo lịch${got(c)}.`,
            'Ghi ngày theo dạng năm-tháng-ngày (YYYY-MM-DD), ví dụ `2025-07-01`, và kiểm tra ngày đó có tồn tại (không có ngày 30 tháng 2).',
          )
        }
        if (issue.format === 'url') {
          return m(
            `${subject(c)} không phải là địa chỉ web${got(c)}.`,
            'Ghi đầy đủ đường dẫn, bắt đầu bằng `https://` hoặc `http://`.',
          )
        }
        return m(
          `${subject(c)} không đúng định dạng${got(c)}.`,
          zodLocaleText(zodVi, issue) ?? 'Hãy đối chiếu giá trị với tài liệu.',
        )
      case 'invalid_value': {
        const values = issue.values.map((value) => `\`${String(value)}\``)
        const expected =
          values.length === 1 ? values[0] : `một trong các giá trị ${values.join(', ')}`
        if (c.received === 'missing') {
          return m(
            `${subject(c)} bị thiếu.`,
            `Hãy bổ sung trường này: giá trị phải là ${expected}.`,
          )
        }
        const meant = valueSuggestionOf(c)
        return m(
          `${subject(c)} phải là ${expected}${got(c)}.`,
          `${meant === undefined ? '' : `Có phải là \`${meant}\`? `}Hãy dùng một trong các giá trị đã liệt kê, viết đúng như trên.`,
        )
      }
      case 'unrecognized_keys':
        return m(
          `${subject(c)} không phải là trường mà Tiendo biết ở vị trí này.`,
          'Hãy xóa trường này hoặc sửa lại chính tả; khi `$schema` trỏ tới JSON Schema, trình soạn thảo sẽ gợi ý đúng tên trường.',
        )
      case 'invalid_union':
        return m(
          `${subject(c)} không khớp với dạng nào được chấp nhận ở đây${got(c)}.`,
          'Hãy đối chiếu với các ví dụ trong tài liệu, hoặc để trình soạn thảo kiểm tra theo JSON Schema.',
        )
      case 'custom':
        return m(
          `${subject(c)} không hợp lệ${got(c)}.`,
          `Hãy đối chiếu giá trị với tài liệu. Chi tiết (tiếng Anh): ${issue.message}`,
        )
      default:
        return m(
          `${subject(c)}: ${zodLocaleText(zodVi, issue) ?? 'giá trị không hợp lệ'}.`,
          'Hãy đối chiếu giá trị với tài liệu.',
        )
    }
  },

  words: {
    row: 'dòng',
    column: 'cột',
    sheet: 'trang tính',
    hint: 'Cách sửa',
    severity: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  },
}
