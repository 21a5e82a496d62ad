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
  const found = {
    measure: 'file_bytes',
    found: size,
    ...(exact ? {} : { foundAtLeast: true }),
  } as const
  if (size > limits.maxFileBytes) {
    return limitIssue({ limit: 'maxFileBytes', max: limits.maxFileBytes, ...found }, location)
  }
  if (readWhole(context) && size > limits.maxInMemoryBytes) {
    return limitIssue(
      { limit: 'maxInMemoryBytes', max: limits.maxInMemoryBytes, ...found },
      location,
    )
  }
  return undefined
}

/** Whether a format is read whole (JSON, XLSX) rather than streamed (CSV, NDJSON). @internal */
export function readWhole(context: Pick<ReaderContext, 'format'>): boolean {
  return context.format === 'json' || context.format === 'xlsx'
}
