/**
 * A unit tree cut into parts that can run apart: under the top of the tree (the country),
 * each unit with everything under it and the units it merged with (a province, or the
 * provinces a merger joined), and the top itself. A national run over a store then holds one
 * province at a time.
 */

import type { Unit } from '@tiendo/schema'
import { childrenAtAnyTime } from './unit-scope'
import { type UnitRegistry, unitKey } from './units'

/** A unit tree cut into parts; see {@link unitParts}. */
export interface UnitParts {
  /**
   * The units at the top, by key (the country): under no other unit at any time, with the
   * units they were formed from or became. Their run takes the parts' figures of the units
   * just under them (`unitScope(registry, top, { descendants: false })`).
   */
  readonly top: readonly string[]
  /**
   * The units just under the top at some time, by key: the provinces whose figures the top's
   * run reads from their parts' runs, as a whole run reads a country's children.
   */
  readonly under: readonly string[]
  /**
   * Each part as the keys of the units under the top it holds: `unitScope(registry, part)`
   * is the part, and no two parts share a unit. In the order of their units under the top.
   */
  readonly parts: readonly (readonly string[])[]
}

/**
 * Cuts the tree under its top into parts that share no unit: each unit just under the top,
 * with every unit under it and the units any of those were formed from or became (two
 * provinces a merger joined are one part). `undefined` when the tree does not cut: a unit
 * at the top was formed from or became a unit under it, or nothing lies under the top.
 */
export function unitParts(registry: UnitRegistry): UnitParts | undefined {
  const childrenOf = childrenAtAnyTime(registry)
  const someonesChild = new Set<Unit>()
  for (const children of childrenOf.values()) for (const child of children) someonesChild.add(child)
  const tops = registry.units.filter((unit) => !someonesChild.has(unit))
  const isTop = new Set(tops)

  const owner = new Map<Unit, number>()
  const groups = new UnionFind()
  const seeds: string[][] = []
  for (const top of tops) {
    for (const child of childrenOf.get(top) ?? []) {
      if (owner.has(child)) continue
      const key = unitKey(child)
      const part = groups.add()
      seeds[part] = [key]
      // Grown from every unit its key names, as `unitScope` grows it.
      const queue = named(registry, key)
      while (queue.length > 0) {
        const unit = queue.pop()!
        if (isTop.has(unit)) return undefined
        const other = owner.get(unit)
        if (other !== undefined) {
          groups.join(part, other)
          continue
        }
        owner.set(unit, part)
        queue.push(...(childrenOf.get(unit) ?? []))
        for (const link of registry.predecessors(unit)) queue.push(link.unit)
        for (const link of registry.successors(unit)) queue.push(link.unit)
      }
    }
  }
  if (seeds.length === 0) return undefined
  const top = registry.units.filter((unit) => !owner.has(unit)).map(unitKey)
  // A top's key naming a unit of a part too (a reused code) would run that unit twice.
  if (top.some((key) => named(registry, key).some((unit) => owner.has(unit)))) return undefined

  const byRoot = new Map<number, string[]>()
  seeds.forEach((keys, part) => {
    const root = groups.find(part)
    const list = byRoot.get(root)
    if (list === undefined) byRoot.set(root, [...keys])
    else list.push(...keys)
  })
  const under = tops.flatMap((unit) => (childrenOf.get(unit) ?? []).map(unitKey))
  return { top, under, parts: [...byRoot.values()] }
}

/** The units a key names, as `unitScope` reads a reference. */
function named(registry: UnitRegistry, key: string): Unit[] {
  if (key.includes('@')) {
    const unit = registry.get(key)
    return unit === undefined ? [] : [unit]
  }
  return [...registry.withCode(key)]
}

/** Parts joined when one reaches a unit another holds. */
class UnionFind {
  private readonly parent: number[] = []

  add(): number {
    this.parent.push(this.parent.length)
    return this.parent.length - 1
  }

  find(part: number): number {
    let root = part
    while (this.parent[root] !== root) root = this.parent[root]!
    // Every part on the way points at the root now.
    let at = part
    while (this.parent[at] !== root) {
      const next = this.parent[at]!
      this.parent[at] = root
      at = next
    }
    return root
  }

  join(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}
