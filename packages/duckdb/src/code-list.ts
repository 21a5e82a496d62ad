/**
 * A list of unit codes bound to a query as one text, split by the database: binding a list
 * of 100,000 texts costs DuckDB's client about half a second, one text a few milliseconds.
 * Unit codes have no commas (`unit_code_syntax`: letters, digits, `_`, `.`, `-`). @internal
 */

/** The SQL that makes the list back (of the parameter `$n`). */
export const splitCodes = (n: number) => `string_split($${n}, ',')`

/** The codes as one text for {@link splitCodes}. Throws on what no pack lets be a code. */
export function codesText(codes: Iterable<string>): string {
  const list = [...codes]
  for (const code of list) {
    if (code === '' || code.includes(',')) {
      throw new TypeError(`Not a unit code: \`${code}\` (a code has no commas and is not empty).`)
    }
  }
  return list.join(',')
}
