/**
 * The clerk's guide (`docs/nhap-so-lieu.md`), in Vietnamese: how to fill in and check a file
 * of figures, and the mistakes spreadsheets most often hold, each with what Tiendo says of
 * it. The examples are run through the pipeline when the page is made, so the page shows the
 * very messages a clerk will read, and a test keeps it so.
 */

import type { TiendoIssue } from '@tiendo/schema'
import { runPipeline } from '../browser'

/** One mistake: a small file that holds it, and the code Tiendo gives it first. */
export interface ClerkMistake {
  /** The section's title. */
  readonly title: string
  /** What the clerk did, and why it matters, in a sentence or two. */
  readonly why: string
  /** The file's content (CSV); the workbook's sheet instead, when `sheet` is given. */
  readonly text?: string
  /** A workbook's data sheet (`so-lieu.xlsx`): its rows, the header first, and the rows it hides. */
  readonly sheet?: SheetExample
  /** The issue code the file gets first: the page is refused if it gets another. */
  readonly code: string
  /** The file's name, for a file told by its name alone (its content is not shown). Defaults to `so-lieu.csv`. */
  readonly fileName?: string
}

/** A sheet of an example workbook, as Excel shows it to the clerk. */
export interface SheetExample {
  readonly rows: readonly (readonly (string | number)[])[]
  /** The sheet's numbers of the rows it hides (the header is row 1). */
  readonly hidden: readonly number[]
}

const HEADER = 'indicator,unit,period,value'
const ROW = 'smartphone_user_rate,58,2024,87.5'

