import type { CoreIssueFields } from '@tiendo/core'
import { CORE_ISSUE_CODES } from '@tiendo/core'
import type { RowCheckIssueFields } from '@tiendo/rules'
import { RULES_ISSUE_CODES } from '@tiendo/rules'
import type { IssueRegistry } from '@tiendo/schema'

/**
 * The codes the checks of submitted rows against the pack report, from the registries of the
 * packages that make them (`@tiendo/rules`' row checks; `@tiendo/core`'s units, duplicates
 * and derived figures), in the order the issue-code page lists them. A test checks that
 * validating bad data reports no code missing here.
 */
export const DATA_ISSUE_CODES: IssueRegistry<RowCheckIssueFields & CoreIssueFields> = {
  unknown_indicator: RULES_ISSUE_CODES.unknown_indicator,
  unknown_unit: CORE_ISSUE_CODES.unknown_unit,
  unit_not_valid_in_period: CORE_ISSUE_CODES.unit_not_valid_in_period,
  unit_validity_straddles_period: CORE_ISSUE_CODES.unit_validity_straddles_period,
  unit_backcast: CORE_ISSUE_CODES.unit_backcast,
  value_out_of_bounds: RULES_ISSUE_CODES.value_out_of_bounds,
  value_not_whole: RULES_ISSUE_CODES.value_not_whole,
  observation_in_future: RULES_ISSUE_CODES.observation_in_future,
  record_in_future: RULES_ISSUE_CODES.record_in_future,
  unknown_record_kind: RULES_ISSUE_CODES.unknown_record_kind,
  duplicate_observation: CORE_ISSUE_CODES.duplicate_observation,
  conflicting_observation: CORE_ISSUE_CODES.conflicting_observation,
  duplicate_record: CORE_ISSUE_CODES.duplicate_record,
  conflicting_record: CORE_ISSUE_CODES.conflicting_record,
  derived_value_differs: CORE_ISSUE_CODES.derived_value_differs,
}
