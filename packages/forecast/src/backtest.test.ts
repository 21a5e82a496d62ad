import { describe, expect, it } from 'vitest'
import { DIGITAL_ECONOMY, series } from './__tests__/fixtures'
import { backtest } from './backtest'
import { AssessmentInputError } from './errors'

describe('backtest', () => {
  it('finds that a straight-line series is best fitted by the linear method', () => {
    // y = 10 + 2x for 2015..2020; hold out 2019 and 2020 (20 and 22)
    const result = backtest({
      observations: series(
        ['2015', 12],
        ['2016', 14],
        ['2017', 16],
        ['2018', 18],
        ['2019', 20],
        ['2020', 22],
      ),
      holdout: 2,
    })
    expect(result.training).toEqual(['2015', '2016', '2017', '2018'])
    const linear = result.methods.find((m) => m.method === 'linear')
    expect(linear?.ok && linear.meanAbsoluteError.toFixed()).toBe('0')
    // growth method: 12 → 18 in 3 years, 18 × 1.5^(1/3) at 2019 and 18 × 1.5^(2/3) at 2020
    const cagr = result.methods.find((m) => m.method === 'cagr')
    expect(cagr?.ok && cagr.errors.map((e) => e.predicted.toFixed(10))).toEqual([
      '20.6048563660',
      '23.5866725479',
    ])
    expect(result.best).toBe('linear')
  })

  it('reports every error measure of a method by hand', () => {
    // training 2020: 10, 2021: 20 (linear: 10 + 10x); held out 2022: 25 and 2023: 50
    // predicted 30 and 40: errors +5 and −10; MAE 7.5; RMSE √62.5; MAPE (0.2 + 0.2)/2 = 0.2
    const result = backtest({
      observations: series(['2020', 10], ['2021', 20], ['2022', 25], ['2023', 50]),
      holdout: 2,
      methods: ['linear'],
    })
    const linear = result.methods[0]!
    expect(linear.ok).toBe(true)
    if (!linear.ok) return
    expect(linear.errors.map((e) => e.error.toFixed())).toEqual(['5', '-10'])
    expect(linear.meanAbsoluteError.toFixed()).toBe('7.5')
    // √62.5 = 7.905694150420948329997…
    expect(linear.rootMeanSquaredError.toFixed(18)).toBe('7.905694150420948330')
    expect(linear.meanAbsolutePercentageError?.toFixed()).toBe('0.2')
  })

  it('reports a refused method with its reason, and the others still answer', () => {
    const result = backtest({
      observations: series(['2018', 0], ['2019', 1], ['2020', 2], ['2021', 3]),
    })
    const cagr = result.methods.find((m) => m.method === 'cagr')
    expect(cagr?.ok).toBe(false)
    if (cagr && !cagr.ok) expect(cagr.explanation.code).toBe('growth_zero_start')
    expect(result.methods.find((m) => m.method === 'linear')?.ok).toBe(true)
    expect(result.methods.find((m) => m.method === 'logit')?.ok).toBe(false)
  })

  it('leaves the percentage error out when an actual value is zero', () => {
    const result = backtest({
      observations: series(['2019', 2], ['2020', 1], ['2021', 0]),
      methods: ['linear'],
    })
    const linear = result.methods[0]!
    expect(linear.ok && linear.meanAbsolutePercentageError).toBeNull()
  })

  it('cannot test with fewer than two training points, and says why', () => {
    const result = backtest({ observations: series(['2020', 1], ['2021', 2]), holdout: 1 })
    expect(result.best).toBeNull()
    expect(result.methods.every((m) => !m.ok && m.explanation.code === 'single_observation')).toBe(
      true,
    )
  })

  it('compares the four methods on the digital economy', () => {
    const result = backtest({ observations: DIGITAL_ECONOMY, holdout: 1 })
    expect(result.methods.map((m) => m.method)).toEqual([
      'cagr',
      'linear',
      'weighted-linear',
      'logit',
    ])
    expect(result.methods.every((m) => m.ok)).toBe(true)
    expect(result.best).not.toBeNull()
  })

  it('rejects a holdout that is not a whole number ≥ 1', () => {
    expect(() => backtest({ observations: DIGITAL_ECONOMY, holdout: 0 })).toThrow(
      AssessmentInputError,
    )
  })

  it('refuses an option it does not have, naming the one meant', () => {
    const input = { observations: [], holdot: 2 }
    let caught: unknown
    try {
      backtest(input as Parameters<typeof backtest>[0])
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(AssessmentInputError)
    expect((caught as AssessmentInputError).path).toBe('holdot')
    expect((caught as AssessmentInputError).hint.en).toBe('Did you mean `holdout`?')
  })
})
