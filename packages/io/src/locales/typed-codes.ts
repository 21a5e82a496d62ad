import type { IoIssueFields } from '../issue-fields'

/**
 * The codes of `@tiendo/io` whose issues are made from typed fields alone, their text
 * rendered by the per-language catalogues (`vi.ts`, `en.ts`). The other codes are still
 * worded where they are found (`messages/`).
 */
export type TypedIoIssueFields = Pick<IoIssueFields, 'limit_exceeded' | 'too_many_issues'>
