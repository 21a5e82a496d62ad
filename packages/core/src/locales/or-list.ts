/**
 * Items joined as a sentence offers them: `a`, `a or b`, `a, b or c` — `or` the word of the
 * sentence's language (`or`; `hay` or `hoặc`). @internal
 */
export function orList(items: readonly string[], or: string): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} ${or} ${items.at(-1)}`
}
