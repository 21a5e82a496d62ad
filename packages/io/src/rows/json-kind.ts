import type { JsonKind } from '../issue-fields'

/** The kind of a parsed JSON value, for the issues that name it. @internal */
export function jsonKind(value: unknown): JsonKind {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  const type = typeof value
  return type === 'string' || type === 'number' || type === 'boolean' ? type : 'object'
}
