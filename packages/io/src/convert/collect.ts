import type { TiendoIssue } from '@tiendo/schema'
import { isTiendoIssue } from '../issue'
import { IssueCap } from './issue-cap'
import type { ReadStats } from './stats'

export { DEFAULT_MAX_ISSUES } from './issue-cap'

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
  const issues = new IssueCap(maxIssues)
  const items: Item[] = []
  for (;;) {
    const next = await stream.next()
    if (next.done) {
      if (issues.capped) next.value.warnings++
      return { items, issues: issues.kept, stats: next.value }
    }
    const item = next.value
    if (isTiendoIssue(item)) issues.add(item)
    else items.push(item as Item)
  }
}
