import type { Indicator } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import type { ConditionExplanation } from '../evaluate/outcome'
import { FACTS } from '../facts/catalogue'
import { OPERATORS } from '../operators'
import { conditionInWords, FACT_WORDS, OPERATOR_WORDS, valueText } from './condition-words'

const condition = (overrides: Partial<ConditionExplanation>): ConditionExplanation => ({
  at: '/all/0',
  fact: 'value',
  params: {},
  operator: 'decimalGte',
  actual: null,
  expected: null,
  result: false,
  missing: false,
  ...overrides,
})

const share = {
  id: 'digital_economy_share_grdp',
  name: { vi: 'Tỷ trọng kinh tế số trong GRDP', en: 'Digital economy share of GRDP' },
  unit: 'percent',
} as Indicator

describe('conditionInWords', () => {
  it('says what a quota required and what was found, without the engine’s notation', () => {
    const quota = condition({
      fact: 'record_count',
      params: { kind: 'dx_product', status: 'completed' },
      expected: '2',
      actual: '1',
    })
    expect(conditionInWords(quota, 'vi')).toBe(
      'số bản ghi loại dx_product đã hoàn thành phải ít nhất 2; thực tế 1',
    )
    expect(conditionInWords(quota, 'en')).toBe(
      'the number of completed dx_product records must be at least 2; found 1',
    )
  })

  it('names the indicator and writes its numbers as the reports do', () => {
    const value = condition({
      params: { indicator: share.id },
      expected: '20',
      actual: '4.55',
    })
    expect(conditionInWords(value, 'vi', [share])).toBe(
      'giá trị của Tỷ trọng kinh tế số trong GRDP phải ít nhất 20%; thực tế 4,55%',
    )
    expect(conditionInWords({ ...value, missing: true }, 'en', [share])).toBe(
      'the value of Digital economy share of GRDP must be at least 20%; found no figure',
    )
  })

  it('words an indicator not reported as the figure asked for', () => {
    const reported = condition({
      fact: 'reported',
      params: { indicator: share.id },
      operator: 'equal',
      expected: true,
      actual: false,
    })
    expect(conditionInWords(reported, 'vi', [share])).toBe(
      'có số liệu “Tỷ trọng kinh tế số trong GRDP” cho kỳ này; thực tế chưa có',
    )
    expect(conditionInWords(reported, 'en', [share])).toBe(
      'a figure for “Digital economy share of GRDP” for the period; none was given',
    )
    // Asked the other way round, it is worded as any comparison is.
    expect(conditionInWords({ ...reported, expected: false, actual: true }, 'en', [share])).toBe(
      'whether it reported Digital economy share of GRDP must be equal to no; found yes',
    )
  })

  it('has words for every fact and operator a pack may name', () => {
    for (const name of FACTS.keys()) expect(FACT_WORDS, name).toHaveProperty(name)
    for (const name of OPERATORS.keys()) expect(OPERATOR_WORDS, name).toHaveProperty(name)
  })
})

describe('valueText', () => {
  it('groups thousands and marks decimals by language', () => {
    expect(valueText('363558', 'vi')).toBe('363.558')
    expect(valueText('363558.5', 'en')).toBe('363,558.5')
    expect(valueText('2024', 'vi')).toBe('2024')
    expect(valueText(['completed', 'planned'], 'vi')).toBe('đã hoàn thành, đã lên kế hoạch')
  })
})