/** The mistakes, most common first. */
export const CLERK_MISTAKES: readonly ClerkMistake[] = [
  {
    title: 'Dòng tên báo cáo phía trên dòng tiêu đề',
    why: 'Bảng tính in ra thường có tên báo cáo ở dòng đầu. Tiendo đọc dòng đầu tiên có chữ làm dòng tiêu đề (tên các cột).',
    text: `BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2024\n${HEADER}\n${ROW}\n`,
    code: 'missing_column',
  },
  {
    title: 'Tên cột viết bằng tiếng Việt',
    why: 'Tên cột là tên tiếng Anh viết thường, giống nhau ở mọi tỉnh, để mọi tệp được đọc như nhau.',
    text: `Mã chỉ tiêu,Đơn vị,Kỳ,Giá trị\n${ROW}\n`,
    code: 'missing_column',
  },
  {
    title: 'Cột ghi chú, nguồn số liệu đặt tên tiếng Việt',
    why: 'Cột không bắt buộc cũng cần đúng tên; nếu không, nội dung của cột bị bỏ qua.',
    text: `${HEADER},Ghi chú\n${ROW},Sở Khoa học và Công nghệ báo cáo\n`,
    code: 'unknown_column',
  },
  {
    title: 'Cột số thứ tự, cột tên, cột đơn vị tính của biểu mẫu',
    why: 'Các cột này Tiendo không cần, nhưng có thể giữ nguyên: tệp vẫn được đọc, kèm cảnh báo.',
    text: `STT,indicator,Tên chỉ tiêu,unit,period,value,ĐVT\n1,smartphone_user_rate,Tỷ lệ người dân sử dụng điện thoại thông minh,58,2024,87.5,%\n`,
    code: 'unknown_column',
  },
  {
    title: 'Ghi tên đơn vị thay cho mã đơn vị',
    why: 'Mỗi tỉnh, xã, sở có một mã (`tiendo units` liệt kê). Tên có thể viết nhiều cách; mã thì không.',
    text: `${HEADER}\nsmartphone_user_rate,Ninh Thuận,2024,87.5\n`,
    code: 'unit_ref_syntax',
  },
  {
    title: 'Ghi tên chỉ tiêu thay cho mã chỉ tiêu',
    why: 'Mỗi chỉ tiêu có một mã (`tiendo indicators` liệt kê), viết chữ thường không dấu.',
    text: `${HEADER}\nTỷ lệ người dân sử dụng điện thoại thông minh,58,2024,87.5\n`,
    code: 'id_syntax',
  },
  {
    title: 'Kỳ báo cáo viết theo cách thông thường',
    why: 'Kỳ viết theo một cách duy nhất: năm `2024`, nửa năm `2024-H1`, quý `2024-Q3`, tháng `2024-09`, khoảng `2024-01/2024-09`.',
    text: `${HEADER}\nsmartphone_user_rate,58,quý III/2024,87.5\n`,
    code: 'period_syntax',
  },
  {
    title: 'Số thập phân viết bằng dấu phẩy',
    why: 'Dấu phẩy có thể là dấu thập phân (87,5) hay dấu phân cách hàng nghìn (363,558): Tiendo không đoán.',
    text: `${HEADER}\nsmartphone_user_rate,58,2024,"87,5"\n`,
    code: 'ambiguous_number',
  },
  {
    title: 'Số có ký hiệu phần trăm',
    why: 'Đơn vị đo của chỉ tiêu đã là phần trăm; ô chỉ ghi số.',
    text: `${HEADER}\nsmartphone_user_rate,58,2024,87.5%\n`,
    code: 'invalid_number',
  },
  {
    title: 'Ô không có số liệu ghi bằng dấu gạch',
    why: 'Một ký hiệu không phải là số. Chưa có số liệu thì bỏ dòng đó.',
    text: `${HEADER}\nsmartphone_user_rate,58,2024,-\n`,
    code: 'invalid_number',
  },
  {
    title: 'Giá trị ngoài giới hạn của chỉ tiêu',
    why: 'Mỗi chỉ tiêu có giới hạn (tỷ lệ phần trăm từ 0 đến 100): một số nằm ngoài thường do nhầm đơn vị đo.',
    text: `${HEADER}\nsmartphone_user_rate,58,2024,875\n`,
    code: 'value_out_of_bounds',
  },
  {
    title: 'Số lượng viết với dấu chấm phân cách hàng nghìn',
    why: 'Số lượng (số hộ, số trạm, thứ hạng) là số nguyên. Dấu chấm là dấu thập phân, nên `1.250` đọc ra là một phẩy hai lăm: Tiendo không nhận và hỏi lại.',
    text: `${HEADER}\nbts_5g_count,58,2024,1.250\n`,
    code: 'value_not_whole',
  },
  {
    title: 'Số lượng viết với dấu phẩy phân cách hàng nghìn',
    why: 'Ở số lượng, `1,250` chỉ có thể là một nghìn hai trăm năm mươi. Tiendo vẫn không nhận, vì dấu phẩy ở số khác có thể là dấu thập phân, nhưng nói rõ số cần ghi.',
    text: `${HEADER}\nbts_5g_count,58,2024,"1,250"\n`,
    code: 'ambiguous_number',
  },
  {
    title: 'Số liệu của tỉnh đã sáp nhập, ghi mã cũ',
    why: 'Từ ngày 1/7/2025 Ninh Thuận thuộc tỉnh Khánh Hòa mới: số liệu từ đó ghi cho đơn vị mới.',
    text: `${HEADER}\nsmartphone_user_rate,58,2026,87.5\n`,
    code: 'unit_not_valid_in_period',
  },
  {
    title: 'Trạng thái ghi bằng tiếng Việt',
    why: 'Cột `status` nhận các giá trị tiếng Anh cố định (`estimate`, `planned`…). Tiendo không tự đổi chữ của cán bộ, nhưng gợi ý giá trị đúng.',
    text: `${HEADER},status\n${ROW},Ước tính\n`,
    code: 'invalid_value',
  },
  {
    title: 'Dòng đánh số cột của biểu mẫu',
    why: 'Biểu mẫu in thường có dòng `(1) (2) (3)` dưới tên cột. Dòng đó không phải số liệu: Tiendo bỏ qua và cảnh báo.',
    text: `${HEADER}\n(1),(2),(3),(4)\n${ROW}\n`,
    code: 'form_row',
  },
  {
    title: 'Dòng tổng cộng',
    why: 'Tiendo tự cộng số liệu của các đơn vị lên cấp trên; dòng tổng được bỏ qua, kèm cảnh báo.',
    text: `${HEADER}\n${ROW}\nTổng cộng,,,87.5\n`,
    code: 'form_row',
  },
  {
    title: 'Phần ký tên cuối bảng',
    why: 'Báo cáo in thường kết thúc bằng ngày tháng, chức danh và chữ ký. Những dòng đó không phải số liệu: Tiendo bỏ qua và cảnh báo từng dòng; số liệu phía trên vẫn được đọc.',
    sheet: {
      rows: [
        ['indicator', 'unit', 'period', 'value'],
        ['smartphone_user_rate', '58', '2024', 87.5],
        ['', '', '', ''],
        ['', '', 'Ninh Thuận, ngày 15 tháng 01 năm 2025', ''],
        ['Người lập biểu', '', '', 'Thủ trưởng đơn vị'],
      ],
      hidden: [],
    },
    code: 'form_row',
  },
  {
    title: 'Dòng bị ẩn trong bảng tính',
    why: 'Dòng bị ẩn (bằng tay, hay do bộ lọc) vẫn là một phần của tệp: cán bộ không thấy, nhưng số liệu trong đó vẫn được nộp. Tiendo vẫn đọc và nhắc để kiểm tra.',
    sheet: {
      rows: [
        ['indicator', 'unit', 'period', 'value'],
        ['smartphone_user_rate', '58', '2022', 80],
        ['smartphone_user_rate', '58', '2023', 84],
        ['smartphone_user_rate', '58', '2024', 87.5],
      ],
      hidden: [3],
    },
    code: 'hidden_rows',
  },
  {
    title: 'Tệp Excel kiểu cũ (.xls)',
    why: 'Tiendo đọc tệp Excel `.xlsx` và CSV, không đọc `.xls` của Excel 97–2003.',
    text: `${HEADER}\n${ROW}\n`,
    code: 'unknown_format',
    fileName: 'so-lieu.xls',
  },
]

