/**
 * A count as English writes it, its noun agreeing with the number: `1 file`, `0 files`,
 * `2 files`. Vietnamese nouns do not change with their number (`1 tệp`, `2 tệp`), so the
 * Vietnamese words need no such help.
 */
export function englishCount(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}
