import type { TiendoIssue } from '@tiendo/schema'
import { isTiendoIssue, makeIssue } from '../issue'
import { fileWording } from '../messages/file'
import type { ReadStats } from './stats'

/** Issues kept by the `read…File` functions when none is given. */
export const DEFAULT_MAX_ISSUES = 10_000

/** Everything a `read…File` function found. @internal */
export interface Collected<Item> {
  items: Item[]
  issues: TiendoIssue[]
  stats: ReadStats
}

/**
 * Drains a stream into arrays. Past `maxIssues` issues, one `too_many_issues` warning is
 * kept and later issues are only counted (in `stats`), so a file broken on every one of its
 * ten million rows cannot exhaust memory through its issues. @internal
 */
export async function collect<Item extends object>(
  stream: AsyncGenerator<Item | TiendoIssue, ReadStats, undefined>,
  maxIssues: number,
): Promise<Collected<Item>> {
  if (!Number.isSafeInteger(maxIssues) || maxIssues < 0) {
    throw new RangeError(`maxIssues must be a whole number ≥ 0, not ${maxIssues}`)
  }
  const items: Item[] = []
  const issues: TiendoIssue[] = []
  let capped = false
  for (;;) {
    const next = await stream.next()
    if (next.done) {
      if (capped) next.value.warnings++
      return { items, issues, stats: next.value }
    }
    const item = next.value
    if (!isTiendoIssue(item)) {
      items.push(item as Item)
    } else if (issues.length < maxIssues) {
      issues.push(item)
    } else if (!capped) {
      capped = true
      issues.push(
        makeIssue(
          'too_many_issues',
          'warning',
          fileWording.tooManyIssues(maxIssues),
          item.location?.file === undefined ? undefined : { file: item.location.file },
        ),
      )
    }
  }
}
