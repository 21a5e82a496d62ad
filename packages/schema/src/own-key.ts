/**
 * Sets `target[key]` as an own, enumerable key, `__proto__` included: assigned, that key
 * would set the object's prototype instead (so a copy of `JSON.parse('{"__proto__":…}')`
 * lost the key, or inherited its value). Copies of JSON-like values go through here.
 * @internal
 */
export function setOwnKey(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  } else target[key] = value
}
