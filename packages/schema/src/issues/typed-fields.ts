import type { TiendoIssue } from '../issue'

/** What an issue is and where: the fields of every issue that no code takes as a typed one. */
const OWN_FIELDS = ['code', 'severity', 'message', 'hint', 'location', 'related'] as const

/** What an issue is about: common fields a code may also fill as typed ones. */
const ABOUT_FIELDS = ['indicator', 'unit', 'period'] as const

/** The fields every issue may have; anything else on an issue is a typed field of its code. */
const COMMON_FIELDS: ReadonlySet<string> = new Set([...OWN_FIELDS, ...ABOUT_FIELDS])

/**
 * The names a typed field may not take: the issue's own fields, and the location fields of
 * an issue in `validate`'s JSON (`file`, `row`…), which the typed fields sit beside.
 * `indicator`, `unit` and `period` are common fields a code may fill as typed ones.
 */
export const RESERVED_ISSUE_FIELDS: readonly string[] = [
  ...OWN_FIELDS,
  'file',
  'sheet',
  'row',
  'column',
  'path',
]

/**
 * The typed fields of an issue — what its code carries beside the common fields
 * (`{ limit: 'maxRows', max: 100000, stoppedReading: true }`) — in the order they were set.
 *
 * @example
 * typedFields(issue) // { rule: 'fibre_no_fall' } for a failed rule
 */
export function typedFields(issue: TiendoIssue): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(issue)) {
    if (!COMMON_FIELDS.has(name) && value !== undefined) fields[name] = value
  }
  return fields
}
