import type { RowCheckIssueFields, UnknownIndicatorFields } from '../row-check-fields'
import type { RuleFailedFields } from '../rule-failed'

/**
 * The codes of `@tiendo/rules` whose issues are made from typed fields alone, their text
 * rendered by the per-language catalogues (`vi.ts`, `en.ts`): the row checks and
 * `rule_failed`. The problems found in a pack are still worded where they are found
 * (`issues.ts`), `unknown_indicator` among them for a rule that names an unknown indicator.
 */
export type TypedRulesIssueFields = Omit<RowCheckIssueFields, 'unknown_indicator'> & {
  /** A row's `unknown_indicator` always carries its fields. */
  readonly unknown_indicator: UnknownIndicatorFields
  readonly rule_failed: RuleFailedFields
}