/** The day the examples are checked on: after every period they use. */
const TODAY = '2026-12-01'

/** The issues a mistake's file gets, in Vietnamese; throws if the first is not its code. */
export async function issuesOfMistake(mistake: ClerkMistake): Promise<readonly TiendoIssue[]> {
  const source =
    mistake.sheet === undefined
      ? { name: mistake.fileName ?? 'so-lieu.csv', text: mistake.text ?? '' }
      : { name: 'so-lieu.xlsx', bytes: await workbookOf(mistake.sheet) }
  const report = await runPipeline({
    pack: 'ninh-thuan',
    sources: [source],
    today: TODAY,
    lang: 'vi',
    evaluate: false,
    assess: false,
  })
  const issues = report.validation.issues
  if (issues[0]?.code !== mistake.code) {
    throw new Error(`"${mistake.title}" gets ${issues[0]?.code ?? 'no issue'}, not ${mistake.code}`)
  }
  return issues
}

/** The workbook of a sheet example: its data sheet `Số liệu`, the rows it hides hidden. */
async function workbookOf(sheet: SheetExample): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  const data = workbook.addWorksheet('Số liệu')
  for (const row of sheet.rows) data.addRow([...row])
  for (const number of sheet.hidden) data.getRow(number).hidden = true
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A sheet example as a table, each row by its number, those it hides marked. */
function sheetLines(sheet: SheetExample): string[] {
  const [header = [], ...rows] = sheet.rows
  const line = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`
  return [
    '`so-lieu.xlsx`, trang tính `Số liệu`:',
    '',
    line(['Dòng', ...header]),
    line(['---', ...header.map(() => '---')]),
    ...rows.map((cells, i) => {
      const number = i + 2
      return line([sheet.hidden.includes(number) ? `${number} (ẩn)` : `${number}`, ...cells])
    }),
  ]
}

const SEVERITY = { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' } as const

/** One issue as the page shows it: severity, code and row, message, and how to fix it. */
function issueLines(issue: TiendoIssue): string[] {
  const row = issue.location?.row === undefined ? '' : `, dòng ${issue.location.row}`
  const lines = [`> **${SEVERITY[issue.severity]}** \`${issue.code}\`${row}: ${issue.message.vi}`]
  if (issue.hint !== undefined) lines.push('>', `> **Cách sửa:** ${issue.hint.vi}`)
  return lines
}

