import { PATTERNS } from '@tiendo/schema'

const keysByPath = new Map<string, readonly string[] | null>()

/** The property names of a plain path (`$.a.b` → `['a', 'b']`), or `null` if it is not one. */
function keysOf(path: string): readonly string[] | null {
  let keys = keysByPath.get(path)
  if (keys === undefined) {
    keys = PATTERNS.fact_path_syntax.test(path) ? path.slice(2).split('.') : null
    // Paths come from compiled packs, so there are few; the bound is a guard all the same.
    if (keysByPath.size < 10_000) keysByPath.set(path, keys)
  }
  return keys
}

/**
 * Reads a plain property path such as `$.attributes.population` from a fact's value, own
 * properties only (never through a prototype). No JSONPath is evaluated: a pack's `path` is
 * untrusted, and json-rules-engine's default resolver is also twice as slow. Anything that is
 * not a plain path reads as `undefined`.
 */
export function plainPathResolver(value: object, path: string): unknown {
  const keys = keysOf(path)
  if (keys === null) return undefined
  let current: unknown = value
  for (const key of keys) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) {
      return undefined
    }
    current = (current as Record<string, unknown>)[key]
  }
  return current
}
