import type { Observation } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DX_PRODUCTS, FIBRE_RATE } from './__tests__/indicators'
import { decimalArbitrary, microsToText, treeArbitrary } from './__tests__/trees'
import { aggregate } from './aggregate'
import { createDataset } from './dataset'
import { Exact } from './decimal'
import { createUnitRegistry } from './units'

const PERIOD = '2024'

function observation(indicator: string, unit: string, value: string): Observation {
  return { indicator, unit, period: PERIOD, value }
}

describe('sums over the tree (property)', () => {
  it('give the same total whichever level they start from, exactly', () => {
    fc.assert(
      fc.property(
        treeArbitrary.chain((tree) =>
          fc.tuple(
            fc.constant(tree),
            fc.array(decimalArbitrary, {
              minLength: tree.leaves.length,
              maxLength: tree.leaves.length,
            }),
          ),
        ),
        ([tree, values]) => {
          const units = createUnitRegistry(tree.units)
          const leafRows = tree.leaves.map((leaf, i) =>
            observation(DX_PRODUCTS.id, `U${leaf}`, values[i]!.text),
          )
          // The total computed with integers only: no decimal library, no floating point.
          const expected = microsToText(values.reduce((sum, v) => sum + v.micros, 0n))

          const fromLeaves = createDataset({ observations: leafRows, units }).dataset
          const top = aggregate({
            dataset: fromLeaves,
            units,
            indicator: DX_PRODUCTS,
            parent: 'U0',
            period: PERIOD,
          })
          expect(top.value?.toFixed()).toBe(expected)
          expect(top.from).toHaveLength(tree.leaves.length)

          // Start one level up: every inner node reports the sum of its own subtree.
          const innerRows = tree.inner
            .filter((node) => node !== 0)
            .map((node) => {
              const sub = aggregate({
                dataset: fromLeaves,
                units,
                indicator: DX_PRODUCTS,
                parent: `U${node}`,
                period: PERIOD,
              })
              return observation(DX_PRODUCTS.id, `U${node}`, sub.value!.toFixed())
            })
          const fromInner = createDataset({
            observations: [...leafRows, ...innerRows],
            units,
          }).dataset
          const again = aggregate({
            dataset: fromInner,
            units,
            indicator: DX_PRODUCTS,
            parent: 'U0',
            period: PERIOD,
            recurse: false,
          })
          expect(again.value?.toFixed()).toBe(expected)
        },
      ),
      { numRuns: 150 },
    )
  })

  it('add decimal fractions without binary floating-point error', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('0.1', '0.2', '0.3', '0.07'),
        (n, text) => {
          const children = Array.from({ length: n }, (_, i) => ({
            code: `C${i}`,
            name: { vi: `Xã ${i}` },
            kind: 'commune',
            parent: 'P',
          }))
          const units = createUnitRegistry([
            { code: 'P', name: { vi: 'Tỉnh' }, kind: 'province' },
            ...children,
          ])
          const rows = children.map((c) => observation(DX_PRODUCTS.id, c.code, text))
          const { dataset } = createDataset({ observations: rows, units })
          const result = aggregate({
            dataset,
            units,
            indicator: DX_PRODUCTS,
            parent: 'P',
            period: PERIOD,
          })
          // n × 0.1 etc. computed on integers (hundredths).
          const hundredths = BigInt(n) * BigInt(Math.round(Number(text) * 100))
          expect(result.value?.toFixed()).toBe(microsToText(hundredths * 10_000n))
        },
      ),
    )
  })
})

describe('ratio of sums (property)', () => {
  const part = fc.bigInt({ min: 0n, max: 10n ** 12n })

  it('equals the ratio of the summed numerator and denominator', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            part,
            part.map((d) => d + 1n),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        (pairs) => {
          const children = pairs.map((_, i) => ({
            code: `C${i}`,
            name: { vi: `Xã ${i}` },
            kind: 'commune',
            parent: 'P',
          }))
          const units = createUnitRegistry([
            { code: 'P', name: { vi: 'Tỉnh' }, kind: 'province' },
            ...children,
          ])
          const rows = pairs.flatMap(([num, den], i) => [
            observation('fibre_households', `C${i}`, num.toString()),
            observation('households', `C${i}`, den.toString()),
          ])
          const { dataset } = createDataset({ observations: rows, units })
          const result = aggregate({
            dataset,
            units,
            indicator: FIBRE_RATE,
            parent: 'P',
            period: PERIOD,
          })
          const num = pairs.reduce((sum, [n]) => sum + n, 0n)
          const den = pairs.reduce((sum, [, d]) => sum + d, 0n)
          expect(result.numerator?.value?.toFixed()).toBe(num.toString())
          expect(result.denominator?.value?.toFixed()).toBe(den.toString())
          // One correctly rounded division of the exact sums, at 40 significant digits.
          expect(result.value?.toFixed()).toBe(
            new Exact(num.toString()).times(100).div(den.toString()).toFixed(),
          )
          // And it agrees with integer arithmetic to the digits a percent is read to.
          const scaled = (num * 100n * 10n ** 12n) / den
          expect(result.value?.toDecimalPlaces(12, Exact.ROUND_DOWN).toFixed()).toBe(
            new Exact(scaled.toString()).div(10n ** 12n + '').toFixed(),
          )
        },
      ),
      { numRuns: 200 },
    )
  })
})
