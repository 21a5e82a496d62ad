/** Keys that read naturally after a dot: `bounds.max`, not `bounds["max"]`. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/**
 * Writes a zod issue path the way a person reads it: `indicators[3].bounds.max`. Keys that
 * are not plain names are quoted (`attributes["tên đơn vị"]`), which also escapes control
 * characters a hostile file might carry into a terminal. The root is the empty string.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = ''
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`
    else if (typeof key === 'symbol') text += `[${String(key.description ?? 'symbol')}]`
    else if (PLAIN_KEY.test(key)) text += text === '' ? key : `.${key}`
    else text += `[${JSON.stringify(key)}]`
  }
  return text
}

/** The JSON Pointer (RFC 6901) of a path: `/indicators/3/bounds/max`; the root is `""`. */
export function toJsonPointer(path: readonly PropertyKey[]): string {
  return path
    .map((key) => `/${String(typeof key === 'symbol' ? key.description : key)}`)
    .map((part) => `/${part.slice(1).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('')
}

/** The value at a path inside an input, or `undefined` when the path leaves it. */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    if (typeof key === 'symbol') return undefined
    // Own properties only: a path must never read through a prototype.
    if (!Object.hasOwn(current, key)) return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}
