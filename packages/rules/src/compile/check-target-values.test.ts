import type { Target } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { pack, targets } from '../__tests__/fixtures'
import { compilePack } from './compile-pack'

/** A target of the fixture's percent bounded to [0, 100], with the changes given. */
const share = (extra: Partial<Target>): Target => ({ ...targets[1]!, ...extra })

/** A target of the fixture's count of households with fibre (whole numbers by its unit). */
const fibre = (extra: Partial<Target>): Target => ({
  id: 'fibre_2030',
  indicator: 'fibre_households',
  unit: '58',
  comparator: 'gte',
  value: '1250',
  by: '2030',
  ...extra,
})

function issuesOf(targets: Target[]) {
  const compiled = compilePack(pack([], { targets }))
  return compiled.ok ? [] : compiled.issues
}

const problems = (targets: Target[]) =>
  issuesOf(targets).map((issue) => [issue.code, issue.location?.path])

/** The problems expected: one code for each target in turn, at the field named for it. */
const each = (code: string, fields: string[]) =>
  fields.map((field, t) => [code, `/targets/${t}/${field}`])

describe("a target's figures, checked against its indicator when the pack loads", () => {
  it('accepts targets within the bounds, at them, and bands reaching past them', () => {
    expect(
      problems([
        share({ id: 'a', value: '100' }),
        share({ id: 'b', comparator: 'lte', value: '0' }),
        share({ id: 'c', comparator: 'eq', value: '55.5' }),
        // Past a bound but not covering every value: "at most 50", written as a band.
        share({ id: 'd', comparator: 'between', value: '-5', upper: '50' }),
        share({ id: 'e', comparator: 'between', value: '20', upper: '120' }),
        share({ id: 'f', comparator: 'gt', value: 99.5 }),
      ]),
    ).toEqual([])
  })

  it('refuses a target no value within the bounds meets, at the figure at fault', () => {
    const found = issuesOf([
      share({ id: 'a', value: '800' }),
      // Decision 411's "100% by 2030" once written so: more than 100% of enterprises.
      share({ id: 'b', comparator: 'gt', value: '100' }),
      share({ id: 'c', comparator: 'lt', value: '0' }),
      share({ id: 'd', comparator: 'lte', value: '-1' }),
      share({ id: 'e', comparator: 'eq', value: '100.5' }),
      share({ id: 'f', comparator: 'between', value: '101', upper: '200' }),
      share({ id: 'g', comparator: 'between', value: '-20', upper: '-10' }),
    ])
    expect(found.map((issue) => [issue.code, issue.location?.path])).toEqual(
      each('target_out_of_bounds', ['value', 'value', 'value', 'value', 'value', 'value', 'upper']),
    )
    expect(found[0]!.severity).toBe('error')
    expect(found[1]!.message.en).toBe(
      'Field `targets[1].value`: target `b` asks for `> 100`, but indicator `digital_economy_share_grdp` takes values within [0, 100] only, so no value meets it.',
    )
    expect(found[1]!.message.vi).toBe(
      'Trường `targets[1].value`: mục tiêu `b` đặt `> 100`, nhưng chỉ tiêu `digital_economy_share_grdp` chỉ nhận giá trị trong giới hạn [0, 100], nên không giá trị nào đạt được mục tiêu.',
    )
    expect(found[1]!.hint?.en).toContain('a percent as `80`, not `800`')
    expect(found[1]!.hint?.en).toContain('`gte` 100, not `gt` 100')
    expect(found[6]!.message.en).toContain('target `g` asks for `∈ [-20, -10]`')
  })

  it('refuses a target every value within the bounds meets', () => {
    const found = issuesOf([
      share({ id: 'a', value: '-1' }),
      share({ id: 'b', comparator: 'gte', value: '0' }),
      share({ id: 'c', comparator: 'lte', value: '150' }),
      share({ id: 'd', comparator: 'lt', value: '100.5' }),
      share({ id: 'e', comparator: 'between', value: '0', upper: '100' }),
    ])
    expect(found.map((issue) => [issue.code, issue.location?.path])).toEqual(
      each('target_out_of_bounds', ['value', 'value', 'value', 'value', 'value']),
    )
    expect(found[2]!.message.en).toBe(
      'Field `targets[2].value`: target `c` asks for `≤ 150`, but indicator `digital_economy_share_grdp` takes values within [0, 100] only, so every value meets it.',
    )
    expect(found[2]!.message.vi).toContain('nên giá trị nào cũng đạt mục tiêu')
    expect(found[2]!.hint?.en).toContain('To assess the indicator’s trend alone, remove it.')
  })

  it('leaves an indicator without bounds alone, and reads one bound alone', () => {
    const open = pack([], {
      indicators: pack([]).indicators!.map((indicator) =>
        indicator.id === 'digital_economy_share_grdp'
          ? { ...indicator, bounds: { min: '0' } }
          : indicator,
      ),
      targets: [
        share({ id: 'a', value: '800' }),
        share({ id: 'b', comparator: 'lt', value: '-1' }),
      ],
    })
    const compiled = compilePack(open)
    expect(compiled.ok ? [] : compiled.issues.map((issue) => issue.message.en)).toEqual([
      'Field `targets[1].value`: target `b` asks for `< -1`, but indicator `digital_economy_share_grdp` takes values within [0, +∞] only, so no value meets it.',
    ])
  })

  it('refuses decimals in a target of whole numbers, telling dots between thousands', () => {
    const found = issuesOf([
      fibre({ id: 'a', value: '1.250' }),
      fibre({ id: 'b', value: '12.5' }),
      fibre({ id: 'c', comparator: 'between', value: '1.000', upper: '2.500' }),
      fibre({ id: 'd', value: '1250.0' }),
      fibre({ id: 'e', value: 300 }),
    ])
    expect(found.map((issue) => [issue.code, issue.location?.path])).toEqual([
      ['target_not_whole', '/targets/0/value'],
      ['target_not_whole', '/targets/1/value'],
      ['target_not_whole', '/targets/2/value'],
      ['target_not_whole', '/targets/2/upper'],
    ])
    expect(found[0]!.message.en).toBe(
      'Field `targets[0].value`: target `a` sets `1.250`, but indicator `fibre_households` takes whole numbers (count): it may mean 1250, written with dots between thousands.',
    )
    expect(found[0]!.hint?.en).toContain('Write `"1250"`, without thousands separators.')
    expect(found[0]!.message.vi).toContain('có lẽ là 1250, viết với dấu chấm phân cách hàng nghìn')
    expect(found[1]!.message.en).toBe(
      'Field `targets[1].value`: target `b` sets `12.5`, not a whole number, but indicator `fibre_households` takes whole numbers (count).',
    )
    expect(found[1]!.hint?.en).toContain('`wholeNumbers: false`')
  })

  it('takes decimals where the indicator declares `wholeNumbers: false`', () => {
    const averages = pack([], {
      indicators: pack([]).indicators!.map((indicator) =>
        indicator.id === 'fibre_households' ? { ...indicator, wholeNumbers: false } : indicator,
      ),
      targets: [fibre({ value: '12.5' })],
    })
    expect(compilePack(averages).ok).toBe(true)
  })
})
