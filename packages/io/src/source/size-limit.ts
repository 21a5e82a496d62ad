import type { TiendoIssue } from '@tiendo/schema'
import { limitIssue } from '../limit-issues'
import type { ReaderContext } from '../readers/context'

/**
 * The issue for content over a size limit, or `undefined`: `maxFileBytes` for any format,
 * `maxInMemoryBytes` for JSON and XLSX, which are read whole. `size` is the whole size when
 * known before reading, or the bytes read so far while streaming (`exact: false`). @internal
 */
export function sizeLimitIssue(
  size: number,
  context: ReaderContext,
  exact: boolean,
): TiendoIssue | undefined {
  const { limits } = context
  const location = { file: context.file }
  const what = exact
    ? { vi: `Kích thước tệp (${size} byte)`, en: `The file's size (${size} bytes)` }
    : {
        vi: `Kích thước tệp (ít nhất ${size} byte)`,
        en: `The file's size (at least ${size} bytes)`,
      }
  if (size > limits.maxFileBytes) {
    return limitIssue('maxFileBytes', limits.maxFileBytes, what, location)
  }
  if (readWhole(context) && size > limits.maxInMemoryBytes) {
    const fix = {
      vi: 'Tệp JSON và XLSX được đọc toàn bộ vào bộ nhớ; với tệp lớn, hãy dùng CSV hoặc NDJSON (được đọc dần).',
      en: 'JSON and XLSX files are read whole into memory; for large files use CSV or NDJSON, which are streamed.',
    }
    return limitIssue('maxInMemoryBytes', limits.maxInMemoryBytes, what, location, fix)
  }
  return undefined
}

/** Whether a format is read whole (JSON, XLSX) rather than streamed (CSV, NDJSON). @internal */
export function readWhole(context: Pick<ReaderContext, 'format'>): boolean {
  return context.format === 'json' || context.format === 'xlsx'
}
