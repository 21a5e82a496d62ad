import type { LeafResults } from '../fast/compile-conditions'

/** What json-rules-engine writes onto one comparison of a rule result. */
interface EngineLeaf {
  readonly factResult?: unknown
  readonly valueResult?: unknown
  readonly result?: unknown
}

/** A condition tree: a rule's own conditions, or one as json-rules-engine returns it. */
export interface ConditionNode extends EngineLeaf {
  readonly all?: readonly ConditionNode[]
  readonly any?: readonly ConditionNode[]
  readonly not?: ConditionNode
}

const has = (node: object, key: string) => Object.hasOwn(node, key)

/**
 * What json-rules-engine wrote onto the comparisons of a result tree, in reading order (as
 * the compiler listed them).
 * @internal
 */
export function leavesOf(root: ConditionNode): LeafResults {
  const leaves: LeafResults = { actual: [], expected: [], result: [] }
  const walk = (node: ConditionNode) => {
    if (has(node, 'all')) node.all!.forEach(walk)
    else if (has(node, 'any')) node.any!.forEach(walk)
    else if (has(node, 'not')) walk(node.not!)
    else {
      leaves.actual.push(node.factResult)
      leaves.expected.push(node.valueResult)
      leaves.result.push(node.result)
    }
  }
  walk(root)
  return leaves
}

/**
 * The verdict of a rule's conditions in three-valued (Kleene) logic, where a comparison over
 * a missing input is unknown: `all` is false if any part is false, else unknown if any is
 * unknown; `any` is true if any part is true, else unknown if any is; `not` keeps unknown.
 * So a rule passes with missing inputs only if it holds whatever the missing values are.
 * `results` are the comparisons' verdicts in reading order (`undefined`: not evaluated);
 * `unknown` comparisons are those `isUnknown` names by reading-order index.
 * @internal
 */
export function verdict(
  root: ConditionNode,
  results: readonly unknown[],
  isUnknown: (index: number) => boolean,
): boolean | undefined {
  let index = 0
  const walk = (node: ConditionNode): boolean | undefined => {
    if (has(node, 'all') || has(node, 'any')) {
      const all = has(node, 'all')
      // Every part is walked, so leaf indices stay aligned with the compiled comparisons.
      const parts = (all ? node.all! : node.any!).map(walk)
      // json-rules-engine holds an empty `all` and an empty `any` both true.
      if (parts.length === 0) return true
      const decisive = !all
      if (parts.includes(decisive)) return decisive
      return parts.includes(undefined) ? undefined : !decisive
    }
    if (has(node, 'not')) {
      const inner = walk(node.not!)
      return inner === undefined ? undefined : !inner
    }
    const leafIndex = index++
    const result = results[leafIndex]
    // Not evaluated (the engine stopped early) is as undecided as missing.
    return isUnknown(leafIndex) || result === undefined ? undefined : (result as boolean)
  }
  return walk(root)
}
