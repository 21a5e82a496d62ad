import { describe, expect, it } from 'vitest'
import { indicators, targets, units } from '../__tests__/fixtures'
import { scopeFacts, text } from '../__tests__/scope'
import { createMemoryFactSource } from '../memory-source'
import type { AssessInput, AssessOutput } from './assess'

const source = createMemoryFactSource({
  units,
  observations: [
    { indicator: 'digital_economy_share_grdp', unit: '58', period: '2020', value: '5' },
    { indicator: 'digital_economy_share_grdp', unit: '58', period: '2022', value: '8' },
    { indicator: 'digital_economy_share_grdp', unit: '58', period: '2024', value: '12.5' },
  ],
})

/** An assessment that records what it was asked and answers with fixed figures. */
function fakeAssess(answer: Partial<AssessOutput> = {}) {
  const calls: AssessInput[] = []
  const assess = (input: AssessInput): AssessOutput => {
    calls.push(input)
    return {
      status: 'needs_acceleration',
      baseline: { period: '2020', value: '5' },
      latest: { period: '2024', value: '12.5' },
      cagr: '0.2574',
      requiredCagr: '0.32',
      ratio: '0.8',
      projected: '15.7',
      gap: '7.5',
      currentStatus: '5',
      ...answer,
    }
  }
  return { assess, calls }
}

const pack = { indicators, targets, methodology: 'opensdg' as const }
const params = { indicator: 'digital_economy_share_grdp' }

describe('progress facts', () => {
  it('ask the assessment with the series up to the scope, the direction and the target', () => {
    const { assess, calls } = fakeAssess()
    const facts = scopeFacts(source, '58', '2022', pack, assess)
    expect(facts.fact('status', params)).toBe('needs_acceleration')
    expect(calls).toEqual([
      {
        observations: [
          { period: '2020', value: '5' },
          { period: '2022', value: '8' },
        ],
        direction: 'increase',
        target: {
          id: 'de_share_2025',
          value: '20',
          by: '2025',
          comparator: 'gte',
          baseYear: '2020',
        },
        profile: 'opensdg',
      },
    ])
  })

  it('share one assessment per scope and parameters', () => {
    const { assess, calls } = fakeAssess()
    const facts = scopeFacts(source, '58', '2024', pack, assess)
    expect(text(facts.fact('cagr', params))).toBe('0.2574')
    expect(text(facts.fact('required_cagr', params))).toBe('0.32')
    expect(text(facts.fact('projected', params))).toBe('15.7')
    expect(text(facts.fact('gap', params))).toBe('7.5')
    // ESCAP's current status 5 (out of 10) is half the way: 0.5.
    expect(text(facts.fact('progress', params))).toBe('0.5')
    expect(calls).toHaveLength(1)
    facts.fact('status', { ...params, method: 'linear' })
    expect(calls).toHaveLength(2)
    expect(calls[1]?.method).toBe('linear')
  })

  it('are missing where the assessment has no figure', () => {
    const { assess } = fakeAssess({
      status: 'insufficient_data',
      cagr: null,
      requiredCagr: null,
      projected: null,
      gap: null,
      currentStatus: null,
      reason: 'fewer than two observations',
    })
    const facts = scopeFacts(source, '58', '2024', pack, assess)
    for (const name of ['cagr', 'required_cagr', 'projected', 'gap', 'progress']) {
      expect(facts.fact(name, params), name).toBeUndefined()
    }
    expect(facts.fact('status', params)).toBe('insufficient_data')
    expect(facts.fact('assessment', params)).toMatchObject({
      status: 'insufficient_data',
      target: 'de_share_2025',
      reason: 'fewer than two observations',
      baseline: { period: '2020', value: '5' },
    })
  })

  it('turn an assessment that refuses its input into insufficient data, with the reason', () => {
    const refusing = () => {
      const error = new Error('target[0]: `lte` goes against direction `increase`')
      error.name = 'AssessmentInputError'
      throw error
    }
    const facts = scopeFacts(source, '58', '2024', pack, refusing)
    expect(facts.fact('status', params)).toBe('insufficient_data')
    expect(facts.fact('assessment', params)).toMatchObject({
      reason: 'target[0]: `lte` goes against direction `increase`',
    })
    expect(facts.fact('cagr', params)).toBeUndefined()
    const broken = scopeFacts(source, '58', '2024', pack, () => {
      throw new TypeError('a bug')
    })
    expect(() => broken.fact('status', params)).toThrow('Fact `assessment`')
  })

  it('assess against the target named, without one when none applies', () => {
    const { assess, calls } = fakeAssess()
    scopeFacts(source, '58', '2024', pack, assess).fact('status', {
      ...params,
      target: 'de_share_2030',
    })
    expect(calls[0]?.target).toEqual({
      id: 'de_share_2030',
      value: '30',
      by: '2030',
      comparator: 'gte',
    })
    scopeFacts(source, '58.001', '2024', pack, assess).fact('status', params)
    expect(calls[1]?.target).toBeUndefined()
  })
})
