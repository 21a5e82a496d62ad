import { Decimal } from 'decimal.js'
import { describe, expect, it } from 'vitest'
import { studentTCdf, studentTDensity, studentTQuantile } from './student-t'

// An independent reference: closed forms evaluated with a separate 60-digit Decimal.
const Ref = Decimal.clone({ precision: 60 })
const PI = Ref.acos(-1)

function close(actual: Decimal, expected: Decimal, tolerance: string): void {
  const diff = new Ref(actual).minus(expected).abs()
  expect(diff.lte(tolerance), `${actual.toFixed()} vs ${expected.toFixed()}`).toBe(true)
}

describe('studentTCdf', () => {
  it('matches the Cauchy distribution at one degree of freedom: F(1) = 3/4', () => {
    close(studentTCdf(1, 1), new Ref('0.75'), '1e-30')
    close(studentTCdf(-1, 1), new Ref('0.25'), '1e-30')
  })

  it('matches the closed form for two degrees: F(t) = 1/2 + t / (2√(2 + t²))', () => {
    for (const t of ['0.3', '1.7', '4.303', '-2.5']) {
      const x = new Ref(t)
      const expected = new Ref('0.5').plus(x.div(x.times(x).plus(2).sqrt().times(2)))
      close(studentTCdf(t, 2), expected, '1e-30')
    }
  })

  it('matches the closed form for three degrees at t = √3: 3/4 + 1/(2π)', () => {
    const t = new Ref(3).sqrt()
    close(studentTCdf(t, 3), new Ref('0.75').plus(new Ref(1).div(PI.times(2))), '1e-30')
  })

  it('matches the closed form for four degrees at t = 2: 1/2 + (5/16)√2', () => {
    close(studentTCdf(2, 4), new Ref('0.5').plus(new Ref(2).sqrt().times(5).div(16)), '1e-30')
  })

  it('is one half at zero, and symmetric', () => {
    expect(studentTCdf(0, 7).toFixed()).toBe('0.5')
    const sum = studentTCdf('1.234', 9).plus(studentTCdf('-1.234', 9))
    close(sum, new Ref(1), '1e-30')
  })

  it('refuses degrees of freedom that are not whole numbers ≥ 1', () => {
    expect(() => studentTCdf(1, 0)).toThrow(RangeError)
    expect(() => studentTCdf(1, 2.5)).toThrow(RangeError)
  })
})

describe('studentTDensity', () => {
  it('is the Cauchy density 1/(π(1 + t²)) at one degree', () => {
    close(studentTDensity(2, 1), new Ref(1).div(PI.times(5)), '1e-30')
  })

  it('is 1/(2√2) at zero with two degrees (the (2 + t²)^(-3/2) form)', () => {
    close(studentTDensity(0, 2), new Ref(1).div(new Ref(8).sqrt()), '1e-30')
  })
})

describe('studentTQuantile', () => {
  // Published two-sided critical values (one-sided p), as printed in every t table.
  it.each([
    ['0.975', 1, '12.706'],
    ['0.975', 2, '4.303'],
    ['0.975', 3, '3.182'],
    ['0.975', 4, '2.776'],
    ['0.975', 5, '2.571'],
    ['0.975', 6, '2.447'],
    ['0.975', 8, '2.306'],
    ['0.975', 10, '2.228'],
    ['0.975', 15, '2.131'],
    ['0.975', 20, '2.086'],
    ['0.975', 30, '2.042'],
    ['0.975', 60, '2.000'],
    ['0.975', 120, '1.980'],
    ['0.95', 1, '6.314'],
    ['0.95', 2, '2.920'],
    ['0.95', 5, '2.015'],
    ['0.95', 10, '1.812'],
    ['0.95', 30, '1.697'],
    ['0.9', 4, '1.533'],
    ['0.995', 1, '63.657'],
    ['0.995', 5, '4.032'],
    ['0.995', 10, '3.169'],
    ['0.9995', 10, '4.587'],
  ])('the %s quantile with %i degrees is %s as tables print it', (p, df, printed) => {
    expect(studentTQuantile(p, df).toDecimalPlaces(3).toFixed(3)).toBe(printed)
  })

  it('matches tan(π(p − 1/2)) at one degree to 25 digits', () => {
    for (const p of ['0.975', '0.8', '0.999']) {
      const expected = Ref.tan(PI.times(new Ref(p).minus('0.5')))
      close(studentTQuantile(p, 1), expected, new Ref(expected).abs().times('1e-25').toFixed())
    }
  })

  it('matches (2p − 1)/√(2p(1 − p)) at two degrees to 25 digits', () => {
    for (const p of ['0.975', '0.6', '0.9999']) {
      const q = new Ref(p)
      const expected = q
        .times(2)
        .minus(1)
        .div(q.times(2).times(new Ref(1).minus(q)).sqrt())
      close(studentTQuantile(p, 2), expected, expected.abs().times('1e-25').toFixed())
    }
  })

  it('is antisymmetric and zero at one half', () => {
    expect(studentTQuantile('0.5', 3).isZero()).toBe(true)
    expect(studentTQuantile('0.025', 10).neg().eq(studentTQuantile('0.975', 10))).toBe(true)
  })

  it('inverts the CDF', () => {
    const q = studentTQuantile('0.9', 7)
    close(studentTCdf(q, 7), new Ref('0.9'), '1e-28')
  })

  it('refuses probabilities outside (0, 1)', () => {
    expect(() => studentTQuantile(0, 3)).toThrow(RangeError)
    expect(() => studentTQuantile(1, 3)).toThrow(RangeError)
  })
})
