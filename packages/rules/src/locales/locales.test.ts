import type { IssuePlace } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { RULES_ISSUE_CODES } from '../rules-issue-codes'
import { en } from './en'
import type { TypedRulesIssueFields } from './typed-codes'
import { vi } from './vi'

const NAME = { vi: 'Tỷ lệ thử', en: 'Test rate' }

/** Examples of each typed code's fields and place; together they fill every field. */
const SAMPLES: {
  [Code in keyof TypedRulesIssueFields]: [TypedRulesIssueFields[Code], IssuePlace][]
} = {
  unknown_indicator: [
    [{ pack: 'ninh-thuan', suggestions: ['x_rate'] }, { indicator: 'x_rte' }],
    [{ pack: 'ninh-thuan', suggestions: [] }, { indicator: 'zzz' }],
  ],
  value_out_of_bounds: [
    [
      {
        field: 'value',
        value: '875',
        min: '0',
        max: '100',
        indicatorName: NAME,
        indicatorUnit: 'percent',
      },
      { indicator: 'x_rate' },
    ],
    [
      { field: 'low', value: '-1', min: '0', indicatorName: NAME, indicatorUnit: 'bananas' },
      { indicator: 'x_rate' },
    ],
  ],
  value_not_whole: [
    [
      { field: 'value', value: '1.5', indicatorName: NAME, indicatorUnit: 'count' },
      { indicator: 'x_count' },
    ],
    [
      {
        field: 'value',
        value: '75.00000000000001',
        rounded: '75',
        indicatorName: NAME,
        indicatorUnit: 'count',
      },
      { indicator: 'x_count' },
    ],
    [
      {
        field: 'high',
        value: '1.250',
        thousands: '1250',
        indicatorName: NAME,
        indicatorUnit: 'rank',
      },
      { indicator: 'x_rank' },
    ],
    [
      {
        field: 'value',
        value: '2.000',
        thousands: '2000',
        indicatorName: NAME,
        indicatorUnit: 'stations',
      },
      { indicator: 'x_stations' },
    ],
  ],
  observation_in_future: [[{ today: '2025-01-01' }, { period: '2026' }]],
  record_in_future: [[{ date: '2026-01-01', today: '2025-01-01' }, {}]],
  unknown_record_kind: [
    [
      { kind: 'x_product', pack: 'ninh-thuan', suggestions: ['dx_product'], kinds: ['dx_product'] },
      {},
    ],
    [{ kind: 'zzz', pack: 'ninh-thuan', suggestions: [], kinds: [] }, {}],
  ],
  rule_failed: [[{ rule: 'fibre_no_fall' }, {}]],
}

/** One sample of a code, by its place in the list. */
function sample<T>(samples: readonly T[], index: number): T {
  const found = samples[index]
  if (found === undefined) throw new Error(`no sample ${index}`)
  return found
}

describe('the catalogues of rules’ typed codes', () => {
  it('word every typed code in both languages, each a code of the registry', () => {
    const typed = Object.keys(SAMPLES).sort()
    expect(Object.keys(vi).sort()).toEqual(typed)
    expect(Object.keys(en).sort()).toEqual(typed)
    for (const code of typed) expect(RULES_ISSUE_CODES, code).toHaveProperty(code)
  })

  it('describe in the registry exactly the fields the samples fill', () => {
    for (const [code, samples] of Object.entries(SAMPLES)) {
      const filled = new Set(samples.flatMap(([fields]) => Object.keys(fields)))
      const described = RULES_ISSUE_CODES[code as keyof TypedRulesIssueFields].fields
      expect([...filled].sort(), code).toEqual(Object.keys(described).sort())
      for (const what of Object.values(described)) expect(what, code).toMatch(/\S/)
    }
  })

  it('render each sample without a hole, showing its fields', () => {
    for (const [lang, catalogue] of Object.entries({ vi, en })) {
      for (const [code, samples] of Object.entries(SAMPLES)) {
        for (const [fields, place] of samples) {
          const render = catalogue[code as keyof TypedRulesIssueFields] as (
            f: typeof fields,
            p: IssuePlace,
          ) => { message: string; hint?: string }
          const text = render(fields, place)
          const all = `${text.message} ${text.hint ?? ''}`
          expect(all, `${lang} ${code}`).not.toMatch(/undefined|NaN|\[object/)
          // Every text field shows as written, but the enum and the unit put into words.
          const texts = Object.entries(fields)
            .filter(([name]) => name !== 'field' && name !== 'indicatorUnit')
            .map(([, value]) => value)
          for (const value of [place.indicator, place.period, ...texts]) {
            if (typeof value === 'string') expect(all, `${lang} ${code}`).toContain(value)
          }
        }
      }
    }
  })

  it('name the bounds and the unit of measure in words', () => {
    const [outside, place] = sample(SAMPLES.value_out_of_bounds, 1)
    expect(en.value_out_of_bounds(outside, place).message).toContain('bounds [0, +∞]')
    expect(vi.value_out_of_bounds(outside, place).message).toContain('giới hạn 0 đến +∞')
    expect(en.value_out_of_bounds(outside, place).hint).toContain('unit (bananas)')
    const [percent, at] = sample(SAMPLES.value_out_of_bounds, 0)
    expect(vi.value_out_of_bounds(percent, at).hint).toContain('(phần trăm (%))')
    const [none, nowhere] = sample(SAMPLES.unknown_record_kind, 1)
    expect(vi.unknown_record_kind(none, nowhere).hint).toBe(
      'Các loại bản ghi của bộ quy tắc: (không có).',
    )
  })
})
