import type { Observation } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { computeComposite, readCompositeValues } from './composite'
import {
  type CompositeDefinition,
  CompositeDefinitionError,
  type CompositeMissing,
} from './composite-definition'
import { createDataset } from './dataset'

/**
 * A small DTI in the shape of version 2 (Decision 922/QĐ-BTTTT): five foundation indices of
 * 100 points, smart city shown but not scored, and the three activity indices of 200, 150
 * and 150 points; 1,000 points in all. Two or fewer components per index keep it readable.
 */
function dti(missing: CompositeMissing = 'zero'): CompositeDefinition {
  return {
    id: 'dti_v2',
    missing,
    indices: [
      { id: 'awareness', points: 100, components: [{ id: 'a1' }, { id: 'a2' }] },
      { id: 'institutions', points: '100', components: [{ id: 'i1' }, { id: 'i2' }] },
      {
        id: 'infrastructure',
        points: 100,
        components: [{ id: 'f1', weight: 2 }, { id: 'f2' }],
      },
      { id: 'human_resources', points: 100, components: [{ id: 'h1' }] },
      { id: 'cyber_security', points: 100, components: [{ id: 's1' }] },
      { id: 'smart_city', points: 0, components: [{ id: 'c1' }] },
      { id: 'digital_government', points: 200, components: [{ id: 'g1' }, { id: 'g2' }] },
      { id: 'digital_economy', points: 150, components: [{ id: 'e1' }] },
      { id: 'digital_society', points: 150, components: [{ id: 'o1' }] },
    ],
    pillars: [
      {
        id: 'government',
        indices: [
          'awareness',
          'institutions',
          'infrastructure',
          'human_resources',
          'cyber_security',
          'smart_city',
          'digital_government',
        ],
      },
    ],
  }
}

const VALUES: Record<string, string> = {
  a1: '0.6',
  a2: '0.6',
  i1: '0.5',
  i2: '0.5',
  f1: '0.8',
  f2: '0.5',
  h1: '0.4',
  s1: '0.55',
  c1: '0.3',
  g1: '0.7',
  g2: '0.6574',
  e1: '0.6518',
  o1: '0.6045',
}

const without = (...ids: string[]) =>
  Object.fromEntries(Object.entries(VALUES).filter(([id]) => !ids.includes(id)))

