import type { z } from 'zod'
import type { Language, SourceLocation, TiendoIssue } from '../issue'
import { patternCode } from '../primitives'
import type { Severity } from '../rule'
import { isTiendoCode } from './codes'
import { en } from './en'
import { schemaIssueFields } from './issue-fields'
import type { IssueContext, IssueLocale, ReceivedType } from './locale'
import { formatPath, toJsonPointer, valueAt } from './path'
import { vi } from './vi'

/** Options of {@link toTiendoIssues}. */
export interface ToTiendoIssuesOptions {
  /**
   * Maps the path of an issue to where it is in the source (file, row, column). Defaults
   * to, and falls back on, `{ path }` with the JSON Pointer of the issue (`/indicators/3`).
   */
  locate?: ((path: readonly PropertyKey[]) => SourceLocation | undefined) | undefined
  /** The severity of every issue. Defaults to `error`. */
  severity?: Severity | undefined
  /**
   * The value that was parsed. When given, messages quote what was found (`found "87,5"`)
   * and tell a missing field from a wrong one exactly. Defaults to none (messages then
   * rely on what zod reports).
   */
  input?: unknown
}

const LOCALES: Record<Language, IssueLocale> = { vi, en }

/** One issue to word, after unions and keys are resolved. */
interface FlatIssue {
  readonly issue: z.core.$ZodIssue
  readonly path: readonly PropertyKey[]
  readonly key?: string | undefined
}

/**
 * Turns the issues of a zod error into Tiendo issues: a stable `code`, a message and a
 * hint in Vietnamese and English that name the field (`indicators[3].bounds.max`), and a
 * location. A failed union is reported through the alternative that came closest to
 * matching, and each unknown key of a strict object becomes an issue of its own.
 * Zod's global configuration is neither read for wording nor changed.
 *
 * @example
 * const result = PackSchema.safeParse(json)
 * if (!result.success) for (const issue of toTiendoIssues(result.error, { input: json })) …
 */
export function toTiendoIssues(
  error: z.ZodError,
  options: ToTiendoIssuesOptions = {},
): TiendoIssue[] {
  const severity = options.severity ?? 'error'
  const hasInput = 'input' in options
  const issues: TiendoIssue[] = []
  for (const flat of error.issues.flatMap((issue) => flatten(issue, []))) {
    const context = contextOf(flat, hasInput, options.input)
    const vi = describe(LOCALES.vi, context)
    const en = describe(LOCALES.en, context)
    const location = options.locate?.(flat.path) ?? { path: toJsonPointer(flat.path) }
    issues.push({
      code: context.code,
      ...schemaIssueFields(context, flat.path),
      severity,
      message: { vi: vi.message, en: en.message },
      hint: { vi: vi.hint, en: en.hint },
      location,
    })
  }
  return issues
}

function describe(locale: IssueLocale, context: IssueContext) {
  return isTiendoCode(context.code) ? locale.codes[context.code](context) : locale.generic(context)
}

/** The stable code of a zod issue: Tiendo's own where it has one, else zod's kind. */
function codeOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom' && typeof issue.params?.tiendo === 'string') {
    return issue.params.tiendo
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex' && issue.pattern) {
    return patternCode(issue.pattern) ?? 'invalid_format'
  }
  return issue.code
}

function flatten(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): FlatIssue[] {
  const path = [...prefix, ...issue.path]
  switch (issue.code) {
    case 'invalid_union': {
      if (issue.errors.length > 0) {
        return closestBranch(issue.errors).flatMap((inner) => flatten(inner, path))
      }
      // A discriminated union whose discriminator matched no option: an enum mistake.
      const values = 'options' in issue ? issue.options : undefined
      if (issue.discriminator !== undefined && values && values.length > 0) {
        const synthetic = { code: 'invalid_value', values, path: [], message: issue.message }
        // zod's path may already end at the discriminator; name it once.
        const at = path.at(-1) === issue.discriminator ? path : [...path, issue.discriminator]
        return [{ issue: synthetic as z.core.$ZodIssue, path: at }]
      }
      return [{ issue, path }]
    }
    case 'invalid_key': {
      const key = String(path.at(-1))
      // The key's own issues have empty paths; they are about the key at `path`.
      return issue.issues.flatMap((inner) =>
        flatten(inner, path).map((flat) => ({ ...flat, key: flat.key ?? key })),
      )
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ issue, path: [...path, key] }))
    default:
      return [{ issue, path }]
  }
}

/**
 * The alternative of a failed union that came closest: one that at least had the right
 * type, then the fewest problems, then the one that got deepest into the value.
 */
function closestBranch(branches: readonly (readonly z.core.$ZodIssue[])[]): z.core.$ZodIssue[] {
  let best: readonly z.core.$ZodIssue[] = branches[0] ?? []
  let bestScore = score(best)
  for (const branch of branches.slice(1)) {
    const candidate = score(branch)
    if (compareScores(candidate, bestScore) < 0) {
      best = branch
      bestScore = candidate
    }
  }
  return [...best]
}

type Score = readonly [wrongType: number, problems: number, negativeDepth: number]

function score(branch: readonly z.core.$ZodIssue[]): Score {
  const wrongType = branch.some((i) => i.code === 'invalid_type' && i.path.length === 0) ? 1 : 0
  const problems = branch.reduce(
    (sum, i) => sum + (i.code === 'unrecognized_keys' ? i.keys.length : 1),
    0,
  )
  const depth = Math.max(0, ...branch.map((i) => i.path.length))
  return [wrongType, problems, -depth]
}

function compareScores(a: Score, b: Score): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

function contextOf(flat: FlatIssue, hasInput: boolean, input: unknown): IssueContext {
  const { issue, path, key } = flat
  let value: IssueContext['value'] = { known: false }
  let received: ReceivedType | undefined
  if (key !== undefined) {
    value = { known: true, value: key }
    received = 'string'
  } else if (issue.code === 'unrecognized_keys') {
    received = undefined
  } else if ('input' in issue || hasInput) {
    const found = 'input' in issue ? issue.input : valueAt(input, path)
    received = typeOf(found)
    if (found !== undefined) value = { known: true, value: found }
  } else if (issue.code === 'invalid_type') {
    received = receivedFromMessage(issue.message)
  }
  return { code: codeOf(issue), issue, field: formatPath(path), received, value, key }
}

function typeOf(value: unknown): ReceivedType {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'object':
      return typeof value as ReceivedType
    default:
      return 'other'
  }
}

/** Without the input, zod's default English message still says what it received. */
function receivedFromMessage(message: string): ReceivedType | undefined {
  const match = /received (\w+)$/.exec(message)
  if (!match) return undefined
  const name = match[1]
  if (name === 'undefined') return 'missing'
  return name === 'null' || name === 'string' || name === 'number' || name === 'boolean'
    ? name
    : name === 'array' || name === 'object'
      ? name
      : 'other'
}
