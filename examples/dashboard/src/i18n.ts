import type { Language, LocalizedText, Severity } from '@tiendo/schema'

/** The languages of the page, in the order of the switch: Vietnamese first. */
export type { Language }
export const LANGUAGES: readonly Language[] = ['vi', 'en']

/** Every fixed text of the page, in both languages. {name} marks a value filled in. */
export const TEXT = {
  title: { vi: 'Kiểm tra số liệu chuyển đổi số', en: 'Check digital transformation data' },
  lead: {
    vi: 'Chọn gói quy tắc và tệp số liệu của đơn vị: Tiendo kiểm tra dữ liệu, đánh giá các quy tắc và tiến độ đến mục tiêu, như công cụ dòng lệnh tiendo.',
    en: 'Choose a pack and your unit’s data files: Tiendo checks the data, evaluates the rules and the progress to targets, as the tiendo command line does.',
  },
  privacy: {
    vi: 'Mọi tệp được đọc và tính toán ngay trong trình duyệt này: không tệp nào rời khỏi máy của bạn, trang không gửi gì lên mạng.',
    en: 'Every file is read and computed right here in this browser: no file leaves your computer, and the page sends nothing over the network.',
  },
  language: { vi: 'Ngôn ngữ', en: 'Language' },
  inputsTitle: { vi: 'Dữ liệu của bạn', en: 'Your data' },
  builtInPack: { vi: 'Gói có sẵn', en: 'Built-in pack' },
  presetPack: { vi: 'Gói của tỉnh', en: 'Province pack' },
  packFile: { vi: 'Tệp gói quy tắc (JSON)', en: 'Pack file (JSON)' },
  chooseFile: { vi: 'Chọn tệp…', en: 'Choose a file…' },
  chooseFiles: { vi: 'Chọn tệp…', en: 'Choose files…' },
  packFileHint: {
    vi: 'Một tệp .json có thể kế thừa (extends) một gói có sẵn. Khi chọn tệp, tệp được dùng thay cho gói có sẵn.',
    en: 'A .json file, which may extends a built-in pack. Once chosen, it is used instead of the built-in pack.',
  },
  packInUse: { vi: 'Đang dùng tệp gói {name}', en: 'Using the pack file {name}' },
  removePackFile: { vi: 'Bỏ tệp gói {name}', en: 'Remove the pack file {name}' },
  dataFiles: {
    vi: 'Tệp số liệu (CSV, XLSX, NDJSON, JSON)',
    en: 'Data files (CSV, XLSX, NDJSON, JSON)',
  },
  dataFilesHint: {
    vi: 'Cột bắt buộc: indicator, unit, period, value. Có thể chọn nhiều tệp, hoặc kéo thả tệp vào ô này.',
    en: 'Required columns: indicator, unit, period, value. Pick several files, or drop them on this box.',
  },
  recordFiles: { vi: 'Tệp bản ghi (sản phẩm chuyển đổi số…)', en: 'Record files (DX products…)' },
  recordFilesHint: {
    vi: 'Cột: kind, unit, date, status, title. Như --records của dòng lệnh.',
    en: 'Columns: kind, unit, date, status, title. As the command line’s --records.',
  },
  today: { vi: 'Ngày đối chiếu', en: 'Reference date' },
  todayHint: {
    vi: 'Không số liệu nào được sau ngày này (như --today). Mặc định hôm nay.',
    en: 'No figure may lie after this day (as --today). Defaults to today.',
  },
  methodology: { vi: 'Phương pháp đánh giá tiến độ', en: 'Progress methodology' },
  methodologyHint: {
    vi: 'Các hồ sơ phương pháp như --methodology của dòng lệnh. Chỉ xu hướng tuyến tính có khoảng dự báo (vùng mờ trên biểu đồ); dòng lệnh không có tùy chọn cho phương pháp này.',
    en: 'The methodology profiles are the command line’s --methodology. Only the linear trend has a prediction interval (the shaded band of the charts); the command line has no option for it.',
  },
  method_pack: { vi: 'Theo gói quy tắc (mặc định)', en: 'As the pack says (default)' },
  method_eurostat: { vi: 'Eurostat — tăng trưởng kép', en: 'Eurostat — compound growth' },
  method_opensdg: {
    vi: 'Open SDG — tăng trưởng kép, năm gốc 2015',
    en: 'Open SDG — compound growth, base year 2015',
  },
  method_escap: {
    vi: 'UN ESCAP — hồi quy có trọng số, có khoảng dự báo',
    en: 'UN ESCAP — weighted regression, with a prediction interval',
  },
  method_linear: {
    vi: 'Xu hướng tuyến tính, có khoảng dự báo 95%',
    en: 'Linear trend, with a 95% prediction interval',
  },
  method_destatis: {
    vi: 'Destatis — xu hướng năm năm gần nhất',
    en: 'Destatis — the last five years’ trend',
  },
  samples: { vi: 'Dùng dữ liệu mẫu đi kèm', en: 'Use the bundled sample data' },
  samplesInUse: {
    vi: 'Đang dùng dữ liệu mẫu: số liệu công bố của Việt Nam, Ninh Thuận, Khánh Hòa và các sản phẩm chuyển đổi số MINH HỌA.',
    en: 'Using the sample data: published figures of Viet Nam, Ninh Thuận and Khánh Hòa, and ILLUSTRATIVE DX products.',
  },
  removeSamples: { vi: 'Bỏ dữ liệu mẫu', en: 'Remove the sample data' },
  chosenFiles: { vi: 'Tệp đã chọn', en: 'Files chosen' },
  removeFile: { vi: 'Bỏ {name}', en: 'Remove {name}' },
  records: { vi: 'bản ghi', en: 'records' },
  noFiles: {
    vi: 'Chọn hoặc kéo thả tệp số liệu để bắt đầu.',
    en: 'Pick or drop data files to begin.',
  },
  progressTitle: { vi: 'Tiến trình', en: 'Progress' },
  stage_read: { vi: 'Đang đọc {source}: {rows} dòng', en: 'Reading {source}: {rows} rows' },
  stage_validate: { vi: 'Đang kiểm tra dữ liệu', en: 'Checking the data' },
  stage_derive: { vi: 'Đang tính các số liệu suy ra', en: 'Deriving figures' },
  stage_evaluate: { vi: 'Đang đánh giá các quy tắc', en: 'Evaluating the rules' },
  stage_assess: { vi: 'Đang đánh giá tiến độ', en: 'Assessing progress' },
  stage_done: { vi: 'Đang hoàn tất', en: 'Finishing' },
  starting: { vi: 'Đang bắt đầu…', en: 'Starting…' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  cancelled: {
    vi: 'Đã hủy. Chọn lại tệp để chạy lại.',
    en: 'Cancelled. Choose the files again to run again.',
  },
  rerun: { vi: 'Chạy lại', en: 'Run again' },
  failedTitle: { vi: 'Không chạy được', en: 'Could not run' },
  howToFix: { vi: 'Cách sửa', en: 'How to fix' },
  valid: { vi: 'Dữ liệu hợp lệ: không có lỗi dữ liệu.', en: 'The data is valid: no data error.' },
  invalid: {
    vi: 'Dữ liệu có lỗi: {errors}, {warnings}.',
    en: 'The data has errors: {errors}, {warnings}.',
  },
  validWarnings: { vi: '{warnings}.', en: '{warnings}.' },
  statsLine: {
    vi: '{files}, {rows} đã đọc; {quarantined} bị loại khỏi tính toán.',
    en: '{files}, {rows} read; {quarantined} left out of every figure.',
  },
  cannotRead: {
    vi: 'Có tệp không đọc được hết: dữ liệu chưa được kiểm tra toàn bộ.',
    en: 'A file could not be read to its end: not all the data was checked.',
  },
  rulesLine: {
    vi: 'Quy tắc: {passed} đạt, {failed} không đạt, {skipped} bỏ qua.',
    en: 'Rules: {passed} passed, {failed} failed, {skipped} skipped.',
  },
  downloadsTitle: { vi: 'Tải về', en: 'Download' },
  downloadHtml: { vi: 'Báo cáo HTML', en: 'HTML report' },
  downloadMarkdown: { vi: 'Báo cáo Markdown', en: 'Markdown report' },
  downloadJson: { vi: 'Báo cáo JSON', en: 'JSON report' },
  downloadIssues: { vi: 'Danh sách lỗi (CSV)', en: 'Issues (CSV)' },
  downloadsNote: {
    vi: 'Báo cáo giống hệt báo cáo của tiendo report với cùng tệp, gói và ngày đối chiếu.',
    en: 'The reports are exactly what tiendo report writes for the same files, pack and reference date.',
  },
  preparing: { vi: 'Đang chuẩn bị tệp…', en: 'Preparing the file…' },
  issuesTitle: { vi: 'Lỗi dữ liệu', en: 'Data issues' },
  noIssues: { vi: 'Không có vấn đề nào.', en: 'No issue.' },
  severityFilter: { vi: 'Mức độ', en: 'Severity' },
  codeFilter: { vi: 'Mã lỗi', en: 'Code' },
  all: { vi: 'Tất cả', en: 'All' },
  issuesShown: { vi: 'Hiện {shown} trên {total} vấn đề', en: 'Showing {shown} of {total} issues' },
  colSeverity: { vi: 'Mức độ', en: 'Severity' },
  colFile: { vi: 'Tệp', en: 'File' },
  colRow: { vi: 'Dòng', en: 'Line' },
  colColumn: { vi: 'Cột', en: 'Column' },
  colCode: { vi: 'Mã', en: 'Code' },
  colMessage: { vi: 'Nội dung', en: 'Message' },
  colFix: { vi: 'Cách sửa', en: 'How to fix' },
  showRow: { vi: 'Xem dòng {row}', en: 'Show line {row}' },
  sortBy: { vi: 'Sắp xếp theo {column}', en: 'Sort by {column}' },
  previous: { vi: 'Trang trước', en: 'Previous page' },
  next: { vi: 'Trang sau', en: 'Next page' },
  pageOf: { vi: 'Trang {page}/{pages}', en: 'Page {page} of {pages}' },
  gridTitle: { vi: 'Các dòng của tệp', en: 'The file’s rows' },
  gridFile: { vi: 'Tệp hiển thị', en: 'File shown' },
  onlyIssueRows: { vi: 'Chỉ các dòng có vấn đề', en: 'Only rows with issues' },
  gridLoading: { vi: 'Đang đọc các dòng… {rows}', en: 'Reading the rows… {rows}' },
  gridRows: { vi: '{rows} dòng', en: '{rows} rows' },
  gridLabel: { vi: 'Các dòng của {file}', en: 'Rows of {file}' },
  gridLine: { vi: 'Dòng', en: 'Line' },
  badCell: { vi: 'ô có vấn đề', en: 'cell with an issue' },
  unitsTitle: { vi: 'Đơn vị', en: 'Units' },
  unitsHint: {
    vi: 'Lọc kết quả quy tắc, tiến độ và số liệu tính ra theo đơn vị (cả đơn vị trước và sau sáp nhập 2025).',
    en: 'Filter rule results, progress and derived figures by unit (units before and after the 2025 merger included).',
  },
  unitsSearch: { vi: 'Tìm đơn vị', en: 'Find a unit' },
  allUnits: { vi: 'Chọn tất cả', en: 'Select all' },
  noUnits: { vi: 'Bỏ chọn tất cả', en: 'Clear all' },
  unitsChosen: { vi: '{chosen}/{total} đơn vị được chọn', en: '{chosen} of {total} units chosen' },
  rulesTitle: { vi: 'Kết quả quy tắc', en: 'Rule results' },
  noRules: {
    vi: 'Gói không có quy tắc nào được đánh giá trên dữ liệu này.',
    en: 'No rule of the pack was evaluated on this data.',
  },
  ruleFailed: { vi: '{failed} lần không đạt', en: '{failed} failures' },
  passed: { vi: 'Đạt', en: 'Passed' },
  failed: { vi: 'Không đạt', en: 'Failed' },
  skipped: { vi: 'Bỏ qua', en: 'Skipped' },
  notEvaluated: { vi: 'Không đánh giá', en: 'Not evaluated' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  showMore: { vi: 'Hiện thêm {count}', en: 'Show {count} more' },
  illustrative: { vi: 'MINH HỌA', en: 'ILLUSTRATIVE' },
  targetsTitle: { vi: 'Tiến độ đến mục tiêu', en: 'Progress to targets' },
  noSeries: {
    vi: 'Không có chuỗi số liệu nào cho các đơn vị đã chọn.',
    en: 'No series for the units chosen.',
  },
  statusFilter: { vi: 'Trạng thái', en: 'Status' },
  latest: { vi: 'Mới nhất', en: 'Latest' },
  drawing: { vi: 'Đang vẽ biểu đồ…', en: 'Drawing the chart…' },
  noData: { vi: 'Chưa có số liệu', en: 'No data yet' },
  derivedTag: { vi: 'TÍNH RA', en: 'DERIVED' },
  derivedTagTitle: {
    vi: 'Có giá trị được tính ra (không do đơn vị nộp); xem nguồn gốc ở mục Số liệu tính ra.',
    en: 'Some values were derived (not submitted); see their provenance under Derived figures.',
  },
  chartNote: {
    vi: 'Biểu đồ: hình tròn là số liệu nộp, hình vuông là số liệu tính ra, hình thoi là mục tiêu; đường đứt là dự báo, vùng mờ là khoảng dự báo.',
    en: 'Chart: circles are submitted values, squares derived ones, diamonds targets; the dashed line is the projection, the shaded fan its interval.',
  },
  derivedTitle: { vi: 'Số liệu tính ra', en: 'Derived figures' },
  derivedLead: {
    vi: 'Những số liệu không ai nộp mà Tiendo tính từ số liệu đã nộp, kèm nguồn gốc.',
    en: 'Figures nobody submitted, computed by Tiendo from those submitted, with their provenance.',
  },
  derivedCapped: {
    vi: 'Trang liệt kê {shown} trên {total} số liệu; báo cáo JSON có đủ tất cả.',
    en: 'The page lists {shown} of {total} figures; the JSON report has them all.',
  },
  withheldTitle: { vi: 'Số liệu không tính được', en: 'Figures withheld' },
  noDerived: {
    vi: 'Không có số liệu tính ra cho các đơn vị đã chọn.',
    en: 'No derived figure for the units chosen.',
  },
  colIndicator: { vi: 'Chỉ số', en: 'Indicator' },
  colPeriod: { vi: 'Kỳ', en: 'Period' },
  colValue: { vi: 'Giá trị', en: 'Value' },
  colHow: { vi: 'Cách tính', en: 'How' },
  colWhy: { vi: 'Lý do', en: 'Why' },
  skipToResults: { vi: 'Đến kết quả', en: 'Skip to the results' },
  footer: {
    vi: 'Tiendo — mã nguồn mở. Số liệu được tính chính xác bằng số thập phân; trang không tải gì từ mạng.',
    en: 'Tiendo — open source. Figures are computed exactly in decimals; the page loads nothing from the network.',
  },
  loadFailed: { vi: 'Không mở được ứng dụng', en: 'The app could not start' },
} satisfies Record<string, LocalizedText>

/** A key of the page's texts. */
export type TextKey = keyof typeof TEXT

/** A fixed text in a language, with {name} placeholders filled. */
export function t(
  key: TextKey,
  lang: Language,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  )
}

/** Severities as the reports name them. */
export const SEVERITY_TEXT: Record<Severity, LocalizedText> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Thông tin', en: 'Info' },
}

/** What is counted, in each language: Vietnamese nouns do not change, English ones do. */
export const NOUNS = {
  error: { vi: 'lỗi', en: ['error', 'errors'] },
  warning: { vi: 'cảnh báo', en: ['warning', 'warnings'] },
  file: { vi: 'tệp', en: ['file', 'files'] },
  row: { vi: 'dòng', en: ['row', 'rows'] },
} as const satisfies Record<string, { vi: string; en: readonly [string, string] }>

/** A count with its noun: `1 error`, `3 errors`, `3 lỗi`, `100.000 dòng`. */
export function howMany(n: number, noun: keyof typeof NOUNS, lang: Language): string {
  const word = lang === 'vi' ? NOUNS[noun].vi : NOUNS[noun].en[n === 1 ? 0 : 1]
  return `${count(n, lang)} ${word}`
}

/** A whole number as people read it: 100.000 (vi), 100,000 (en). */
export function count(value: number, lang: Language): string {
  return value.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB')
}
