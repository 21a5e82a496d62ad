/**
 * The known id closest to one that is not known (`smartphone_user_rte` →
 * `smartphone_user_rate`), for "did you mean" hints; `undefined` when none is close enough
 * (more than a third of the id's characters would have to change).
 */
export function closestId(unknown: string, known: Iterable<string>): string | undefined {
  const budget = Math.max(1, Math.floor(unknown.length / 3))
  let best: string | undefined
  let bestDistance = budget + 1
  for (const candidate of known) {
    if (Math.abs(candidate.length - unknown.length) >= bestDistance) continue
    const distance = editDistance(unknown, candidate, bestDistance)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

/** The two rows of the distance table, reused: a file for another pack asks on every row. */
let previousRow = new Int32Array(64)
let currentRow = new Int32Array(64)

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (previousRow.length <= b.length) {
    previousRow = new Int32Array(b.length + 1)
    currentRow = new Int32Array(b.length + 1)
  }
  let previous = previousRow
  let current = currentRow
  for (let j = 0; j <= b.length; j++) previous[j] = j
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    const code = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin >= limit) return limit
    const swap = previous
    previous = current
    current = swap
  }
  return previous[b.length]!
}
