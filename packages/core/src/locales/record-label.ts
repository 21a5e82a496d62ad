import type { RecordFields } from '../issues/core-issue-fields'

/** A record as messages name it in every language: its id, or its title and date. */
export function recordLabel(f: RecordFields): string {
  return f.id !== undefined ? `\`${f.id}\`` : `“${f.title}” (${f.date})`
}
