import type { TiendoIssue } from '@tiendo/schema'
import { CANNOT_READ_CODES } from './codes'
import { isIoIssue } from './issue-fields'

/**
 * Whether an issue says its file was not read, or not to its end, so what follows in it was
 * never checked (the CLI's exit code 2, "could not run"), as opposed to data read and found
 * wrong: a code of {@link CANNOT_READ_CODES}, a `limit_exceeded` that stopped reading, or a
 * JSON file that is no JSON (an NDJSON line that is none refuses that line only).
 */
export function stopsReading(issue: TiendoIssue): boolean {
  return (
    CANNOT_READ_CODES.has(issue.code) ||
    (isIoIssue(issue, 'limit_exceeded') && issue.stoppedReading) ||
    (isIoIssue(issue, 'invalid_json') && issue.format === 'json')
  )
}
