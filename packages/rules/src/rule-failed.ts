import type { TiendoIssue, TypedIssue } from '@tiendo/schema'

/** The typed fields of a `rule_failed` issue. */
export interface RuleFailedFields {
  /** The id of the pack's rule that failed (`fibre_no_fall`). */
  readonly rule: string
}

/**
 * A rule of a pack that failed in one scope (a unit and a period), with the rule's own
 * severity and message. The rule's id is in `rule`; `code` is always `rule_failed`, so a
 * pack's ids never mix with Tiendo's codes.
 */
export type RuleFailedIssue = TypedIssue<'rule_failed', RuleFailedFields>

/**
 * Whether an issue is a failed rule of a pack, narrowing it so that `issue.rule` is the id.
 *
 * @example
 * const failedRules = issues.filter(isRuleFailed).map((issue) => issue.rule)
 */
export function isRuleFailed(issue: TiendoIssue): issue is RuleFailedIssue {
  return issue.code === 'rule_failed' && typeof (issue as { rule?: unknown }).rule === 'string'
}