/** The page, as Markdown. `regenerate` is the command that writes it again. */
export async function clerkGuidePage(regenerate: string): Promise<string> {
  const sections: string[] = []
  for (const [index, mistake] of CLERK_MISTAKES.entries()) {
    const issues = await issuesOfMistake(mistake)
    sections.push(
      `### 4.${index + 1}. ${mistake.title}`,
      '',
      mistake.why,
      '',
      ...(mistake.sheet !== undefined
        ? sheetLines(mistake.sheet)
        : mistake.fileName === undefined
          ? ['`so-lieu.csv`:', '', '```csv', (mistake.text ?? '').trimEnd(), '```']
          : [`Tệp \`${mistake.fileName}\`:`]),
      '',
      ...issues.flatMap((issue, i) => [...(i > 0 ? [''] : []), ...issueLines(issue)]),
      '',
    )
  }
  return [
    '# Hướng dẫn nhập số liệu',
    '',
    `<!-- Made by running its examples through the pipeline: \`${regenerate}\`; a test fails when it drifts. Do not edit by hand. -->`,
    '',
    '_A guide, in Vietnamese, for the clerks of departments and communes who fill in the figures. Every message below is the one Tiendo gives: the page is made by running its examples._',
    '',
    'Trang này dành cho cán bộ các sở, ban, ngành và UBND cấp xã nhập số liệu chuyển đổi số. Tiendo',
    'kiểm tra tệp số liệu trước khi nhận: mỗi lỗi nói rõ ở dòng nào, cột nào, và cách sửa.',
    '',
    '## 1. Lấy mẫu bảng tính',
    '',
    'Cán bộ đầu mối của tỉnh tạo mẫu bảng tính Excel cho đơn vị mình:',
    '',
    '```sh',
    'tiendo template --pack ninh-thuan --unit 58 --output mau-so-lieu.xlsx',
    '```',
    '',
    'Trang tính `Số liệu` có sẵn tên cột, danh sách chọn mã chỉ tiêu, mã đơn vị và kỳ báo cáo, và',
    'kiểm tra giá trị theo giới hạn của từng chỉ tiêu; trang tính `Hướng dẫn` giải thích từng cột.',
    'Có thể nộp tệp CSV (lưu từ Excel bằng _CSV UTF-8_) với cùng các cột.',
    '',
    '## 2. Các cột',
    '',
    'Mỗi dòng là một số liệu: một chỉ tiêu, của một đơn vị, trong một kỳ.',
    '',
    '| Cột | Ghi gì | Ví dụ |',
    '| --- | --- | --- |',
    '| `indicator` | Mã chỉ tiêu (`tiendo indicators --pack ninh-thuan`) | `smartphone_user_rate` |',
    '| `unit` | Mã đơn vị (`tiendo units --pack ninh-thuan`) | `58` |',
    '| `period` | Kỳ báo cáo | `2024`, `2024-H1`, `2024-Q3`, `2024-09`, `2024-01/2024-09` |',
    '| `value` | Giá trị, dấu chấm thập phân, không dấu phân cách hàng nghìn | `87.5`, `363558` |',
    '| `status` | Không bắt buộc: `estimate` (ước tính), `planned` (kế hoạch)… | `estimate` |',
    '| `source` | Không bắt buộc: nguồn số liệu (văn bản, đường dẫn) | `Báo cáo số 12/BC-STTTT` |',
    '| `note` | Không bắt buộc: ghi chú | |',
    '',
    'Mọi cột và giá trị được phép: [tệp số liệu](data-files.md).',
    '',
    '## 3. Kiểm tra trước khi nộp',
    '',
    '```sh',
    'tiendo validate mau-so-lieu.xlsx --pack ninh-thuan --lang vi',
    '```',
    '',
    'Mã thoát `0`: tệp hợp lệ (có thể kèm cảnh báo); `1`: có lỗi, các dòng lỗi không được dùng;',
    '`2`: không đọc được tệp. Không cài được công cụ? Ứng dụng web',
    '([examples/dashboard](../examples/dashboard/README.md)) kiểm tra ngay trên máy, tệp không rời',
    'khỏi máy tính.',
    '',
    '## 4. Những lỗi thường gặp',
    '',
    'Mỗi mục: một tệp nhỏ có lỗi đó, và đúng những gì Tiendo báo cho tệp ấy.',
    '',
    ...sections,
    'Mọi mã lỗi, ý nghĩa và cách sửa: [mã lỗi](issue-codes.md).',
    '',
  ].join('\n')
}
