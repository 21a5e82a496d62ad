import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, DIGITAL_ECONOMY_TARGETS } from './__tests__/fixtures'
import { assessProgress } from './assess'
import { decimalsToStrings, serializeAssessment } from './serialize'

describe('serializeAssessment', () => {
  it('writes every decimal as a plain string and keeps the rest', () => {
    const result = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      targets: DIGITAL_ECONOMY_TARGETS,
    })
    const json = serializeAssessment(result)
    expect(json.status).toBe('limited_progress')
    expect(json.latest).toEqual({ period: '2025', value: '14.02' })
    expect(json.gap).toBe('15.98')
    expect(typeof json.cagr).toBe('string')
    expect(json.targets[0]).toEqual({
      value: '20',
      by: '2025',
      comparator: 'gte',
      outcome: 'missed',
    })
    const round = JSON.parse(JSON.stringify(json))
    expect(round).toEqual(json)
    expect(JSON.stringify(json)).not.toMatch(/e[-+]\d/)
  })

  it('never uses exponent notation', () => {
    expect(decimalsToStrings({ tiny: new Decimal('1e-30'), big: new Decimal('1e25') })).toEqual({
      tiny: '0.000000000000000000000000000001',
      big: '10000000000000000000000000',
    })
  })

  it('leaves absent fields out and keeps nulls', () => {
    const result = assessProgress({ observations: [], direction: 'increase' })
    const json = serializeAssessment(result)
    expect(json.refused).toBeUndefined()
    expect('refused' in json).toBe(false)
    expect(json.cagr).toBeNull()
    expect(json.reason).toMatch(/no observations/)
  })
})
