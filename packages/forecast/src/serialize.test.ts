import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, DIGITAL_ECONOMY_TARGETS } from './__tests__/fixtures'
import { assessProgress } from './assess'
import { decimalsToStrings, deserializeAssessment, serializeAssessment } from './serialize'
import type { AssessProgressInput } from './types'

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

  it('keeps a key named `__proto__` as a key, as JSON.stringify writes it', () => {
    // Found by the property test of `jsonTextOf`: the key was dropped, or became the prototype.
    const parsed = JSON.parse('{"__proto__":{"x":"1"},"a":0,"b":{"__proto__":0}}')
    const out = decimalsToStrings({ at: new Decimal('1.50'), nested: parsed })
    expect(JSON.stringify(out)).toBe(
      '{"at":"1.5","nested":{"__proto__":{"x":"1"},"a":0,"b":{"__proto__":0}}}',
    )
    expect(Object.getPrototypeOf(out.nested)).toBe(Object.prototype)
    expect(Object.hasOwn(out.nested, '__proto__')).toBe(true)
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

describe('deserializeAssessment', () => {
  const cases = {
    growth: {
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      targets: DIGITAL_ECONOMY_TARGETS,
    },
    linear: {
      observations: [
        { period: '2019', value: '40.5' },
        { period: '2020', value: '44', qualifier: 'more_than' },
        { period: '2021', value: '49.25' },
        { period: '2022', low: '50', high: '56', qualifier: 'range', value: '53' },
      ],
      direction: 'increase',
      method: 'linear',
      target: { value: '80', by: '2030' },
    },
    logit: {
      observations: [
        { period: '2020', value: '61' },
        { period: '2021', value: '70' },
        { period: '2022', value: '74.5' },
      ],
      direction: 'increase',
      method: 'logit',
      target: { value: '90', by: '2025', comparator: 'gt' },
    },
    trend: { observations: DIGITAL_ECONOMY, direction: 'decrease' },
    refused: {
      observations: [
        { period: '2020', value: '0' },
        { period: '2024', value: '3' },
      ],
      direction: 'increase',
      target: { value: '9', by: '2030' },
    },
    opensdg: {
      observations: [
        { period: '2015', value: '90' },
        { period: '2021', value: '93.2' },
      ],
      direction: 'increase',
      profile: 'opensdg',
      limit: '100',
    },
    eurostat: {
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      targets: DIGITAL_ECONOMY_TARGETS,
      profile: 'eurostat',
    },
  } as const satisfies Record<string, AssessProgressInput>

  for (const [name, input] of Object.entries(cases)) {
    it(`gives back the assessment (${name}): the same JSON, decimals as Decimals`, () => {
      const original = assessProgress(input)
      const json = serializeAssessment(original)
      const back = deserializeAssessment(JSON.parse(JSON.stringify(json)))
      expect(JSON.stringify(serializeAssessment(back))).toBe(JSON.stringify(json))
      // Serialized anew, not from the JSON it was read from: the same text.
      expect(JSON.stringify(decimalsToStrings(back))).toBe(JSON.stringify(json))
      for (const key of ['gap', 'cagr', 'ratio', 'projected', 'growth', 'yearsElapsed'] as const) {
        const value = original[key]
        if (value === null) expect(back[key]).toBeNull()
        else expect(back[key] instanceof Decimal && back[key].eq(value)).toBe(true)
      }
      expect(back.latest?.value?.eq(original.latest!.value!)).toBe(true)
      if (original.interval) expect(back.interval?.low.eq(original.interval.low)).toBe(true)
      if (original.trend) expect(back.trend?.slope.eq(original.trend.slope)).toBe(true)
      const score = original.profileVerdict?.score
      if (score) expect(back.profileVerdict?.score?.eq(score)).toBe(true)
    })
  }

  it('reads JSON written before profileVerdict and horizons existed', () => {
    const json = serializeAssessment(assessProgress(cases.growth)) as Record<string, unknown>
    delete json.profileVerdict
    delete json.horizons
    const back = deserializeAssessment(json as ReturnType<typeof serializeAssessment>)
    expect(back.profileVerdict).toBeNull()
    expect(back.horizons).toBeNull()
    // Written again, it has the fields it gained.
    const again = serializeAssessment(back)
    expect(again.profileVerdict).toBeNull()
    expect(again.horizons).toBeNull()
  })

  it('covers every kind of figure among its cases', () => {
    const all = Object.values(cases).map((input) => assessProgress(input))
    expect(all.some((a) => a.interval !== null)).toBe(true)
    expect(all.some((a) => a.trend !== null)).toBe(true)
    expect(all.some((a) => a.latest?.qualifier === 'range')).toBe(true)
    expect(all.some((a) => a.growth !== null)).toBe(true)
    expect(all.some((a) => a.refused !== undefined)).toBe(true)
    expect(all.some((a) => a.profileVerdict?.score)).toBe(true)
    expect(all.some((a) => a.horizons !== null)).toBe(true)
  })
})
