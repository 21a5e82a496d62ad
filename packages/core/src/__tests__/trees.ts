import type { Unit } from '@tiendo/schema'
import fc from 'fast-check'

/** A random unit tree: node 0 is the root, every other node's parent comes before it. */
export interface Tree {
  readonly parents: readonly number[]
  readonly units: readonly Unit[]
  /** Nodes without children. */
  readonly leaves: readonly number[]
  /** Nodes with children, deepest first (so each can be computed from the ones before). */
  readonly inner: readonly number[]
}

export function buildTree(parentChoices: readonly number[]): Tree {
  // parentChoices[i] picks the parent of node i + 1 among nodes 0..i.
  const parents = [-1, ...parentChoices.map((choice, i) => choice % (i + 1))]
  const units: Unit[] = parents.map((parent, i) => ({
    code: `U${i}`,
    name: { vi: `Đơn vị ${i}` },
    kind: i === 0 ? 'province' : 'commune',
    ...(parent >= 0 ? { parent: `U${parent}` } : {}),
  }))
  const hasChildren = new Set(parents.filter((p) => p >= 0))
  const depth = (i: number): number => (parents[i]! < 0 ? 0 : 1 + depth(parents[i]!))
  const leaves = parents.map((_, i) => i).filter((i) => !hasChildren.has(i))
  const inner = [...hasChildren].sort((a, b) => depth(b) - depth(a))
  return { parents, units, leaves, inner }
}

/** Trees of 2 to 30 units. */
export const treeArbitrary = fc
  .array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 29 })
  .map(buildTree)

/** A decimal with up to 6 fraction digits, as text and as an integer count of millionths. */
export const decimalArbitrary = fc
  .bigInt({ min: -(10n ** 15n), max: 10n ** 15n })
  .map((micros) => ({ micros, text: microsToText(micros) }))

/** Millionths as plain decimal text, computed with integers only (no decimal library). */
export function microsToText(micros: bigint): string {
  const negative = micros < 0n
  const abs = negative ? -micros : micros
  const whole = abs / 1_000_000n
  const fraction = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '')
  return `${negative && abs !== 0n ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`
}
