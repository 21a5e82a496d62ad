/**
 * The references a dated reference could have meant, as a hint offers them: the code alone
 * for a unit with no start date (a dated reference cannot name it), `code@day` for each
 * other, in the order the units come.
 */
export function refsOfCode(
  code: string,
  starts: readonly (string | null)[],
  noStart: string,
): string[] {
  return starts.map((day) => (day === null ? `\`${code}\` ${noStart}` : `\`${code}@${day}\``))
}
