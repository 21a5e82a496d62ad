import type { z } from 'zod'
import { patternCode } from '../primitives'

/**
 * The Tiendo codes (or zod kinds) of what a schema rejects, each with its path joined by
 * dots: `['bounds_order@max']`. Read straight from zod's issues, independently of the
 * message code under test. @internal
 */
export function codesOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input)
  if (result.success) return []
  return result.error.issues.map((issue) => {
    const params = issue.code === 'custom' ? issue.params : undefined
    const code =
      typeof params?.tiendo === 'string'
        ? params.tiendo
        : issue.code === 'invalid_format' && issue.format === 'regex'
          ? (patternCode(issue.pattern ?? '') ?? 'regex')
          : issue.code
    return `${code}@${issue.path.map(String).join('.')}`
  })
}