describe('computeComposite', () => {
  it('adds the points of the indices and puts the total on the 0–1 scale', () => {
    const result = computeComposite(dti(), VALUES)
    // 60 + 50 + 70 + 40 + 55 + 0.6787 × 200 + 0.6518 × 150 + 0.6045 × 150
    // = 275 + 135.74 + 97.77 + 90.675 = 599.185 of 1000.
    expect(result.status).toBe('computed')
    expect(result.points?.toFixed()).toBe('599.185')
    expect(result.maxPoints.toFixed()).toBe('1000')
    expect(result.score?.toFixed()).toBe('0.599185')
  })

  it('explains where the points came from', () => {
    const result = computeComposite(dti(), VALUES)
    const infrastructure = result.indices.find((index) => index.id === 'infrastructure')
    // (2 × 0.8 + 0.5) / 3 = 0.7: 53⅓ points from f1 and 16⅔ from f2.
    expect(infrastructure?.points?.toFixed()).toBe('70')
    expect(infrastructure?.components.map((c) => c.points?.toDecimalPlaces(6).toFixed())).toEqual([
      '53.333333',
      '16.666667',
    ])
    expect(infrastructure?.components[0]?.share?.times(3).toFixed()).toBe('2')
    const government = result.indices.find((index) => index.id === 'digital_government')
    expect([government?.points?.toFixed(), government?.score?.toFixed()]).toEqual([
      '135.74',
      '0.6787',
    ])
    const smartCity = result.indices.find((index) => index.id === 'smart_city')
    expect([smartCity?.counted, smartCity?.score?.toFixed(), smartCity?.points]).toEqual([
      false,
      '0.3',
      undefined,
    ])
  })

  it('scores a pillar as the points of its indices out of theirs', () => {
    const [pillar] = computeComposite(dti(), VALUES).pillars
    // (275 + 135.74) / (500 + 200); smart city carries no points.
    expect(pillar?.maxPoints.toFixed()).toBe('700')
    expect(pillar?.score?.toFixed()).toBe('0.5867714285714285714285714285714285714286')
  })

  it('scores a missing component 0 under `zero`', () => {
    const result = computeComposite(dti('zero'), without('g2'))
    // Digital government falls to 0.35 × 200 = 70: 599.185 − 135.74 + 70.
    expect(result.score?.toFixed()).toBe('0.533445')
    expect(result.missing).toEqual(['g2'])
    expect(result.indices.find((i) => i.id === 'digital_government')?.components[1]).toMatchObject({
      missing: true,
    })
  })

  it('shares a missing component’s weight under `reweight`, and drops an empty index', () => {
    expect(computeComposite(dti('reweight'), without('g2')).score?.toFixed()).toBe('0.603445')
    const result = computeComposite(dti('reweight'), without('h1'))
    // Human resources leaves the total: 559.185 of 900.
    expect(result.maxPoints.toFixed()).toBe('900')
    expect(result.score?.toFixed()).toBe('0.6213166666666666666666666666666666666667')
  })

  it('refuses a total with missing components under `refuse`, the default', () => {
    const result = computeComposite({ ...dti(), missing: undefined }, without('e1', 'o1'))
    expect(result.status).toBe('refused')
    expect(result.score).toBeUndefined()
    expect(result.reason?.code).toBe('composite_missing')
    expect(result.reason?.message.en).toContain('`e1`, `o1`')
    expect(computeComposite({ ...dti(), missing: undefined }, VALUES).score?.toFixed()).toBe(
      '0.599185',
    )
  })

  it('normalises raw values onto 0–1, and reports clamping', () => {
    const definition: CompositeDefinition = {
      id: 'mini',
      missing: 'refuse',
      indices: [
        {
          id: 'only',
          points: 100,
          components: [
            { id: 'fibre', scale: { min: 0, max: 100 } },
            { id: 'rank', scale: { min: 1, max: 63, direction: 'decrease' } },
            { id: 'score' },
          ],
        },
      ],
    }
    const result = computeComposite(
      definition,
      new Map<string, string | number>([
        ['fibre', '81.7'],
        ['rank', 27],
        ['score', '1.2'],
      ]),
    )
    const [fibre, rank, score] = result.indices[0]!.components
    expect(fibre?.normalised?.toFixed()).toBe('0.817')
    // (63 − 27) / (63 − 1).
    expect(rank?.normalised?.toFixed()).toBe('0.5806451612903225806451612903225806451613')
    expect([score?.normalised?.toFixed(), score?.clamped, score?.raw?.toFixed()]).toEqual([
      '1',
      true,
      '1.2',
    ])
  })

  it('refuses definitions it cannot compute, saying what is wrong', () => {
    const error = (definition: CompositeDefinition) => {
      try {
        computeComposite(definition, {})
      } catch (thrown) {
        return thrown instanceof CompositeDefinitionError ? thrown.code : thrown
      }
      return undefined
    }
    const base = dti()
    expect(error({ ...base, indices: [...base.indices, base.indices[0]!] })).toBe(
      'composite_duplicate_id',
    )
    expect(error({ ...base, pillars: [{ id: 'p', indices: ['nope'] }] })).toBe(
      'composite_unknown_index',
    )
    expect(
      error({
        id: 'x',
        indices: [{ id: 'i', points: 1, components: [{ id: 'c', scale: { min: 1, max: 1 } }] }],
      }),
    ).toBe('composite_scale')
    expect(
      error({ id: 'x', indices: [{ id: 'i', points: 1, components: [{ id: 'c', weight: 0 }] }] }),
    ).toBe('composite_weight')
    expect(error({ id: 'x', indices: [{ id: 'i', points: 0, components: [{ id: 'c' }] }] })).toBe(
      'composite_no_points',
    )
    expect(
      error({ id: 'x', indices: [{ id: 'i', points: 'lots', components: [{ id: 'c' }] }] }),
    ).toBe('composite_number')
    expect(() => computeComposite(dti(), { ...VALUES, a1: 'high' })).toThrow(/a1/)
  })
})

describe('readCompositeValues', () => {
  it('reads component values from a dataset, leaving bounds to the missing strategy', () => {
    const observations: Observation[] = [
      { indicator: 'dti_digital_economy', unit: '58', period: '2022', value: '0.6518' },
      {
        indicator: 'dti_digital_society',
        unit: '58',
        period: '2022',
        value: '0.6',
        qualifier: 'more_than',
      },
    ]
    const { dataset } = createDataset({ observations })
    const definition: CompositeDefinition = {
      id: 'pillars',
      indices: [
        { id: 'economy', points: 1, components: [{ id: 'e', indicator: 'dti_digital_economy' }] },
        { id: 'society', points: 1, components: [{ id: 's', indicator: 'dti_digital_society' }] },
      ],
    }
    const values = readCompositeValues({ dataset, definition, unit: '58', period: '2022' })
    expect([...values].map(([id, v]) => [id, v?.toFixed()])).toEqual([
      ['e', '0.6518'],
      ['s', undefined],
    ])
  })
})
