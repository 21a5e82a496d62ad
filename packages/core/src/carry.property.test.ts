import type { Observation, Unit } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DX_PRODUCTS, FIBRE_RATE, INDICATORS } from './__tests__/indicators'
import { decimalArbitrary, microsToText } from './__tests__/trees'
import { aggregate } from './aggregate'
import { carryOnto } from './carry'
import { createDataset } from './dataset'
import { Exact } from './decimal'
import { createUnitRegistry } from './units'

const DAY = '2025-07-01'

/** How an old commune goes: whole into one new commune, or split between two at `percent`%. */
const fateArbitrary = (newCount: number) =>
  fc.oneof(
    fc.record({ into: fc.nat({ max: newCount - 1 }) }),
    fc.record({
      into: fc.nat({ max: newCount - 1 }),
      also: fc.nat({ max: newCount - 1 }),
      percent: fc.integer({ min: 1, max: 99 }),
    }),
  )

type Fate = { into: number; also?: number; percent?: number }

function reorganisation(fates: readonly Fate[], newCount: number): Unit[] {
  const province: Unit = { code: 'P', name: { vi: 'Tỉnh' }, kind: 'province' }
  const news: Unit[] = Array.from({ length: newCount }, (_, i) => ({
    code: `N${i}`,
    name: { vi: `Xã mới ${i}` },
    kind: 'commune',
    parent: 'P',
    validFrom: DAY,
  }))
  const olds: Unit[] = fates.map((fate, i) => {
    const split = fate.also !== undefined && fate.also !== fate.into && fate.percent !== undefined
    return {
      code: `O${i}`,
      name: { vi: `Xã cũ ${i}` },
      kind: 'commune',
      parent: 'P',
      validTo: '2025-06-30',
      successors: split
        ? [
            { unit: `N${fate.into}@${DAY}`, share: `0.${String(fate.percent).padStart(2, '0')}` },
            {
              unit: `N${fate.also}@${DAY}`,
              share: `0.${String(100 - fate.percent!).padStart(2, '0')}`,
            },
          ]
        : [{ unit: `N${fate.into}@${DAY}` }],
    }
  })
  return [province, ...news, ...olds]
}

const scenario = fc.integer({ min: 1, max: 5 }).chain((newCount) =>
  fc.tuple(
    fc.constant(newCount),
    fc.array(fc.tuple(fateArbitrary(newCount), decimalArbitrary), {
      minLength: 1,
      maxLength: 15,
    }),
  ),
)

describe('carrying across a merger (property)', () => {
  it('preserves the total of a count, whole and split communes alike', () => {
    fc.assert(
      fc.property(scenario, ([newCount, communes]) => {
        const units = createUnitRegistry(
          reorganisation(
            communes.map(([fate]) => fate),
            newCount,
          ),
        )
        expect(units.issues).toEqual([])
        const observations: Observation[] = communes.map(([, value], i) => ({
          indicator: DX_PRODUCTS.id,
          unit: `O${i}`,
          period: '2024',
          value: value.text,
        }))
        const { dataset } = createDataset({ observations, units })
        const result = carryOnto({ dataset, units, indicators: INDICATORS, date: DAY })
        expect(result.refused).toEqual([])
        // The total computed on integers (millionths), without any decimal library.
        const expected = microsToText(communes.reduce((sum, [, v]) => sum + v.micros, 0n))
        const carried = result.carried.reduce((sum, c) => sum.plus(c.value!), new Exact(0))
        expect(carried.toFixed()).toBe(expected)
        // And the province, aggregated over its new communes, has the same total.
        const province = aggregate({
          dataset: result.dataset,
          units,
          indicator: DX_PRODUCTS,
          parent: 'P',
          period: '2024',
          date: DAY,
          missing: 'skip_if_all_missing',
        })
        expect(province.value?.toFixed()).toBe(expected)
      }),
      { numRuns: 150 },
    )
  })

  it('recomputes a merged ratio as the ratio of the summed parts', () => {
    const part = fc.bigInt({ min: 0n, max: 10n ** 9n })
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            part,
            part.map((d) => d + 1n),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        (pairs) => {
          const fates = pairs.map(() => ({ into: 0 }))
          const units = createUnitRegistry(reorganisation(fates, 1))
          const observations: Observation[] = pairs.flatMap(([num, den], i) => [
            { indicator: 'fibre_households', unit: `O${i}`, period: '2024', value: `${num}` },
            { indicator: 'households', unit: `O${i}`, period: '2024', value: `${den}` },
          ])
          const { dataset } = createDataset({ observations, units })
          const result = carryOnto({ dataset, units, indicators: INDICATORS, date: DAY })
          const rate = result.carried.find((c) => c.indicator === FIBRE_RATE.id)
          const num = pairs.reduce((sum, [n]) => sum + n, 0n)
          const den = pairs.reduce((sum, [, d]) => sum + d, 0n)
          expect(rate?.numerator?.value?.toFixed()).toBe(`${num}`)
          expect(rate?.denominator?.value?.toFixed()).toBe(`${den}`)
          expect(rate?.value?.toFixed()).toBe(
            new Exact(`${num}`).times(100).div(`${den}`).toFixed(),
          )
        },
      ),
    )
  })
})
