import type { IssueCatalogues, IssuePlace, IssueRegistry, IssueUnion } from '@tiendo/schema'
import { createIssue } from '@tiendo/schema'
import { en } from './locales/en'
import type { TypedRulesIssueFields } from './locales/typed-codes'
import { vi } from './locales/vi'
import { RULES_ISSUE_CODES } from './rules-issue-codes'

const CATALOGUES: IssueCatalogues<TypedRulesIssueFields> = { vi, en }

/**
 * Builds an issue of one of the package's typed codes: its fields, with its message and hint
 * rendered from them and its place by the catalogues of `locales/`. @internal
 */
export function rulesIssue<Code extends keyof TypedRulesIssueFields & string>(
  code: Code,
  fields: TypedRulesIssueFields[Code],
  place: IssuePlace = {},
): Extract<IssueUnion<TypedRulesIssueFields>, { code: Code }> {
  // The registry's entries are those of the typed codes (a row's `unknown_indicator` included).
  const registry: IssueRegistry<TypedRulesIssueFields> = RULES_ISSUE_CODES
  return createIssue(registry, CATALOGUES, code, fields, place) as Extract<
    IssueUnion<TypedRulesIssueFields>,
    { code: Code }
  >
}
