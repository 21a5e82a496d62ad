import type { Condition, TopLevelCondition } from '@tiendo/schema'
import type { CompiledComparison } from '../compile/compiled'

/**
 * A rule's conditions as the engine runs them: the same tree, each comparison naming its
 * fact by the number of the input it reads (`params: { input: 3 }`), whose value the
 * scope's cache holds with its `path` already applied. The engine then neither hashes
 * parameters nor resolves paths, and a fact several rules compare is computed once.
 * @internal
 */
export function engineConditions(
  conditions: TopLevelCondition,
  comparisons: readonly CompiledComparison[],
): TopLevelCondition {
  let next = 0
  const walk = (node: Condition): Condition => {
    if ('all' in node) return { ...node, all: node.all.map(walk) }
    if ('any' in node) return { ...node, any: node.any.map(walk) }
    if ('not' in node) return { ...node, not: walk(node.not) }
    const comparison = comparisons[next++]!
    // Only what the engine needs: it copies every condition on every run. The explanation
    // takes names and paths from the compiled comparison.
    const { path: _path, name: _name, ...rest } = node
    return {
      ...rest,
      params: { input: comparison.left.index },
      value:
        comparison.right === undefined
          ? node.value
          : { fact: comparison.right.fact, params: { input: comparison.right.index } },
    }
  }
  return walk(conditions as Condition) as TopLevelCondition
}
