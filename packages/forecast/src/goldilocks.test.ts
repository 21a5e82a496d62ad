import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { series } from './__tests__/fixtures'
import { assessProgress } from './assess'
import { AssessmentInputError } from './errors'

describe('Goldilocks indicators', () => {
  it('turn a parity index into max(y, 1/y), inside 0.97–1.03 (bounds included) into 1', () => {
    const a = assessProgress({
      observations: series(['2015', '0.94'], ['2016', '1.03'], ['2017', '0.97'], ['2020', '1.05']),
      direction: 'decrease',
      target: { value: '0.98', by: '2030' },
      goldilocks: { kind: 'parity' },
    })
    expect(a.baseline?.value?.toFixed(12)).toBe(new Decimal(1).div('0.94').toFixed(12))
    expect(a.latest?.value?.toFixed()).toBe('1.05')
    // a target inside the band is parity itself
    expect(a.target?.value.toFixed()).toBe('1')
    const inside = assessProgress({
      observations: series(['2015', '0.94'], ['2020', '0.97']),
      direction: 'decrease',
      target: { value: 1, by: '2030' },
      goldilocks: { kind: 'parity' },
    })
    expect(inside.status).toBe('achieved')
    const outside = assessProgress({
      observations: series(['2015', '0.94'], ['2020', '0.969']),
      direction: 'decrease',
      target: { value: 1, by: '2030' },
      goldilocks: { kind: 'parity', band: ['0.97', '1.03'] },
    })
    expect(outside.latest?.value?.toFixed(12)).toBe(new Decimal(1).div('0.969').toFixed(12))
  })

  it('reflect a share below its ideal above it: ideal + |y − ideal|', () => {
    const a = assessProgress({
      observations: series(['2015', '34.8'], ['2025', '58']),
      direction: 'decrease',
      goldilocks: { kind: 'share', ideal: 50 },
    })
    expect(a.baseline?.value?.toFixed()).toBe('65.2')
    expect(a.latest?.value?.toFixed()).toBe('58')
    expect(a.status).toBe('improving')
  })

  it('need the direction decrease, and refuse bounds, ranges and non-positive parity with the reason', () => {
    expect(() =>
      assessProgress({
        observations: series(['2015', '1']),
        direction: 'increase',
        goldilocks: { kind: 'parity' },
      }),
    ).toThrow(AssessmentInputError)
    expect(() =>
      assessProgress({
        observations: series(['2015', '1']),
        direction: 'decrease',
        goldilocks: { kind: 'parity', band: ['1.1', '1.2'] },
      }),
    ).toThrow(AssessmentInputError)
    const bound = assessProgress({
      observations: [
        { period: '2015', value: '0.9' },
        { period: '2020', value: '0.95', qualifier: 'more_than' },
      ],
      direction: 'decrease',
      goldilocks: { kind: 'parity' },
    })
    expect(bound.status).toBe('insufficient_data')
    expect(bound.explanation?.code).toBe('goldilocks_qualified')
    const zero = assessProgress({
      observations: series(['2015', '0'], ['2020', '1']),
      direction: 'decrease',
      goldilocks: { kind: 'parity' },
    })
    expect(zero.explanation?.code).toBe('goldilocks_parity_nonpositive')
    expect(zero.explanation?.message.vi).toContain('2015')
  })
})
