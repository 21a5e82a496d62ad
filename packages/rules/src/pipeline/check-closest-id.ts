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

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      current.push(value)
      if (value < rowMin) rowMin = value
    }
    if (rowMin >= limit) return limit
    previous = current
  }
  return previous[b.length]!
}
