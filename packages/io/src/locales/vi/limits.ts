import type { LimitExceededFields, LimitMeasure } from '../../issue-fields'
import { limitFlag } from '../../limits'
import type { IoMessages, LimitCode } from '../catalogue'
import { formatCount } from '../quote'

/** What went over a limit, as the subject of the Vietnamese message. */
const MEASURED: Record<
  Exclude<LimitMeasure, 'record_chars'>,
  (f: LimitExceededFields) => string
> = {
  file_bytes: (f) => `Kích thước tệp (${f.foundAtLeast ? 'ít nhất ' : ''}${f.found} byte)`,
  unzipped_bytes: () => 'Kích thước giải nén của bảng tính',
  rows: () => 'Số dòng số liệu',
  header_columns: (f) => `Số cột của dòng tiêu đề (${formatCount(f.found ?? 0)})`,
  object_fields: (f) => `Số trường của đối tượng (${f.found})`,
  cell_chars: (f) => `Độ dài của ô (${formatCount(f.found ?? 0)} ký tự)`,
}

/** The advice a limit's hint starts with, before how to raise it. */
function advice(f: LimitExceededFields): string {
  if (f.measure === 'unzipped_bytes') {
    return 'Với tệp lớn, hãy dùng CSV hoặc NDJSON: hai định dạng này được đọc dần, không cần đọc cả tệp vào bộ nhớ. '
  }
  if (f.limit === 'maxInMemoryBytes') {
    return 'Tệp JSON và XLSX được đọc toàn bộ vào bộ nhớ; với tệp lớn, hãy dùng CSV hoặc NDJSON (được đọc dần). '
  }
  return ''
}

function limitExceeded(f: LimitExceededFields) {
  if (f.measure === 'record_chars') {
    return {
      message: `Bản ghi bắt đầu ở dòng này dài hơn ${formatCount(f.max)} ký tự (maxCellChars × maxColumns); phần còn lại của tệp không được đọc.`,
      hint: `Thường do một dấu ngoặc kép \`"\` mở mà không đóng: kiểm tra các dấu ngoặc kép từ dòng này. Nếu các ô thật sự dài như vậy, nâng \`limits.maxCellChars\` (dòng lệnh: \`${limitFlag('maxCellChars')}\`).`,
    }
  }
  if (f.measure === 'cell_chars') {
    // Chỉ dòng này bị từ chối: các dòng sau vẫn được đọc.
    return {
      message: `${MEASURED.cell_chars(f)} vượt giới hạn ${f.limit} = ${formatCount(f.max)}: dòng này bị từ chối; các dòng sau vẫn được đọc.`,
      hint: `Rút ngắn nội dung ô (ghi chú hay tiêu đề dài như vậy thường là văn bản dán nhầm), hoặc nâng giới hạn bằng \`limits.${f.limit}\` (dòng lệnh: \`${limitFlag(f.limit)}\`).`,
    }
  }
  return {
    message: `${MEASURED[f.measure](f)} vượt giới hạn ${f.limit} = ${formatCount(f.max)}; phần vượt quá không được đọc.`,
    hint: `${advice(f)}Chia nhỏ tệp, hoặc nâng giới hạn bằng \`limits.${f.limit}\` (dòng lệnh: \`${limitFlag(f.limit)}\`).`,
  }
}

/** Vietnamese messages about reading limits. */
export const limits: IoMessages<LimitCode> = {
  limit_exceeded: limitExceeded,
  too_many_issues: (f) => ({
    message: `Đã có hơn ${formatCount(f.max)} vấn đề; các vấn đề sau không được liệt kê nhưng vẫn được đếm.`,
    hint: 'Sửa các lỗi đầu tiên (thường chung một nguyên nhân) rồi kiểm tra lại; một chương trình gọi Tiendo có thể nâng `maxIssues`.',
  }),
}
