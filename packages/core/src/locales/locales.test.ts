import type { IssuePlace } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { CORE_ISSUE_CODES } from '../issues/core-issue-codes'
import type { CoreIssueFields } from '../issues/core-issue-fields'
import { en } from './en'
import { vi } from './vi'

const NAME = { vi: 'Tỉnh Mới', en: 'New province' }
const AT = { file: 'a.csv', row: 3 }

/** Examples of each code's fields and place; together they fill every field of the code. */
const SAMPLES: {
  [Code in keyof CoreIssueFields]: [CoreIssueFields[Code], IssuePlace][]
} = {
  unknown_unit: [
    [{ suggestions: ['85'], suggestionNames: [{ vi: 'Tỉnh X' }] }, { unit: '58' }],
    [
      { suggestions: [], suggestionNames: [], starts: ['2025-07-01', null] },
      { unit: '56@2024-01-01' },
    ],
  ],
  unit_not_valid_in_period: [
    [
      {
        units: [{ name: NAME, validTo: '2025-06-30' }],
        successors: ['56@2025-07-01'],
        successorNames: [NAME],
        laterUnits: [],
      },
      { unit: '58', period: '2026' },
    ],
    [
      {
        units: [{ name: NAME, validFrom: '2025-07-01' }],
        successors: [],
        successorNames: [],
        laterUnits: ['56@2025-07-01'],
      },
      { unit: '56', period: '2024' },
    ],
  ],
  unit_validity_straddles_period: [
    [
      {
        unitName: NAME,
        validFrom: '2025-07-01',
        validTo: '2030-01-01',
        validPart: '2025-07/2025-12',
      },
      { unit: '56', period: '2025' },
    ],
  ],
  unit_backcast: [
    [
      { unitName: NAME, validFrom: '2025-07-01', validTo: '2030-01-01' },
      { unit: '56@2025-07-01', period: '2024' },
    ],
  ],
  duplicate_observation: [
    [{ value: '≥ 71.5' }, { indicator: 'x_rate', unit: '58', period: '2024', related: [AT] }],
  ],
  conflicting_observation: [
    [
      { values: [{ value: '61.12', location: AT }, { value: '40' }] },
      { indicator: 'x_rate', unit: '58', period: '2024' },
    ],
  ],
  duplicate_record: [
    [
      { kind: 'dx_product', title: 'Cổng dữ liệu', date: '2024-05-01' },
      { unit: '58', related: [AT] },
    ],
    [{ kind: 'dx_product', id: 'DX-1', title: 'A', date: '2024-05-01' }, { unit: '58' }],
  ],
  conflicting_record: [
    [{ kind: 'dx_product', id: 'DX-9', title: 'A', date: '2024-05-01' }, { unit: '58' }],
  ],
  derived_value_differs: [
    [
      {
        value: '87.5',
        derived: '91.25',
        method: 'ratio',
        rule: 'x_rate',
        tolerance: '0.01',
        difference: '0.0429',
      },
      { indicator: 'x_rate', unit: '58', period: '2024' },
    ],
  ],
}

/** One sample of a code, by its place in the list. */
function sample<T>(samples: readonly T[], index: number): T {
  const found = samples[index]
  if (found === undefined) throw new Error(`no sample ${index}`)
  return found
}

describe('the catalogues of core’s issues', () => {
  it('word every code of the registry in both languages, and only those', () => {
    const codes = Object.keys(CORE_ISSUE_CODES).sort()
    expect(Object.keys(vi).sort()).toEqual(codes)
    expect(Object.keys(en).sort()).toEqual(codes)
  })

  it('describe in the registry exactly the fields the samples fill', () => {
    for (const [code, samples] of Object.entries(SAMPLES)) {
      const filled = new Set(samples.flatMap(([fields]) => Object.keys(fields)))
      const described = CORE_ISSUE_CODES[code as keyof CoreIssueFields].fields
      expect([...filled].sort(), code).toEqual(Object.keys(described).sort())
      for (const what of Object.values(described)) expect(what, code).toMatch(/\S/)
    }
  })

  it('render each sample without a hole, showing its place', () => {
    for (const [lang, catalogue] of Object.entries({ vi, en })) {
      for (const [code, samples] of Object.entries(SAMPLES)) {
        for (const [fields, place] of samples) {
          const render = catalogue[code as keyof CoreIssueFields] as (
            f: typeof fields,
            p: IssuePlace,
          ) => { message: string; hint?: string }
          const text = render(fields, place)
          const all = `${text.message} ${text.hint}`
          expect(text.message, `${lang} ${code}`).toMatch(/\S/)
          expect(text.hint, `${lang} ${code}`).toMatch(/\S/)
          expect(all, `${lang} ${code}`).not.toMatch(/undefined|NaN|\[object/)
          const ref = place.unit?.split('@')[0]
          if (ref !== undefined) expect(all, `${lang} ${code}`).toContain(ref)
          if (place.indicator !== undefined) expect(all).toContain(place.indicator)
        }
      }
    }
  })

  it('show the figures, suggestions and records the fields hold', () => {
    const [bounds, place] = sample(SAMPLES.derived_value_differs, 0)
    expect(en.derived_value_differs(bounds, place).message).toContain(
      'the submitted figure is 87.5, computed from its numerator and denominator (`x_rate`) it is 91.25 (4.29% apart, beyond the tolerance of 1%)',
    )
    expect(vi.derived_value_differs(bounds, place).message).toContain('chênh 4,29%')
    expect(en.derived_value_differs({ ...bounds, difference: undefined }, place).message).toContain(
      '(not 0)',
    )
    const [unknown, at] = sample(SAMPLES.unknown_unit, 0)
    expect(en.unknown_unit(unknown, at).hint).toContain('Did you mean `85` (Tỉnh X)?')
    // A commune code Excel typed as a number lost its leading zero; the commune is one of 2025.
    const zeroLost = { suggestions: ['03127@2025-07-01'], suggestionNames: [{ vi: 'Phường A' }] }
    expect(en.unknown_unit(zeroLost, { unit: '3127' }).hint).toContain(
      'A spreadsheet wrote the code as a number: format the column as Text',
    )
    expect(vi.unknown_unit(zeroLost, { unit: '3127' }).hint).toContain('định dạng cột là Text')
    expect(en.unknown_unit(zeroLost, { unit: '3128' }).hint).not.toContain('spreadsheet')
    const [dated, datedAt] = sample(SAMPLES.unknown_unit, 1)
    expect(vi.unknown_unit(dated, datedAt).hint).toBe(
      'Ghi `56@2025-07-01` hoặc `56` (đơn vị không ghi ngày bắt đầu hiệu lực).',
    )
    const [record, recordAt] = sample(SAMPLES.duplicate_record, 0)
    expect(en.duplicate_record(record, recordAt).message).toBe(
      'The record “Cổng dữ liệu” (2024-05-01) of `58` is submitted twice (first at a.csv:3); it is counted once.',
    )
    const [conflict, conflictAt] = sample(SAMPLES.conflicting_observation, 0)
    expect(en.conflicting_observation(conflict, conflictAt).message).toContain(
      '61.12 (at a.csv:3), 40 (at ?)',
    )
  })
})
