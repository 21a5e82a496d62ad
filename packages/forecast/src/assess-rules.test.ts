import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, series } from './__tests__/fixtures'
import { type AssessProgressExtras, assessProgress } from './assess'
import { AssessmentInputError } from './errors'
import type { AssessProgressInput, ObservationInput } from './types'

function inputError(run: () => unknown): AssessmentInputError {
  try {
    run()
  } catch (error) {
    if (error instanceof AssessmentInputError) return error
    throw error
  }
  throw new Error('expected an AssessmentInputError')
}

describe('insufficient data', () => {
  const base: Omit<AssessProgressInput, 'observations'> = {
    direction: 'increase',
    target: { value: 50, by: '2030' },
  }

  it('with no observations', () => {
    const result = assessProgress({ ...base, observations: [] })
    expect(result.status).toBe('insufficient_data')
    expect(result.explanation?.code).toBe('no_observations')
    expect(result.reason).toMatch(/no observations/)
  })

  it('with a single observation', () => {
    const result = assessProgress({ ...base, observations: series(['2024', 10]) })
    expect(result.status).toBe('insufficient_data')
    expect(result.explanation?.code).toBe('single_observation')
    expect(result.reason).toMatch(/only one observation/)
    expect(result.latest?.period).toBe('2024')
  })

  it('without a target too', () => {
    const result = assessProgress({ direction: 'increase', observations: series(['2024', 10]) })
    expect(result.status).toBe('insufficient_data')
    expect(result.reason).toBeDefined()
  })

  it('when the base year leaves only the latest observation as baseline', () => {
    const result = assessProgress({ ...base, observations: DIGITAL_ECONOMY, baseYear: '2025' })
    expect(result.status).toBe('insufficient_data')
    expect(result.explanation?.code).toBe('baseline_is_latest')
  })

  it('when nothing lies on or after the base year', () => {
    const result = assessProgress({ ...base, observations: DIGITAL_ECONOMY, baseYear: '2026' })
    expect(result.explanation?.code).toBe('no_data_since_base_year')
  })

  it('but never when the target is met: a met target needs no baseline', () => {
    const result = assessProgress({
      observations: series(['2023', 40], ['2024', 60]),
      direction: 'increase',
      target: { value: 50, by: '2030' },
      baseYear: '2026',
    })
    expect(result.status).toBe('achieved')
    expect(result.baseline).toBeNull()
  })

  it('when baseline and latest are less than a year apart', () => {
    const result = assessProgress({
      ...base,
      observations: series(['2024-H1', 10], ['2024-H2', 12]),
    })
    expect(result.status).toBe('insufficient_data')
    expect(result.explanation?.code).toBe('less_than_a_year')
    expect(result.reason).toMatch(/0\.5 years/)
  })

  it('in Vietnamese when asked', () => {
    const result = assessProgress({ ...base, observations: series(['2024', 10]), lang: 'vi' })
    expect(result.reason).toMatch(/Chỉ có một số liệu/)
    expect(result.explanation?.message.en).toMatch(/only one observation/)
  })
})

describe('the baseline rule', () => {
  it('takes the earliest observation on or after the base year', () => {
    const result = assessProgress({
      observations: series(['2014', 5], ['2016', 8], ['2019', 10]),
      direction: 'increase',
      baseYear: '2015',
    })
    expect(result.baseline).toEqual(expect.objectContaining({ period: '2016' }))
    expect(result.yearsElapsed?.toFixed()).toBe('3')
  })

  it('counts a half year inside the base year as on or after it', () => {
    const result = assessProgress({
      observations: series(['2014', 5], ['2015-H2', 8], ['2019', 10]),
      direction: 'increase',
      baseYear: '2015',
    })
    expect(result.baseline?.period).toBe('2015-H2')
  })
})

