/**
 * A function of a text, remembered per text. Files repeat a few texts — periods, values,
 * codes — thousands of times: each is worked out once. Only texts up to `maxLength`
 * characters, and at most `maxEntries` of them, are kept, so hostile input cannot make the
 * memory grow (a longer or later text is simply worked out again). @internal
 */
export function memoizeText<T>(
  compute: (text: string) => T,
  limits: { readonly maxEntries: number; readonly maxLength: number } = TEXT_MEMO_LIMITS,
): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    const found = known.get(text)
    if (found !== undefined || known.has(text)) return found as T
    const value = compute(text)
    if (text.length <= limits.maxLength && known.size < limits.maxEntries) known.set(text, value)
    return value
  }
}

/** Defaults of {@link memoizeText}: 65,536 texts of up to 64 characters. @internal */
export const TEXT_MEMO_LIMITS = { maxEntries: 65_536, maxLength: 64 } as const
