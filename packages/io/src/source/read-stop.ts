import type { TiendoIssue } from '@tiendo/schema'
import { ioIssue } from '../issue'

/**
 * Thrown through a reader when its bytes stop coming (a read error, a size limit reached while
 * streaming): the reader ends where it is, with no verdict on a file it did not see the end
 * of, and the caller yields {@link ReadStop.issue} instead. Never leaves the package. @internal
 */
export class ReadStop extends Error {
  constructor(readonly issue: TiendoIssue) {
    super(issue.message.en)
    this.name = 'ReadStop'
  }
}

/** The issue for bytes that could not be read: the system's error code, or its message. @internal */
export function unreadableIssue(file: string, error: unknown): TiendoIssue {
  const code = (error as { code?: unknown } | undefined)?.code
  const detail =
    typeof code === 'string' ? code : error instanceof Error ? error.message : String(error)
  return ioIssue('file_unreadable', { fileName: file, detail }, { location: { file } })
}
