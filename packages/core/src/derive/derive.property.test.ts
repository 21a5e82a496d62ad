import type { Indicator, MissingValueStrategy } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalArbitrary, treeArbitrary } from '../__tests__/trees'
import { aggregate } from '../aggregate'
import { createDataset } from '../dataset'
import { createUnitRegistry } from '../units'
import { deriveFigures } from './derive'

const METHODS = ['sum', 'mean', 'min', 'max'] as const
const STRATEGIES: MissingValueStrategy[] = [
  'skip_if_any_missing',
  'skip_if_all_missing',
  'never_skip',
]

describe('deriveFigures and aggregate (property)', () => {
  it('give every inner unit of a tree the same figure, or both none', () => {
    fc.assert(
      fc.property(
        treeArbitrary.chain((tree) =>
          fc.tuple(
            fc.constant(tree),
            fc.array(fc.option(decimalArbitrary, { freq: 4 }), {
              minLength: tree.leaves.length,
              maxLength: tree.leaves.length,
            }),
            fc.constantFrom(...METHODS),
            fc.constantFrom(...STRATEGIES),
          ),
        ),
        ([tree, values, method, missing]) => {
          const indicator: Indicator = {
            id: 'figure',
            name: { vi: 'Số liệu', en: 'Figure' },
            unit: 'count',
            direction: 'increase',
            aggregation: { method, missing },
          }
          const units = createUnitRegistry(tree.units)
          const observations = tree.leaves.flatMap((leaf, i) => {
            const value = values[i]
            return value === null || value === undefined
              ? []
              : [{ indicator: 'figure', unit: `U${leaf}`, period: '2024', value: value.text }]
          })
          const { dataset } = createDataset({ observations, units })
          const derived = deriveFigures({ dataset, indicators: [indicator] })
          // Derivation visits the ancestors of units that reported, never a silent subtree
          // (where `never_skip` would make a sum of nothing 0).
          const visited = new Set<number>()
          tree.leaves.forEach((leaf, i) => {
            if (values[i] === null || values[i] === undefined) return
            for (let node = tree.parents[leaf]!; node >= 0; node = tree.parents[node]!) {
              visited.add(node)
            }
          })
          for (const node of tree.inner) {
            const expected = aggregate({
              dataset,
              units,
              indicator,
              parent: `U${node}`,
              period: '2024',
              missing,
            })
            const got = derived.dataset.getByKey('figure', `U${node}`, '2024')
            if (expected.status === 'computed' && visited.has(node)) {
              expect(got?.value?.toFixed()).toBe(expected.value?.toFixed())
              expect(got?.qualifier).toBe(expected.figure?.qualifier)
            } else {
              expect(got).toBeUndefined()
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
