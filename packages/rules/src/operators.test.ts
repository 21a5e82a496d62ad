import { Decimal } from 'decimal.js'
import fc from 'fast-check'
import { Engine } from 'json-rules-engine'
import { describe, expect, it } from 'vitest'
import { decimalOperators, OPERATORS, safeBuiltInOperators, UNSAFE_OPERATORS } from './operators'

const op = (name: string) => OPERATORS.get(name)!.evaluate

describe('decimal operators', () => {
  it('compare exactly where JavaScript numbers do not', () => {
    // 0.1 + 0.2 is 0.30000000000000004 as a JavaScript number, exactly 0.3 as a decimal.
    const exact = new Decimal('0.1').plus('0.2')
    expect(op('decimalEq')(exact, '0.3')).toBe(true)
    expect(op('decimalGt')(exact, '0.3')).toBe(false)
    expect(0.1 + 0.2 > 0.3).toBe(true)
    // A number is read by its shortest text: 0.1 is one tenth, not the binary double.
    expect(op('decimalEq')(0.1, '0.1')).toBe(true)
    // Strings compare as numbers, not as text ("10" < "9" as text).
    expect(op('decimalLt')('9', '10')).toBe(true)
    expect(op('decimalGte')('363558', '363.558')).toBe(true)
  })

  it('hold decimals beyond the digits of a double', () => {
    expect(op('decimalGt')('0.10000000000000000000000001', '0.1')).toBe(true)
    expect(op('decimalEq')('12345678901234567890.5', '12345678901234567890.50')).toBe(true)
  })

  it('are false for a missing or unreadable value, even "not equal"', () => {
    for (const { name, evaluate } of decimalOperators) {
      const value = name === 'decimalBetween' ? ['0', '1'] : '1'
      expect(evaluate(undefined, value), name).toBe(false)
      expect(evaluate(null, value), name).toBe(false)
      expect(evaluate('87,5', value), name).toBe(false)
      expect(evaluate('1e3', value), name).toBe(false)
      expect(evaluate(Number.NaN, value), name).toBe(false)
    }
    expect(op('decimalNeq')('1', undefined)).toBe(false)
  })

  it('between is inclusive at both ends and needs a pair', () => {
    const between = op('decimalBetween')
    expect(between('0', ['0', '100'])).toBe(true)
    expect(between('100', ['0', '100'])).toBe(true)
    expect(between('100.0001', ['0', '100'])).toBe(false)
    expect(between('-0.0001', ['0', '100'])).toBe(false)
    expect(between('5', ['0'])).toBe(false)
    expect(between('5', '0,100')).toBe(false)
  })

  it('agree with decimal.js on any two decimals: exactly one of <, =, > holds', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
      .map(([digits, scale]) =>
        new Decimal(digits.toString()).div(new Decimal(10).pow(scale)).toFixed(),
      )
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const order = new Decimal(a).comparedTo(b)
        expect(op('decimalLt')(a, b)).toBe(order < 0)
        expect(op('decimalEq')(a, b)).toBe(order === 0)
        expect(op('decimalGt')(a, b)).toBe(order > 0)
        expect(op('decimalLte')(a, b)).toBe(!op('decimalGt')(a, b))
        expect(op('decimalGte')(a, b)).toBe(!op('decimalLt')(a, b))
        expect(op('decimalNeq')(a, b)).toBe(!op('decimalEq')(a, b))
        const [low, high] = order <= 0 ? [a, b] : [b, a]
        expect(op('decimalBetween')(a, [low, high])).toBe(true)
      }),
    )
  })
})

describe("json-rules-engine's own operators", () => {
  it('never hold for a missing value', () => {
    expect(op('notEqual')(undefined, 'x')).toBe(false)
    expect(op('notIn')(undefined, ['x'])).toBe(false)
    expect(op('equal')(null, null)).toBe(false)
    expect(op('equal')('commune', 'commune')).toBe(true)
    expect(op('notEqual')('agency', 'commune')).toBe(true)
  })

  it('never throw on a value that is not a list', () => {
    expect(op('in')('a', 'abc')).toBe(false)
    expect(op('notIn')('a', undefined)).toBe(false)
    expect(op('contains')('abc', 'a')).toBe(false)
    expect(op('in')('a', ['a', 'b'])).toBe(true)
  })

  it('leave out the numeric ones, each with its exact replacement', () => {
    expect([...UNSAFE_OPERATORS]).toEqual([
      ['lessThan', 'decimalLt'],
      ['lessThanInclusive', 'decimalLte'],
      ['greaterThan', 'decimalGt'],
      ['greaterThanInclusive', 'decimalGte'],
    ])
    for (const name of UNSAFE_OPERATORS.keys()) expect(OPERATORS.has(name)).toBe(false)
    expect(safeBuiltInOperators.map((o) => o.name)).toEqual([
      'equal',
      'notEqual',
      'in',
      'notIn',
      'contains',
      'doesNotContain',
    ])
  })

  it('register on an engine, which then compares decimals exactly', async () => {
    const engine = new Engine()
    for (const { name, evaluate } of decimalOperators) engine.addOperator(name, evaluate)
    engine.addRule({
      name: 'share',
      event: { type: 'share' },
      conditions: { all: [{ fact: 'share', operator: 'decimalGt', value: '0.3' }] },
    })
    engine.addRule({
      name: 'float',
      event: { type: 'float' },
      conditions: { all: [{ fact: 'float', operator: 'greaterThan', value: 0.3 }] },
    })
    const { results } = await engine.run({
      share: new Decimal('0.1').plus('0.2'),
      float: 0.1 + 0.2,
    })
    // The engine's own operator finds 0.1 + 0.2 above 0.3; the decimal one does not.
    expect(results.map((r) => r.name)).toEqual(['float'])
  })
})
