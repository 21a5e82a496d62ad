/**
 * The one-line count of a validation — files, rows, errors, warnings, rows refused — as every
 * report writes it (the terminal's `validate`, and the pipeline's report in each format).
 */
import type { Language } from '@tiendo/schema'
import { englishCount as count } from './english-count'

/** What the line counts. */
export interface ValidationCounts {
  readonly files: number
  readonly rows: number
  readonly errors: number
  readonly warnings: number
  /** Rows refused and used in no figure. Defaults to none. */
  readonly quarantined?: number | undefined
}

/** `1 tệp, 120 dòng, 2 lỗi, 0 cảnh báo; 2 dòng bị loại…` / `1 file, 120 rows, 2 errors…`. */
export function validationSummary(s: ValidationCounts, lang: Language): string {
  return lang === 'vi'
    ? `${s.files} tệp, ${s.rows} dòng, ${s.errors} lỗi, ${s.warnings} cảnh báo${s.quarantined ? `; ${s.quarantined} dòng bị loại, không dùng để tính toán` : ''}`
    : `${count(s.files, 'file')}, ${count(s.rows, 'row')}, ${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}${s.quarantined ? `; ${count(s.quarantined, 'row')} refused, used in no figure` : ''}`
}
