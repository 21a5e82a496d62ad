import type { EngineLeaf } from './explain'

/** A condition as json-rules-engine returns it in a rule result. */
export interface ResultNode extends EngineLeaf {
  readonly all?: readonly ResultNode[]
  readonly any?: readonly ResultNode[]
  readonly not?: ResultNode
}

const has = (node: object, key: string) => Object.hasOwn(node, key)

/** The comparisons of a result tree in reading order, as the compiler listed them. @internal */
export function leavesOf(root: ResultNode): EngineLeaf[] {
  const leaves: EngineLeaf[] = []
  const walk = (node: ResultNode) => {
    if (has(node, 'all')) node.all!.forEach(walk)
    else if (has(node, 'any')) node.any!.forEach(walk)
    else if (has(node, 'not')) walk(node.not!)
    else leaves.push(node)
  }
  walk(root)
  return leaves
}

/**
 * The verdict of a result tree in three-valued (Kleene) logic, where a comparison over a
 * missing input is unknown: `all` is false if any part is false, else unknown if any is
 * unknown; `any` is true if any part is true, else unknown if any is; `not` keeps unknown.
 * So a rule passes with missing inputs only if it holds whatever the missing values are.
 * `unknown` comparisons are those `isUnknown` names by reading-order index.
 * @internal
 */
export function verdict(
  root: ResultNode,
  isUnknown: (index: number) => boolean,
): boolean | undefined {
  let index = 0
  const walk = (node: ResultNode): boolean | undefined => {
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
    // Not evaluated (the engine stopped early) is as undecided as missing.
    return isUnknown(leafIndex) || node.result === undefined ? undefined : node.result
  }
  return walk(root)
}
