import type { IssueMessages } from '@tiendo/schema'
import type { RuleFailedFields } from '../rule-failed'

/** The Vietnamese messages of the issues `@tiendo/rules` makes from typed fields alone. */
export const vi: IssueMessages<{ rule_failed: RuleFailedFields }> = {
  rule_failed: (f) => ({ message: `Quy tắc \`${f.rule}\` không thỏa.` }),
}
