/**
 * A run that could not start, as the page shows it: a pack that cannot be used (the
 * pipeline's `PipelineError`, with its located problems), or anything else that went wrong.
 */

import { locationText } from '@tiendo/io/parse'
import { PipelineError } from '@tiendo/pipeline/browser'
import type { RunFailure } from '../page-view'

/** What went wrong, in both languages. */
export function failureOf(error: unknown): RunFailure {
  if (error instanceof PipelineError) {
    return {
      code: error.code,
      text: error.text,
      hint: error.hint ?? null,
      problems: error.issues.map((issue) => ({
        where: issue.location === undefined ? '' : locationText(issue.location),
        message: issue.message,
      })),
    }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    code: 'unexpected',
    text: {
      vi: `Không xử lý được dữ liệu: ${detail}`,
      en: `The data could not be processed: ${detail}`,
    },
    hint: {
      vi: 'Tải lại trang và thử lại; nếu lỗi vẫn còn, hãy báo cho nhóm Tiendo kèm tệp gây lỗi.',
      en: 'Reload the page and try again; if it persists, report it to the Tiendo team with the file.',
    },
    problems: [],
  }
}
