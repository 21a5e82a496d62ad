import type { IssueCatalogues, IssuePlace } from '@tiendo/schema'
import { createIssue } from '@tiendo/schema'
import { en } from '../locales/en'
import { vi } from '../locales/vi'
import { CORE_ISSUE_CODES } from './core-issue-codes'
import type { CoreIssue, CoreIssueFields } from './core-issue-fields'

const CATALOGUES: IssueCatalogues<CoreIssueFields> = { vi, en }

/**
 * Builds an issue of one of the package's codes: its fields, with its message and hint
 * rendered from them and its place by the catalogues of `locales/`. @internal
 */
export function coreIssue<Code extends keyof CoreIssueFields & string>(
  code: Code,
  fields: CoreIssueFields[Code],
  place: IssuePlace = {},
): Extract<CoreIssue, { code: Code }> {
  return createIssue(CORE_ISSUE_CODES, CATALOGUES, code, fields, place) as Extract<
    CoreIssue,
    { code: Code }
  >
}
