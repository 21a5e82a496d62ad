import type { IssueCatalogues, IssuePlace, LocalizedText, TiendoIssue } from '@tiendo/schema'
import { createIssue, renderIssueText } from '@tiendo/schema'
import { IO_ISSUE_CODES } from './codes'
import type { IoIssue, IoIssueFields } from './issue-fields'
import { en } from './locales/en'
import { vi } from './locales/vi'

const CATALOGUES: IssueCatalogues<IoIssueFields> = { vi, en }

/**
 * Whether an item of a reader's stream is a `TiendoIssue` (rather than a row, a header or an
 * observation).
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
 * Builds an issue of one of the package's codes: its typed fields, with its message and hint
 * rendered from them by the catalogues of `locales/`. Fields left `undefined` are dropped, so
 * an issue carries only the fields that say something. @internal
 */
export function ioIssue<Code extends keyof IoIssueFields & string>(
  code: Code,
  fields: IoIssueFields[Code],
  place: IssuePlace = {},
): Extract<IoIssue, { code: Code }> {
  // createIssue knows the code's fields, not which member of the union they make.
  return createIssue(
    IO_ISSUE_CODES,
    CATALOGUES,
    code,
    definedOnly(fields),
    place,
  ) as unknown as Extract<IoIssue, { code: Code }>
}

function definedOnly<Fields extends object>(fields: Fields): Fields {
  const entries = Object.entries(fields)
  if (entries.every(([, value]) => value !== undefined)) return fields
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined)) as Fields
}

/** The message and hint of an issue of the package, without the issue. @internal */
export function ioIssueText<Code extends keyof IoIssueFields & string>(
  code: Code,
  fields: IoIssueFields[Code],
): { message: LocalizedText; hint?: LocalizedText } {
  return renderIssueText(CATALOGUES, code, fields)
}