describe('the series as given', () => {
  it('may come in any order', () => {
    const shuffled = [...DIGITAL_ECONOMY].reverse()
    const a = assessProgress({
      observations: DIGITAL_ECONOMY,
      direction: 'increase',
      target: { value: 30, by: '2030' },
    })
    const b = assessProgress({
      observations: shuffled,
      direction: 'increase',
      target: { value: 30, by: '2030' },
    })
    expect(b.ratio?.eq(a.ratio!)).toBe(true)
    expect(b.baseline?.period).toBe('2020')
  })

  it('measures non-annual periods exactly (2022-H2 → 2024-H2 is two years)', () => {
    const result = assessProgress({
      observations: series(['2022-H2', 100], ['2024-H2', 121]),
      direction: 'increase',
      target: { value: '133.1', by: '2025-H2' },
    })
    expect(result.yearsElapsed?.toFixed()).toBe('2')
    expect(result.cagr?.toFixed()).toBe('0.1')
    expect(result.requiredCagr?.toFixed()).toBe('0.1')
    expect(result.status).toBe('on_track')
  })

  it('notes periods of different lengths', () => {
    const result = assessProgress({
      observations: series(['2022', 74], ['2023-06', 77], ['2024-H1', 82]),
      direction: 'increase',
    })
    expect(result.notes.map((n) => n.code)).toContain('mixed_period_lengths')
    // 2022 → 2024-H1: 1.5 years
    expect(result.yearsElapsed?.toFixed()).toBe('1.5')
  })

  it('rejects two values for one period, never choosing', () => {
    const error = inputError(() =>
      assessProgress({ observations: series(['2020', 1], ['2020', 2]), direction: 'increase' }),
    )
    expect(error.code).toBe('duplicate_period')
    expect(error.text.en).toMatch(/appears twice/)
    expect(error.hint.vi.length).toBeGreaterThan(0)
  })

  it('rejects two periods ending the same month (2022 and 2022-12)', () => {
    const error = inputError(() =>
      assessProgress({ observations: series(['2022', 1], ['2022-12', 2]), direction: 'increase' }),
    )
    expect(error.code).toBe('duplicate_period')
  })

  it('rejects malformed periods and values with where and how', () => {
    const period = inputError(() =>
      assessProgress({ observations: series(['2024', 1], ['24', 2]), direction: 'increase' }),
    )
    expect(period.code).toBe('invalid_period')
    expect(period.path).toBe('observations[1].period')
    const value = inputError(() =>
      assessProgress({ observations: series(['2024', '87,5']), direction: 'increase' }),
    )
    expect(value.code).toBe('invalid_value')
    expect(value.path).toBe('observations[0].value')
    const nan = inputError(() =>
      assessProgress({ observations: series(['2024', Number.NaN]), direction: 'increase' }),
    )
    expect(nan.code).toBe('invalid_value')
    // decimal.js reads `0x10` as 16; a value is a decimal string or nothing.
    const hex = inputError(() =>
      assessProgress({
        observations: series(['2023', '0x10'], ['2024', '20']),
        direction: 'increase',
      }),
    )
    expect(hex.code).toBe('invalid_value')
    expect(hex.path).toBe('observations[0].value')
  })

  it('accepts numbers, strings and Decimals alike', () => {
    const result = assessProgress({
      observations: [
        { period: '2020', value: 100 },
        { period: '2022', value: '121' },
      ],
      direction: 'increase',
    })
    expect(result.cagr?.toFixed()).toBe('0.1')
  })
})

describe('the direction', () => {
  it('is required and never guessed', () => {
    const missing = inputError(() =>
      assessProgress({ observations: DIGITAL_ECONOMY } as unknown as AssessProgressInput),
    )
    expect(missing.code).toBe('invalid_direction')
    expect(missing.hint.en).toMatch(/never guesses/)
    const band = inputError(() =>
      assessProgress({
        observations: DIGITAL_ECONOMY,
        direction: 'target_band',
      } as unknown as AssessProgressInput),
    )
    expect(band.code).toBe('invalid_direction')
  })
})

