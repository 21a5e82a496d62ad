import type { IssueCodeSpec, IssueRegistry, NoIssueFields } from '@tiendo/schema'
import { PACK_PROBLEM_CODES, type PackProblemCode } from './issues'
import { ROW_CHECK_CODES } from './row-check-codes'
import type { RowCheckIssueFields } from './row-check-fields'
import type { RuleFailedFields } from './rule-failed'

/**
 * The typed fields of each code `@tiendo/rules` reports: the problems found in a pack (their
 * details are still only in the message), the checks of submitted rows against a pack, and a
 * rule of a pack that failed. `unknown_indicator` is both a row's (with its fields) and a
 * pack's rule's (without them: the field that names the indicator is in the message).
 */
export type RulesIssueFields = {
  readonly [Code in Exclude<PackProblemCode, 'unknown_indicator'>]: NoIssueFields
} & RowCheckIssueFields & {
    readonly rule_failed: RuleFailedFields
  }

/** A code `@tiendo/rules` reports. Stable: tools key on them. */
export type RulesIssueCode = keyof RulesIssueFields

const RULE_FAILED: IssueCodeSpec<RuleFailedFields> = {
  severity: 'error',
  meaning: {
    vi: 'Một quy tắc của bộ quy tắc không thỏa ở một đơn vị và một kỳ; mức độ và thông báo là của quy tắc đó.',
    en: 'A rule of the pack failed for a unit and a period; the severity and the message are the rule’s own.',
  },
  fix: {
    vi: 'Gợi ý nêu các điều kiện không thỏa; sửa số liệu, hoặc xem lại quy tắc `rule` trong bộ quy tắc.',
    en: 'The hint names the conditions that failed; correct the data, or review the rule `rule` in the pack.',
  },
  fields: { rule: 'The id of the pack’s rule that failed.' },
}

/**
 * Every code `@tiendo/rules` reports, in the registry shape of every package: the problems it
 * finds in a pack (errors: the pack is refused), the checks of submitted rows against a pack
 * (`unknown_indicator` among them), and `rule_failed`.
 */
export const RULES_ISSUE_CODES: IssueRegistry<RulesIssueFields> = {
  ...(Object.fromEntries(
    PACK_PROBLEM_CODES.map((code) => [code, { severity: 'error', fields: {} }]),
  ) as IssueRegistry<Pick<RulesIssueFields, Exclude<PackProblemCode, 'unknown_indicator'>>>),
  ...ROW_CHECK_CODES,
  rule_failed: RULE_FAILED,
}
