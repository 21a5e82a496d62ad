import type { TiendoIssue } from '@tiendo/schema'

/**
 * The unit and period an issue is about as one name, `58.STP/2024` (or either alone): SARIF's
 * logical location and part of a JUnit test case's name. Empty when it has neither.
 */
export function unitAndPeriod(issue: TiendoIssue): string {
  return [issue.unit, issue.period].filter(Boolean).join('/')
}
