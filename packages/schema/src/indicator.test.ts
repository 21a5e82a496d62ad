import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { BoundsSchema, IndicatorSchema } from './indicator'

const fibre = {
  id: 'household_fibre_rate',
  name: {
    vi: 'Tỷ lệ hộ gia đình có cáp quang băng rộng cố định',
    en: 'Households with fixed fibre broadband',
  },
  unit: 'percent',
  direction: 'increase',
  bounds: { min: '0', max: '100' },
  aggregation: { method: 'ratio_of_sums' },
}

describe('IndicatorSchema', () => {
  it('accepts an indicator of the catalogue', () => {
    expect(IndicatorSchema.parse(fibre)).toEqual(fibre)
  })

  it('accepts a weighted mean, a ratio derivation and a record count', () => {
    const share = {
      ...fibre,
      id: 'digital_economy_share_grdp',
      aggregation: { method: 'weighted_mean', weight: 'grdp' },
      derivation: {
        kind: 'ratio',
        numerator: 'digital_economy_value',
        denominator: 'grdp',
        factor: 100,
      },
    }
    expect(IndicatorSchema.safeParse(share).success).toBe(true)
    const products = {
      ...fibre,
      id: 'dx_products_completed',
      unit: 'count',
      bounds: { min: 0 },
      aggregation: { method: 'sum' },
      derivation: { kind: 'record_count', record: 'dx_product' },
    }
    expect(IndicatorSchema.safeParse(products).success).toBe(true)
  })

  it('takes a natural limit and a Goldilocks transform, checked where they are written', () => {
    expect(IndicatorSchema.safeParse({ ...fibre, limit: '100' }).success).toBe(true)
    const parity = {
      ...fibre,
      id: 'gender_parity_index',
      unit: 'ratio',
      direction: 'target_band',
      bounds: { min: 0 },
      goldilocks: { kind: 'parity', band: ['0.97', '1.03'] },
    }
    expect(IndicatorSchema.parse(parity).goldilocks).toEqual(parity.goldilocks)
    const women = { ...parity, goldilocks: { kind: 'share', ideal: '50' } }
    expect(IndicatorSchema.safeParse(women).success).toBe(true)
    expect(codesOf(IndicatorSchema, { ...parity, direction: 'increase' })).toEqual([
      'goldilocks_direction@direction',
    ])
    expect(
      codesOf(IndicatorSchema, {
        ...parity,
        goldilocks: { kind: 'parity', band: ['1.01', '1.03'] },
      }),
    ).toEqual(['parity_band@goldilocks.band'])
    expect(codesOf(IndicatorSchema, { ...parity, goldilocks: { kind: 'share' } })).toEqual([
      'invalid_union@goldilocks.ideal',
    ])
  })

  it('requires a direction: it is never defaulted', () => {
    const { direction: _, ...withoutDirection } = fibre
    expect(codesOf(IndicatorSchema, withoutDirection)).toEqual(['invalid_value@direction'])
  })

  it('requires the weight of a weighted mean', () => {
    const input = { ...fibre, aggregation: { method: 'weighted_mean' } }
    expect(codesOf(IndicatorSchema, input)).toEqual(['invalid_type@aggregation.weight'])
  })

  it('rejects an unknown aggregation method', () => {
    const input = { ...fibre, aggregation: { method: 'average' } }
    expect(codesOf(IndicatorSchema, input)).toEqual(['invalid_union@aggregation.method'])
  })

  it('rejects unknown keys (a misspelt field is not silently ignored)', () => {
    expect(codesOf(IndicatorSchema, { ...fibre, dirction: 'increase' })).toEqual([
      'unrecognized_keys@',
    ])
  })

  it('needs both names', () => {
    expect(codesOf(IndicatorSchema, { ...fibre, name: { vi: 'Tỷ lệ' } })).toEqual([
      'invalid_type@name.en',
    ])
  })
})

describe('BoundsSchema', () => {
  it('accepts min ≤ max, equal bounds and a single bound', () => {
    expect(BoundsSchema.safeParse({ min: '0', max: '100' }).success).toBe(true)
    expect(BoundsSchema.safeParse({ min: 1, max: '1' }).success).toBe(true)
    expect(BoundsSchema.safeParse({ min: '0' }).success).toBe(true)
  })

  it('rejects min > max, compared as decimals rather than as text', () => {
    expect(codesOf(BoundsSchema, { min: '100', max: '0' })).toEqual(['bounds_order@max'])
    // As text "9" > "10"; as numbers it is not: this must pass.
    expect(BoundsSchema.safeParse({ min: '9', max: '10' }).success).toBe(true)
    expect(codesOf(BoundsSchema, { min: '0.30000000000000001', max: 0.3 })).toEqual([
      'bounds_order@max',
    ])
  })

  it('reports a malformed bound without throwing', () => {
    expect(() => BoundsSchema.safeParse({ min: 'abc', max: '1' })).not.toThrow()
    expect(codesOf(BoundsSchema, { min: 'abc', max: '1' })).toEqual(['decimal_syntax@min'])
  })
})
