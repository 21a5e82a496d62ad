import type { IssueMessages } from '@tiendo/schema'
import type { RuleFailedFields } from '../rule-failed'

/** The English messages of the issues `@tiendo/rules` makes from typed fields alone. */
export const en: IssueMessages<{ rule_failed: RuleFailedFields }> = {
  rule_failed: (f) => ({ message: `Rule \`${f.rule}\` failed.` }),
}
