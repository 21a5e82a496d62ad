import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { SuccessorSchema, UnitSchema } from './unit'

const ninhThuan = {
  code: '58',
  name: { vi: 'Tỉnh Ninh Thuận', en: 'Ninh Thuận province' },
  kind: 'province',
  parent: 'VN',
  validTo: '2025-06-30',
  successors: [{ unit: '56@2025-07-01', legalBasis: 'Resolution 202/2025/QH15' }],
}

describe('UnitSchema', () => {
  it('accepts Ninh Thuận, which ceased on 30 June 2025 into the new Khánh Hòa', () => {
    expect(UnitSchema.parse(ninhThuan)).toEqual(ninhThuan)
  })

  it('accepts a unit valid for one day', () => {
    const unit = { ...ninhThuan, validFrom: '2025-06-30', validTo: '2025-06-30' }
    expect(UnitSchema.safeParse(unit).success).toBe(true)
  })

  it('rejects validTo before validFrom', () => {
    const unit = { ...ninhThuan, validFrom: '2025-07-01', validTo: '2025-06-30' }
    expect(codesOf(UnitSchema, unit)).toEqual(['validity_order@validTo'])
  })

  it('reports an impossible date alone, without a spurious order issue', () => {
    const unit = { ...ninhThuan, validFrom: '2025-07-01', validTo: '2025-02-30' }
    expect(codesOf(UnitSchema, unit)).toEqual(['invalid_format@validTo'])
  })

  it('refuses a __proto__ attribute and a reserved code', () => {
    const attributes = JSON.parse('{"__proto__": {"polluted": true}}')
    expect(codesOf(UnitSchema, { ...ninhThuan, attributes })).toEqual([
      'key_reserved@attributes.__proto__',
    ])
    expect(codesOf(UnitSchema, { ...ninhThuan, code: 'constructor' })).toEqual(['id_reserved@code'])
  })

  it('rejects successors whose shares add up to more than the whole', () => {
    const unit = {
      ...ninhThuan,
      successors: [
        { unit: 'A', share: '0.6' },
        { unit: 'B', share: '0.5' },
      ],
    }
    expect(codesOf(UnitSchema, unit)).toEqual(['share_sum@successors'])
    const split = {
      ...unit,
      successors: [
        { unit: 'A', share: '0.6' },
        { unit: 'B', share: 0.4 },
      ],
    }
    expect(UnitSchema.safeParse(split).success).toBe(true)
  })
})

describe('SuccessorSchema', () => {
  it('accepts a whole successor and a partial one', () => {
    expect(SuccessorSchema.safeParse({ unit: '56@2025-07-01' }).success).toBe(true)
    expect(SuccessorSchema.safeParse({ unit: '22750', share: '0.25' }).success).toBe(true)
    expect(SuccessorSchema.safeParse({ unit: '22750', share: 1 }).success).toBe(true)
  })

  it.each([['0'], [0], ['1.01'], [2], ['-0.5']])('rejects the share %s', (share) => {
    expect(codesOf(SuccessorSchema, { unit: 'A', share })).toEqual(['share_range@share'])
  })

  it('reports a malformed share without throwing', () => {
    expect(codesOf(SuccessorSchema, { unit: 'A', share: '40%' })).toEqual(['decimal_syntax@share'])
  })
})