describe('qualified values', () => {
  const withLatest = (latest: ObservationInput, comparator?: 'gt' | 'gte' | 'lte' | 'lt') =>
    assessProgress({
      observations: [{ period: '2020', value: 10 }, latest],
      direction: comparator === 'lt' || comparator === 'lte' ? 'decrease' : 'increase',
      target: { value: 20, by: '2030', ...(comparator ? { comparator } : {}) },
    })

  it('a lower bound at or above the target proves it met', () => {
    expect(withLatest({ period: '2024', value: 20, qualifier: 'at_least' }).status).toBe('achieved')
    expect(withLatest({ period: '2024', value: 25, qualifier: 'more_than' }).status).toBe(
      'achieved',
    )
  })

  it('proves it even from a single observation', () => {
    const result = assessProgress({
      observations: [{ period: '2024', value: 90, qualifier: 'more_than' }],
      direction: 'increase',
      target: { value: 80, by: '2025' },
    })
    expect(result.status).toBe('achieved')
  })

  it('a range straddling the target is undecided and says so', () => {
    const result = withLatest({ period: '2024', qualifier: 'range', low: 18, high: 22 })
    expect(result.status).toBe('insufficient_data')
    expect(result.explanation?.code).toBe('target_undecided')
    expect(result.reason).toMatch(/18–22/)
    expect(result.reason).toMatch(/undecided/)
    expect(result.latest?.low?.toFixed()).toBe('18')
  })

  it('a lower bound below the target is undecided too', () => {
    expect(
      withLatest({ period: '2024', value: 19, qualifier: 'more_than' }).explanation?.code,
    ).toBe('target_undecided')
  })

  it('a range wholly above the target proves it met, wholly below proves it not', () => {
    expect(withLatest({ period: '2024', qualifier: 'range', low: 21, high: 25 }).status).toBe(
      'achieved',
    )
    const below = withLatest({ period: '2024', qualifier: 'range', low: 12, high: 14 })
    expect(below.explanation?.code).toBe('range_without_value')
    const belowWithValue = withLatest({
      period: '2024',
      qualifier: 'range',
      low: 12,
      high: 14,
      value: 13,
    })
    expect(belowWithValue.status).not.toBe('insufficient_data')
  })

  it('an upper bound below the target proves it not met, and is used as the value (noted)', () => {
    const result = withLatest({ period: '2024', value: 15, qualifier: 'less_than' })
    expect(result.status).not.toBe('insufficient_data')
    expect(result.notes.map((n) => n.code)).toContain('bound_used_as_value')
  })

  it('respects strict targets: at least 20 does not prove more than 20', () => {
    expect(withLatest({ period: '2024', value: 20, qualifier: 'at_least' }, 'gt').status).toBe(
      'insufficient_data',
    )
    expect(withLatest({ period: '2024', value: 20, qualifier: 'more_than' }, 'gt').status).toBe(
      'achieved',
    )
    expect(withLatest({ period: '2024', value: 20 }, 'gt').status).not.toBe('achieved')
    expect(withLatest({ period: '2024', value: 20 }).status).toBe('achieved')
  })

  it('works when lower is better: an upper bound at or below the target proves it', () => {
    const result = assessProgress({
      observations: [
        { period: '2020', value: 40 },
        { period: '2024', value: 20, qualifier: 'at_most' },
      ],
      direction: 'decrease',
      target: { value: 20, by: '2030' },
    })
    expect(result.status).toBe('achieved')
  })

  it('refuses a range without a point value inside a trend window', () => {
    const result = assessProgress({
      observations: [
        { period: '2020', value: 10 },
        { period: '2021', qualifier: 'range', low: 11, high: 13 },
        { period: '2022', value: 14 },
      ],
      direction: 'increase',
      target: { value: 30, by: '2030' },
      method: 'linear',
    })
    expect(result.explanation?.code).toBe('range_without_value')
    // the growth method only needs the two ends
    const cagr = assessProgress({
      observations: [
        { period: '2020', value: 10 },
        { period: '2021', qualifier: 'range', low: 11, high: 13 },
        { period: '2022', value: 14 },
      ],
      direction: 'increase',
      target: { value: 30, by: '2030' },
    })
    expect(cagr.status).not.toBe('insufficient_data')
  })

  it('rejects an incomplete or disordered range', () => {
    expect(
      inputError(() =>
        assessProgress({
          observations: [{ period: '2020', qualifier: 'range', low: 5 }],
          direction: 'increase',
        }),
      ).code,
    ).toBe('range_incomplete')
    expect(
      inputError(() =>
        assessProgress({
          observations: [{ period: '2020', qualifier: 'range', low: 5, high: 4 }],
          direction: 'increase',
        }),
      ).code,
    ).toBe('range_incomplete')
  })
})

