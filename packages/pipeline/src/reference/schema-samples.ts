/**
 * A row that raises each code of `@tiendo/schema` an observation can raise, for the issue-code
 * reference to show the message Tiendo really gives. A test checks each raises its code.
 */
export const SCHEMA_SAMPLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  id_syntax: { indicator: 'Tỷ-lệ', unit: '58', period: '2024', value: '1' },
  unit_ref_syntax: { indicator: 'dti_score', unit: '58 ', period: '2024', value: '1' },
  decimal_syntax: { indicator: 'dti_score', unit: '58', period: '2024', value: '0,59.34' },
  period_syntax: { indicator: 'dti_score', unit: '58', period: 'Q3-2024', value: '1' },
  period_month_range: { indicator: 'dti_score', unit: '58', period: '2024-13', value: '1' },
  period_quarter_range: { indicator: 'dti_score', unit: '58', period: '2024-Q5', value: '1' },
  period_half_range: { indicator: 'dti_score', unit: '58', period: '2024-H3', value: '1' },
  period_year_range: { indicator: 'dti_score', unit: '58', period: '1024', value: '1' },
  range_needs_low: {
    indicator: 'dti_score',
    unit: '58',
    period: '2024',
    qualifier: 'range',
    high: '0.6',
  },
}
