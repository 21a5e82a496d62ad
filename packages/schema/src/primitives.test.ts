import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { codesOf } from './__tests__/helpers'
import {
  DecimalInputSchema,
  DecimalStringSchema,
  decimalOrUndefined,
  IdSchema,
  IsoDateSchema,
  PATTERNS,
  PackIdSchema,
  PeriodSchema,
  patternCode,
  safeRecord,
  UnitCodeSchema,
  UnitRefSchema,
} from './primitives'

describe('DecimalStringSchema', () => {
  it.each(['87.5', '363558', '0.3048', '-12.5', '0', '15000'])('accepts %s', (text) => {
    expect(DecimalStringSchema.safeParse(text).success).toBe(true)
  })

  it.each([
    ['87,5', 'decimal_syntax'],
    ['363.558.000', 'decimal_syntax'],
    ['15,000', 'decimal_syntax'],
    ['1e3', 'decimal_syntax'],
    ['+5', 'decimal_syntax'],
    ['.5', 'decimal_syntax'],
    ['007', 'decimal_syntax'],
    [' 87.5', 'decimal_syntax'],
    ['1'.repeat(41), 'decimal_digits'],
  ])('rejects %s with %s', (text, code) => {
    expect(codesOf(DecimalStringSchema, text)).toEqual([`${code}@`])
  })

  it('counts significant digits, not leading zeros', () => {
    expect(DecimalStringSchema.safeParse(`0.${'0'.repeat(50)}1`).success).toBe(true)
  })
})

describe('DecimalInputSchema', () => {
  it('accepts strings and finite numbers', () => {
    expect(DecimalInputSchema.parse('20')).toBe('20')
    expect(DecimalInputSchema.parse(0.1)).toBe(0.1)
  })

  it('rejects infinities and numbers written as text with a comma', () => {
    expect(DecimalInputSchema.safeParse(Number.POSITIVE_INFINITY).success).toBe(false)
    expect(DecimalInputSchema.safeParse('87,5').success).toBe(false)
  })
})

describe('decimalOrUndefined', () => {
  it('reads valid inputs exactly and never throws on bad ones', () => {
    expect(decimalOrUndefined('0.1')?.plus(decimalOrUndefined(0.2)!).toString()).toBe('0.3')
    expect(decimalOrUndefined('abc')).toBeUndefined()
    expect(decimalOrUndefined('87,5')).toBeUndefined()
    expect(decimalOrUndefined(Number.NaN)).toBeUndefined()
    expect(decimalOrUndefined(undefined)).toBeUndefined()
    expect(decimalOrUndefined({})).toBeUndefined()
  })
})

describe('ids and codes', () => {
  it('accepts snake_case ids and refuses others', () => {
    expect(IdSchema.safeParse('household_fibre_rate').success).toBe(true)
    expect(codesOf(IdSchema, 'Household')).toEqual(['id_syntax@'])
    expect(codesOf(IdSchema, 'tỷ_lệ')).toEqual(['id_syntax@'])
    expect(codesOf(IdSchema, 'a__b')).toEqual(['id_syntax@'])
  })

  it.each(['constructor', 'prototype'])('refuses the reserved id %s', (id) => {
    expect(codesOf(IdSchema, id)).toEqual(['id_reserved@'])
    expect(codesOf(UnitCodeSchema, id)).toEqual(['id_reserved@'])
    expect(codesOf(UnitRefSchema, `${id}@2025-07-01`)).toEqual(['id_reserved@'])
    expect(codesOf(PackIdSchema, id)).toEqual(['id_reserved@'])
  })

  it('refuses __proto__ by its syntax', () => {
    expect(codesOf(IdSchema, '__proto__')).toEqual(['id_syntax@'])
    expect(codesOf(UnitCodeSchema, '__proto__')).toEqual(['unit_code_syntax@'])
  })

  it('reads unit references with and without a start date', () => {
    expect(UnitRefSchema.safeParse('56@2025-07-01').success).toBe(true)
    expect(UnitRefSchema.safeParse('VN').success).toBe(true)
    expect(codesOf(UnitRefSchema, '56@2025-7-1')).toEqual(['unit_ref_syntax@'])
    expect(codesOf(UnitCodeSchema, '56@2025-07-01')).toEqual(['unit_code_syntax@'])
  })

  it('finds the code of every pattern from the pattern zod reports', () => {
    for (const [code, regex] of Object.entries(PATTERNS)) {
      expect(patternCode(String(regex))).toBe(code)
      expect(patternCode(regex)).toBe(code)
    }
    expect(patternCode('/^x$/')).toBeUndefined()
  })
})

describe('IsoDateSchema', () => {
  it('accepts real days, including 29 February of a leap year', () => {
    expect(IsoDateSchema.safeParse('2025-07-01').success).toBe(true)
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true)
  })

  it.each(['2025-02-30', '2025-02-29', '2025-04-31', '2025-13-01', '2025-7-1', '01/07/2025'])(
    'rejects %s',
    (text) => {
      expect(codesOf(IsoDateSchema, text)).toEqual(['invalid_format@'])
    },
  )
})

describe('PeriodSchema', () => {
  it.each(['2024', '2024-H1', '2024-Q3', '2024-09', '2024-01/2024-09'])('accepts %s', (text) => {
    expect(PeriodSchema.safeParse(text).success).toBe(true)
  })

  it.each([
    ['2024-13', 'period_month_range'],
    ['2024-Q5', 'period_quarter_range'],
    ['2024-09/2024-01', 'period_span_order'],
    ['9 tháng đầu năm 2024', 'period_syntax'],
    ['2024-1', 'period_syntax'],
  ])('rejects %s with one issue, %s', (text, code) => {
    expect(codesOf(PeriodSchema, text)).toEqual([`${code}@`])
  })
})

describe('safeRecord', () => {
  const Attributes = safeRecord(IdSchema, z.number())

  it('refuses a __proto__ key instead of dropping it silently', () => {
    const input = JSON.parse('{"__proto__": 1, "population": 2}')
    expect(codesOf(Attributes, input)).toEqual(['key_reserved@__proto__'])
  })

  it('refuses constructor through its key schema', () => {
    expect(codesOf(Attributes, { constructor: 1 })).toEqual(['invalid_key@constructor'])
  })

  it('keeps every other key', () => {
    expect(Attributes.parse({ population: 598683 })).toEqual({ population: 598683 })
  })
})

describe('one issue per mistake', () => {
  it('reports a long malformed decimal once, by its pattern', () => {
    expect(codesOf(DecimalStringSchema, `${'1'.repeat(50)},5`)).toEqual(['decimal_syntax@'])
  })

  it('reports a long malformed period once, by its pattern', () => {
    expect(codesOf(PeriodSchema, 'x'.repeat(100))).toEqual(['period_syntax@'])
  })
})
