import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { TargetSchema } from './target'

const digitalEconomy2025 = {
  id: 'digital_economy_share_grdp_2025',
  indicator: 'digital_economy_share_grdp',
  unit: 'VN',
  comparator: 'gte',
  value: '20',
  by: '2025',
  source: 'Decision 411/QĐ-TTg',
}

describe('TargetSchema', () => {
  it('accepts the national 20% by 2025 target', () => {
    expect(TargetSchema.parse(digitalEconomy2025)).toEqual(digitalEconomy2025)
  })

  it('accepts a strict comparator and a target for every unit of a kind', () => {
    const { unit: _, ...rest } = digitalEconomy2025
    const target = { ...rest, id: 'ecommerce', comparator: 'gt', unitKind: 'province', value: 10 }
    expect(TargetSchema.safeParse(target).success).toBe(true)
  })

  it('accepts between with value ≤ upper', () => {
    const band = { ...digitalEconomy2025, comparator: 'between', value: '95', upper: '100' }
    expect(TargetSchema.safeParse(band).success).toBe(true)
  })

  it('rejects between without upper', () => {
    const band = { ...digitalEconomy2025, comparator: 'between' }
    expect(codesOf(TargetSchema, band)).toEqual(['between_needs_upper@upper'])
  })

  it('rejects between with value above upper, and upper without between', () => {
    const band = { ...digitalEconomy2025, comparator: 'between', value: '100', upper: '95' }
    expect(codesOf(TargetSchema, band)).toEqual(['bounds_order@upper'])
    expect(codesOf(TargetSchema, { ...digitalEconomy2025, upper: '30' })).toEqual([
      'upper_without_between@upper',
    ])
  })

  it('names exactly one of unit and unitKind', () => {
    expect(codesOf(TargetSchema, { ...digitalEconomy2025, unitKind: 'province' })).toEqual([
      'target_scope@unit',
    ])
    const { unit: _, ...neither } = digitalEconomy2025
    expect(codesOf(TargetSchema, neither)).toEqual(['target_scope@unit'])
  })

  it('rejects an unknown comparator, a bad period and a base year not before the target', () => {
    expect(codesOf(TargetSchema, { ...digitalEconomy2025, comparator: '>=' })).toEqual([
      'invalid_value@comparator',
    ])
    expect(codesOf(TargetSchema, { ...digitalEconomy2025, by: '2025-13' })).toEqual([
      'period_month_range@by',
    ])
    expect(codesOf(TargetSchema, { ...digitalEconomy2025, baseYear: '2025' })).toEqual([
      'base_year_order@baseYear',
    ])
    expect(TargetSchema.safeParse({ ...digitalEconomy2025, baseYear: '2020' }).success).toBe(true)
  })

  it('reports a malformed value without throwing', () => {
    const band = { ...digitalEconomy2025, comparator: 'between', value: '20%', upper: '30' }
    expect(() => TargetSchema.safeParse(band)).not.toThrow()
    expect(codesOf(TargetSchema, band)).toEqual(['decimal_syntax@value'])
  })
})