describe('several targets', () => {
  it('skips a later target already met and assesses the next one still ahead', () => {
    const result = assessProgress({
      observations: series(['2020', 15], ['2024', 22]),
      direction: 'increase',
      targets: [
        { value: 20, by: '2025' },
        { value: 30, by: '2030' },
      ],
    })
    expect(result.targets.map((t) => t.outcome)).toEqual(['achieved', 'pending'])
    expect(result.target?.by).toBe('2030')
    expect(result.status).not.toBe('achieved')
  })

  it('is achieved when every target is met', () => {
    const result = assessProgress({
      observations: series(['2020', 15], ['2024', 35]),
      direction: 'increase',
      targets: [
        { value: 20, by: '2025', id: 'de_2025' },
        { value: 30, by: '2030', id: 'de_2030' },
      ],
    })
    expect(result.status).toBe('achieved')
    expect(result.target?.id).toBe('de_2030')
  })

  it('never reports a missed target as on track', () => {
    // 100 → 120 by 2021 against 121 by 2021: missed, though the observed growth
    // (√1.2 − 1 = 0.0954…) is 95.4% of the 10% needed, which alone would read on track
    const result = assessProgress({
      observations: series(['2019', 100], ['2021', '120']),
      direction: 'increase',
      target: { value: 121, by: '2021' },
    })
    expect(result.target?.outcome).toBe('missed')
    expect(result.ratio?.toFixed(4)).toBe('0.9545')
    expect(result.status).toBe('needs_acceleration')
  })

  it('cannot decide a past target without an observation at or before it', () => {
    const result = assessProgress({
      observations: series(['2021', 10], ['2023', 12]),
      direction: 'increase',
      target: { value: 20, by: '2020' },
    })
    expect(result.target?.outcome).toBe('undecided')
    expect(result.explanation?.code).toBe('past_target_without_data')
  })

  it('rejects two targets due at the same time and contradictory comparators', () => {
    expect(
      inputError(() =>
        assessProgress({
          observations: DIGITAL_ECONOMY,
          direction: 'increase',
          targets: [
            { value: 20, by: '2025' },
            { value: 25, by: '2025' },
          ],
        }),
      ).code,
    ).toBe('duplicate_target')
    expect(
      inputError(() =>
        assessProgress({
          observations: DIGITAL_ECONOMY,
          direction: 'increase',
          target: { value: 20, by: '2025', comparator: 'lte' },
        }),
      ).code,
    ).toBe('comparator_direction')
    expect(
      inputError(() =>
        assessProgress({
          observations: DIGITAL_ECONOMY,
          direction: 'increase',
          target: { value: 20, by: '2025', comparator: 'eq' as 'gte' },
        }),
      ).code,
    ).toBe('unsupported_comparator')
  })
})

describe('options', () => {
  it('rejects unknown methods and profiles, and disordered thresholds', () => {
    const observations = DIGITAL_ECONOMY
    expect(
      inputError(() =>
        assessProgress({ observations, direction: 'increase', method: 'arima' as 'cagr' }),
      ).code,
    ).toBe('invalid_method')
    expect(
      inputError(() =>
        assessProgress({ observations, direction: 'increase', profile: 'oecd' as 'eurostat' }),
      ).code,
    ).toBe('invalid_profile')
    expect(
      inputError(() =>
        assessProgress({ observations, direction: 'increase', thresholds: [0, 0.6, 0.95] }),
      ).code,
    ).toBe('invalid_thresholds')
    expect(
      inputError(() => assessProgress({ observations, direction: 'increase', bounds: [100, 0] }))
        .code,
    ).toBe('invalid_bounds')
    expect(
      inputError(() => assessProgress({ observations, direction: 'increase', level: 1 })).code,
    ).toBe('invalid_option')
  })

  it('refuses an option it does not have, naming the one meant', () => {
    const observations = DIGITAL_ECONOMY
    const typo = { observations, direction: 'increase', methd: 'linear' }
    const error = inputError(() => assessProgress(typo as AssessProgressInput))
    expect(error.code).toBe('invalid_option')
    expect(error.path).toBe('methd')
    expect(error.hint.en).toBe('Did you mean `method`?')
    expect(error.hint.vi).toBe('Có phải là `method`?')
    const far = { observations, direction: 'increase', colour: 'red' }
    const listed = inputError(() => assessProgress(far as AssessProgressInput))
    expect(listed.path).toBe('colour')
    expect(listed.hint.en).toContain('observations, direction, target')
    expect(listed.text.vi).toBe('Không có tùy chọn `colour`.')
    // An option set to undefined is still the option: spreading defaults stays allowed.
    expect(assessProgress({ observations, direction: 'increase', method: undefined }).method).toBe(
      'cagr',
    )
    const extras = { wieght: () => 1 }
    expect(
      inputError(() =>
        assessProgress({ observations, direction: 'increase' }, extras as AssessProgressExtras),
      ).path,
    ).toBe('wieght')
  })
})
