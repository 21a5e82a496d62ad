import type {
  IssueCatalogues,
  IssuePlace,
  LocalizedText,
  Severity,
  SourceLocation,
  TiendoIssue,
} from '@tiendo/schema'
import { createIssue } from '@tiendo/schema'
import { IO_ISSUE_CODES } from './codes'
import type { IoIssue } from './issue-fields'
import { en } from './locales/en'
import type { TypedIoIssueFields } from './locales/typed-codes'
import { vi } from './locales/vi'

const CATALOGUES: IssueCatalogues<TypedIoIssueFields> = { vi, en }

/** Wording of one issue: what is wrong and how to fix it, in both languages. @internal */
export interface Wording {
  message: LocalizedText
  hint: LocalizedText
}

/** Builds a {@link TiendoIssue} of this package. @internal */
export function makeIssue(
  code: string,
  severity: Severity,
  wording: Wording,
  location: SourceLocation | undefined,
): TiendoIssue {
  const issue: TiendoIssue = { code, severity, message: wording.message, hint: wording.hint }
  if (location !== undefined) issue.location = location
  return issue
}

/**
 * Whether an item of a reader's stream is a {@link TiendoIssue} (rather than a row, a header
 * or an observation).
 *
 * @example
 * for await (const item of readObservations('data.csv')) {
 *   if (isTiendoIssue(item)) report(item)
 *   else store(item.observation)
 * }
 */
export function isTiendoIssue(item: unknown): item is TiendoIssue {
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof (item as { code?: unknown }).code === 'string' &&
    typeof (item as { severity?: unknown }).severity === 'string' &&
    typeof (item as { message?: unknown }).message === 'object'
  )
}

/**
 * Builds an issue of one of the package's typed codes: its fields, with its message and hint
 * rendered from them by the catalogues of `locales/`. @internal
 */
export function ioIssue<Code extends keyof TypedIoIssueFields & string>(
  code: Code,
  fields: TypedIoIssueFields[Code],
  place: IssuePlace = {},
): Extract<IoIssue, { code: Code }> {
  return createIssue(IO_ISSUE_CODES, CATALOGUES, code, fields, place) as Extract<
    IoIssue,
    { code: Code }
  >
}
