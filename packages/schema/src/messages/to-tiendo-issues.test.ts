import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ObservationSchema } from '../observation'
import { PackSchema } from '../pack'
import { TIENDO_CODES } from './codes'
import { en } from './en'
import type { IssueContext } from './locale'
import { show } from './locale'
import { toTiendoIssues } from './to-tiendo-issues'
import { vi } from './vi'

/** Letters only Vietnamese uses among the languages Tiendo meets: proof the text is Vietnamese. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i

const pack = {
  id: 'demo',
  version: '1.0.0',
  title: { vi: 'Thử nghiệm', en: 'Demo' },
  indicators: [
    {
      id: 'household_fibre_rate',
      name: { vi: 'Tỷ lệ hộ có cáp quang', en: 'Households with fibre' },
      unit: 'percent',
      direction: 'increase',
      bounds: { min: '100', max: '0' },
      aggregation: { method: 'ratio_of_sums' },
    },
  ],
}

function issuesOf(schema: z.ZodType, input: unknown, withInput = true) {
  const result = schema.safeParse(input)
  if (result.success) throw new Error('expected the input to fail')
  return toTiendoIssues(result.error, withInput ? { input } : {})
}

describe('toTiendoIssues', () => {
  it('names the field, in both languages, with a hint and a JSON Pointer', () => {
    const [issue, ...rest] = issuesOf(PackSchema, pack)
    expect(rest).toEqual([])
    expect(issue).toMatchObject({
      code: 'bounds_order',
      severity: 'error',
      location: { path: '/indicators/0/bounds/max' },
    })
    expect(issue!.message.en).toContain('`indicators[0].bounds.max`')
    expect(issue!.message.vi).toContain('`indicators[0].bounds.max`')
    expect(issue!.message.vi).toMatch(VIETNAMESE)
    expect(issue!.message.vi).toContain('Trường')
    expect(issue!.hint!.vi).toMatch(VIETNAMESE)
    expect(issue!.hint!.en).toContain('`max`')
  })

  it('quotes the value found when it is given the input', () => {
    const obs = { indicator: 'smartphone_user_rate', unit: '58', period: '2024', value: '87,5' }
    const [issue] = issuesOf(ObservationSchema, obs)
    expect(issue!.code).toBe('decimal_syntax')
    expect(issue!.message.en).toContain('"87,5"')
    expect(issue!.message.vi).toContain('"87,5"')
    expect(issue!.hint!.vi).toContain('87.5')
  })

  it('leads the hint of a mistyped period with the period meant, in both languages', () => {
    const obs = { indicator: 'smartphone_user_rate', unit: '58', period: '2024-q3', value: '1' }
    const [issue] = issuesOf(ObservationSchema, obs)
    expect(issue!.code).toBe('period_syntax')
    expect(issue!.hint!.en).toMatch(/^Did you mean `2024-Q3`\? Write a year `2024`/)
    expect(issue!.hint!.vi).toMatch(/^Có phải là `2024-Q3`\? Ghi năm `2024`/)
    // A year a spreadsheet wrote as a number: the cause is named, with how to stop it.
    const [excel] = issuesOf(ObservationSchema, { ...obs, period: '2024.0' })
    expect(excel!.hint!.en).toContain('Did you mean `2024`? A spreadsheet wrote it as a number')
    expect(excel!.hint!.vi).toContain(
      'Có phải là `2024`? Bảng tính đã ghi giá trị này dưới dạng số',
    )
    // Without a likely period the hint is the general one.
    const [odd] = issuesOf(ObservationSchema, { ...obs, period: 'hôm qua' })
    expect(odd!.hint!.en).toMatch(/^Write a year/)
  })

  it('offers a unit code typed with spaces around it without them, in both languages', () => {
    const obs = { indicator: 'smartphone_user_rate', unit: ' 58 ', period: '2024', value: '1' }
    const [issue] = issuesOf(ObservationSchema, obs)
    expect(issue!.code).toBe('unit_ref_syntax')
    expect(issue!.hint!.en).toBe('Remove the spaces around it: `58`.')
    expect(issue!.hint!.vi).toBe('Bỏ khoảng trắng ở hai đầu: `58`.')
    expect(issue).toMatchObject({ suggestion: '58' })
    // A space inside the code is no typing slip to trim: the general hint.
    const [inside] = issuesOf(ObservationSchema, { ...obs, unit: '5 8' })
    expect(inside!.hint!.en).toMatch(/^Write a unit code such as `58`/)
    expect(inside).not.toHaveProperty('suggestion')
  })

  it('offers a unit reference whose day is written as Vietnamese write dates as YYYY-MM-DD', () => {
    const obs = {
      indicator: 'smartphone_user_rate',
      unit: '68@1/7/2025',
      period: '2025',
      value: '1',
    }
    const [issue] = issuesOf(ObservationSchema, obs)
    expect(issue).toMatchObject({ code: 'unit_ref_syntax', suggestion: '68@2025-07-01' })
    // The day is spelled out, so a clerk sees it was read day first.
    expect(issue!.hint!.en).toBe(
      'Did you mean `68@2025-07-01` (the unit that starts on 1 July 2025)? Write the day the unit starts as YYYY-MM-DD.',
    )
    expect(issue!.hint!.vi).toBe(
      'Có phải là `68@2025-07-01` (đơn vị bắt đầu tồn tại từ ngày 1 tháng 7 năm 2025)? Ghi ngày đơn vị bắt đầu tồn tại theo dạng YYYY-MM-DD.',
    )
    const [spaced] = issuesOf(ObservationSchema, { ...obs, unit: '68 @ 2025-07-01' })
    expect(spaced!.hint!.en).toBe('Remove the spaces: `68@2025-07-01`.')
    expect(spaced!.hint!.vi).toBe('Bỏ khoảng trắng: `68@2025-07-01`.')
  })

  it('tells a missing field from a wrong one, with and without the input', () => {
    const obs = { unit: '58', period: '2024', value: 87.5 }
    for (const withInput of [true, false]) {
      const issues = issuesOf(ObservationSchema, obs, withInput)
      expect(issues.map((i) => i.code)).toEqual(['invalid_type', 'invalid_type'])
      expect(issues[0]!.message.en).toBe('Field `indicator` is missing.')
      expect(issues[0]!.message.vi).toBe('Trường `indicator` bị thiếu.')
      expect(issues[1]!.message.en).toContain('must be text, not a number')
      expect(issues[1]!.hint!.en).toContain('"87.5"')
      expect(issues[1]!.message.vi).toContain('phải là văn bản')
    }
  })

  it('suggests the decimal meant by text with a mark added, but never guesses at a comma', () => {
    const obs = { indicator: 'household_fibre_rate', unit: '58', period: '2024' }
    const [percent] = issuesOf(ObservationSchema, { ...obs, value: '80%' })
    expect(percent).toMatchObject({ code: 'decimal_syntax', suggestion: '80' })
    expect(percent!.hint!.en).toMatch(/^Did you mean `80`\? Write digits/)
    expect(percent!.hint!.vi).toMatch(/^Có phải là `80`\? Dùng dấu chấm/)
    const [comma] = issuesOf(ObservationSchema, { ...obs, value: '87,5' })
    expect(comma).not.toHaveProperty('suggestion')
    expect(comma!.hint!.en).toMatch(/^Write digits/)
  })

  it('quotes the number found where text belongs, when it shows every digit written', () => {
    const target = { indicator: 'household_fibre_rate', unit: '58', period: 2030, value: 12345 }
    const [period, value] = issuesOf(ObservationSchema, target)
    expect(period!.hint!.en).toBe(
      'Put it in quotes, `"2030"`: periods, codes and decimals are kept as text so that no digit is lost.',
    )
    expect(period!.hint!.vi).toContain('ngoặc kép, `"2030"`: kỳ, mã')
    expect(value!.hint!.en).toContain('`"12345"`')
    // Past 15 digits a parsed number may not be what was written: an example instead.
    const [long] = issuesOf(ObservationSchema, {
      ...target,
      period: '2024',
      value: Number('1234567890123456789'),
    })
    expect(long!.hint!.en).toContain('such as `"87.5"`')
    const [tiny] = issuesOf(ObservationSchema, { ...target, period: '2024', value: 1e-7 })
    expect(tiny!.hint!.en).toContain('such as `"87.5"`')
  })

  it('reports each unknown key on its own, at its own path', () => {
    const input = { ...pack, indicators: [], dirction: 1, titel: {} }
    const issues = issuesOf(PackSchema, input)
    expect(issues.map((i) => [i.code, i.location?.path])).toEqual([
      ['unrecognized_keys', '/dirction'],
      ['unrecognized_keys', '/titel'],
    ])
    expect(issues[0]!.message.vi).toBe(
      'Trường `dirction` không phải là trường mà Tiendo biết ở vị trí này.',
    )
  })

  it('reports a wrong discriminator as a choice among the allowed values', () => {
    const indicator = {
      ...pack.indicators[0]!,
      bounds: undefined,
      aggregation: { method: 'average' },
    }
    const [issue, ...rest] = issuesOf(PackSchema, { ...pack, indicators: [indicator] })
    expect(rest).toEqual([])
    expect(issue!.code).toBe('invalid_value')
    expect(issue!.location?.path).toBe('/indicators/0/aggregation/method')
    expect(issue!.message.en).toContain('`weighted_mean`')
    expect(issue!.message.vi).toContain('một trong các giá trị')
  })

  it('tells an indicator’s unit of measure written as a report writes it by its id', () => {
    const indicator = { ...pack.indicators[0]!, bounds: undefined, unit: '%' }
    const [issue, ...rest] = issuesOf(PackSchema, { ...pack, indicators: [indicator] })
    expect(rest).toEqual([])
    expect(issue).toMatchObject({ code: 'id_syntax', suggestion: 'percent' })
    expect(issue!.hint!.en).toMatch(
      /^Did you mean `percent`\? Write the unit of measure as an id: `percent` \(%\), `count`/,
    )
    expect(issue!.hint!.vi).toMatch(/^Có phải là `percent`\? Ghi đơn vị đo dưới dạng mã/)
    // A unit no id is known for still gets the list; another id field keeps its own hint.
    const [own] = issuesOf(PackSchema, {
      ...pack,
      indicators: [{ ...indicator, unit: 'triệu đồng' }],
    })
    expect(own).not.toHaveProperty('suggestion')
    expect(own!.hint!.en).toMatch(/^Write the unit of measure as an id/)
    const [id] = issuesOf(PackSchema, {
      ...pack,
      indicators: [{ ...indicator, unit: 'percent', id: '%' }],
    })
    expect(id!.hint!.en).toMatch(/^Use lowercase letters without accents/)
  })

  it('reports a failed union through its closest alternative', () => {
    const rule = {
      id: 'dx_product_every_year',
      severity: 'error',
      template: 'anual_quota',
      params: { record: 'dx_product', min: 1 },
    }
    const issues = issuesOf(PackSchema, { ...pack, indicators: [], rules: [rule] })
    expect(issues.map((i) => [i.code, i.location?.path])).toEqual([
      ['invalid_value', '/rules/0/template'],
    ])
    expect(issues[0]!.message.en).toContain('`annual_quota`')
  })

  it('uses the Tiendo code of a record key and of a reserved key', () => {
    const unit = { code: '58', name: { vi: 'Ninh Thuận' }, kind: 'province' }
    const attributes = JSON.parse('{"Dân số": 1, "__proto__": 2}')
    const bad = issuesOf(PackSchema, { ...pack, indicators: [], units: [{ ...unit, attributes }] })
    expect(bad.map((i) => [i.code, i.location?.path])).toEqual([
      ['key_reserved', '/units/0/attributes/__proto__'],
    ])
    const syntax = issuesOf(PackSchema, {
      ...pack,
      indicators: [],
      units: [{ ...unit, attributes: { 'Dân số': 1 } }],
    })
    expect(syntax.map((i) => [i.code, i.location?.path])).toEqual([
      ['id_syntax', '/units/0/attributes/Dân số'],
    ])
    expect(syntax[0]!.message.en).toContain('`units[0].attributes["Dân số"]`')
  })

  it('uses the caller’s locate and severity', () => {
    const result = PackSchema.safeParse(pack)
    const seen: PropertyKey[][] = []
    const issues = toTiendoIssues(result.error!, {
      severity: 'warning',
      locate: (path) => {
        seen.push([...path])
        return { file: 'ninh-thuan.json', row: 12 }
      },
    })
    expect(seen).toEqual([['indicators', 0, 'bounds', 'max']])
    expect(issues[0]).toMatchObject({
      severity: 'warning',
      location: { file: 'ninh-thuan.json', row: 12 },
    })
  })

  it('falls back on zod’s own locale for kinds Tiendo does not word', () => {
    const result = z.number().multipleOf(5).safeParse(12)
    const [issue] = toTiendoIssues(result.error!)
    expect(issue!.code).toBe('not_multiple_of')
    expect(issue!.message.en).toContain('multiple of 5')
    expect(issue!.message.vi).toContain('bội số của 5')
  })

  it('leaves zod’s global configuration alone', () => {
    const before = { ...z.config() }
    issuesOf(PackSchema, pack)
    expect(z.config()).toEqual(before)
  })

  it('never throws, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        for (const schema of [PackSchema, ObservationSchema]) {
          const result = schema.safeParse(input)
          if (result.success) continue
          const issues = toTiendoIssues(result.error, { input })
          expect(issues.length).toBeGreaterThan(0)
          for (const issue of issues) {
            expect(issue.message.vi.length).toBeGreaterThan(0)
            expect(issue.message.en.length).toBeGreaterThan(0)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('the wording of every Tiendo code', () => {
  const context = (code: string): IssueContext => ({
    code,
    issue: { code: 'custom', path: ['a', 0], message: 'x', params: { tiendo: code } },
    field: 'a[0]',
    received: 'string',
    value: { known: true, value: 'v' },
  })

  it.each(TIENDO_CODES)('%s has a Vietnamese and an English message and hint', (code) => {
    const v = vi.codes[code](context(code))
    const e = en.codes[code](context(code))
    expect(v.message).toContain('`a[0]`')
    expect(e.message).toContain('`a[0]`')
    expect(`${v.message} ${v.hint}`).toMatch(VIETNAMESE)
    expect(v.hint.length).toBeGreaterThan(10)
    expect(e.hint.length).toBeGreaterThan(10)
    expect(v.message).not.toBe(e.message)
  })
})

describe('quoting what was found', () => {
  it('quotes strings escaped and short, and names objects instead of printing them', () => {
    expect(show(`${'x'.repeat(100)}`)).toBe(`"${'x'.repeat(58)}…`)
    expect(show('a\u001b[2J')).toBe('"a\\u001b[2J"')
    const [text] = issuesOf(ObservationSchema, {
      indicator: 'x',
      unit: '58',
      period: 'Q3\u001b',
      value: '1',
    })
    expect(text!.message.en).toBe('Field `period` is not a period (found "Q3\\u001b").')
    const [object] = issuesOf(ObservationSchema, {
      indicator: 'x',
      unit: '58',
      period: { year: 2024 },
      value: '1',
    })
    expect(object!.message.en).toBe('Field `period` must be text, not an object (found {…}).')
  })
})
