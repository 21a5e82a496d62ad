/**
 * Where a run of dates begins in a list kept in date order: records counted or listed for a
 * period are found by a binary search, not read one by one. @internal
 */

/**
 * The index of the first of `length` dates in order (`dateAt(index)`, ISO text) on or after
 * `date`; `length` when none is. @internal
 */
export function firstOnOrAfter(
  length: number,
  dateAt: (index: number) => string,
  date: string,
): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (dateAt(middle) < date) low = middle + 1
    else high = middle
  }
  return low
}
