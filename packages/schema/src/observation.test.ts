import { describe, expect, it } from 'vitest'
import { codesOf } from './__tests__/helpers'
import { ObservationSchema } from './observation'

const base = { unit: '58', period: '2024', status: 'actual', source: 'dientuungdung.vn' }

describe('ObservationSchema: the founding article', () => {
  it('reads 87,5% of people using a smartphone as the exact decimal 87.5', () => {
    const obs = { ...base, indicator: 'smartphone_user_rate', value: '87.5' }
    expect(ObservationSchema.parse(obs).value).toBe('87.5')
  })

  it('reads 363.558 tỷ đồng over the first nine months as 363558 over 2024-01/2024-09', () => {
    const obs = {
      ...base,
      indicator: 'cashless_payment_value',
      period: '2024-01/2024-09',
      value: '363558',
      note: 'VND billion, first nine months',
    }
    expect(ObservationSchema.parse(obs)).toEqual(obs)
  })

  it('keeps "hơn 90 doanh nghiệp" as a lower bound, not a rounded value', () => {
    const obs = {
      ...base,
      indicator: 'ecommerce_enterprise_count',
      qualifier: 'more_than',
      value: '90',
    }
    expect(ObservationSchema.parse(obs)).toMatchObject({ qualifier: 'more_than', value: '90' })
  })

  it('keeps "more than 15,000" beneficiaries as a lower bound written without separators', () => {
    const obs = {
      ...base,
      indicator: 'welfare_cashless_beneficiaries',
      qualifier: 'more_than',
      value: '15000',
    }
    expect(ObservationSchema.safeParse(obs).success).toBe(true)
    expect(codesOf(ObservationSchema, { ...obs, value: '15,000' })).toEqual([
      'decimal_syntax@value',
    ])
  })

  it('keeps "25–30%" as a range, with or without a central value', () => {
    const range = {
      ...base,
      indicator: 'digital_channel_sales_share',
      qualifier: 'range',
      low: '25',
      high: '30',
    }
    expect(ObservationSchema.parse(range)).toEqual(range)
    expect(ObservationSchema.safeParse({ ...range, value: '27.5' }).success).toBe(true)
  })

  it('refuses the Vietnamese-locale forms 87,5 and 363.558.000 and a number for a decimal', () => {
    const obs = { ...base, indicator: 'smartphone_user_rate' }
    expect(codesOf(ObservationSchema, { ...obs, value: '87,5' })).toEqual(['decimal_syntax@value'])
    expect(codesOf(ObservationSchema, { ...obs, value: '363.558.000' })).toEqual([
      'decimal_syntax@value',
    ])
    expect(codesOf(ObservationSchema, { ...obs, value: 87.5 })).toEqual(['invalid_type@value'])
  })
})

describe('ObservationSchema: qualifiers and ranges', () => {
  const range = { ...base, indicator: 'digital_channel_sales_share', qualifier: 'range' }

  it('needs both ends of a range', () => {
    expect(codesOf(ObservationSchema, { ...range, low: '25' })).toEqual(['range_needs_high@high'])
    expect(codesOf(ObservationSchema, { ...range, high: '30' })).toEqual(['range_needs_low@low'])
  })

  it('rejects a range whose low exceeds its high, compared as decimals', () => {
    expect(codesOf(ObservationSchema, { ...range, low: '30', high: '25' })).toEqual([
      'range_order@high',
    ])
    expect(ObservationSchema.safeParse({ ...range, low: '9', high: '10' }).success).toBe(true)
  })

  it('rejects a value outside its range', () => {
    expect(codesOf(ObservationSchema, { ...range, low: '25', high: '30', value: '31' })).toEqual([
      'value_outside_range@value',
    ])
  })

  it('does not compare malformed ends, and does not throw', () => {
    const input = { ...range, low: '25%', high: '30' }
    expect(() => ObservationSchema.safeParse(input)).not.toThrow()
    expect(codesOf(ObservationSchema, input)).toEqual(['decimal_syntax@low'])
  })

  it('requires a value unless the observation is a range', () => {
    expect(codesOf(ObservationSchema, { ...base, indicator: 'x' })).toEqual([
      'value_required@value',
    ])
    expect(codesOf(ObservationSchema, { ...base, indicator: 'x', qualifier: 'approx' })).toEqual([
      'value_required@value',
    ])
  })

  it('allows low and high only with a range', () => {
    const obs = {
      ...base,
      indicator: 'x',
      value: '90',
      qualifier: 'more_than',
      low: '90',
      high: '100',
    }
    expect(codesOf(ObservationSchema, obs)).toEqual([
      'low_without_range@low',
      'high_without_range@high',
    ])
  })

  it('rejects an unknown qualifier, status and period', () => {
    const obs = { ...base, indicator: 'x', value: '1' }
    expect(codesOf(ObservationSchema, { ...obs, qualifier: 'about' })).toEqual([
      'invalid_value@qualifier',
    ])
    expect(codesOf(ObservationSchema, { ...obs, status: 'final' })).toEqual([
      'invalid_value@status',
    ])
    expect(codesOf(ObservationSchema, { ...obs, period: '2024-09/2024-01' })).toEqual([
      'period_span_order@period',
    ])
  })
})
