import type { TiendoIssue } from '@tiendo/schema'

/**
 * The code a reader sees for an issue: its `code`, or for a failed rule of a pack
 * `rule_failed/<rule>` (SARIF's hierarchical form), so that every report names the rule
 * that failed and code scanning lists each pack rule apart.
 */
export function issueLabel(issue: TiendoIssue): string {
  const rule = (issue as { rule?: unknown }).rule
  return issue.code === 'rule_failed' && typeof rule === 'string'
    ? `${issue.code}/${rule}`
    : issue.code
}
