import { describe, expect, it } from 'vitest'
import { indicators, pack, targets, units } from '../__tests__/fixtures'
import { packProblems, resultOf, run } from '../__tests__/run'
import { compilePack } from '../compile/compile-pack'
import { expandTemplate } from '../expand-template'
import { createMemoryFactSource } from '../memory-source'

const tables = { indicators, targets }

describe('template target', () => {
  it('expands a named target into a comparison, scoped to its unit and year', () => {
    expect(
      expandTemplate(
        {
          id: 'de_2025',
          severity: 'warning',
          template: 'target',
          params: { target: 'de_share_2025' },
        },
        tables,
      ),
    ).toEqual({
      ok: true,
      rule: {
        id: 'de_2025',
        severity: 'warning',
        scope: { units: ['58'], periods: ['2025'] },
        message: {
          vi: '{unit_name} ({unit}): Tỷ trọng kinh tế số trong GRDP đạt {fact:value} trong kỳ {period}, chưa đạt mục tiêu ≥ 20 đến 2025.',
          en: '{unit_name} ({unit}): Digital economy share of GRDP is {fact:value} in {period} and does not meet the target ≥ 20 by 2025.',
        },
        conditions: {
          all: [
            {
              fact: 'value',
              params: { indicator: 'digital_economy_share_grdp' },
              operator: 'decimalGte',
              value: '20',
            },
          ],
        },
      },
    })
  })

  it('expands a target spelled out, `between` into a pair', () => {
    const expanded = expandTemplate(
      {
        id: 'band',
        severity: 'info',
        template: 'target',
        params: {
          indicator: 'digital_economy_share_grdp',
          comparator: 'between',
          value: 25,
          upper: '30',
          by: '2030',
        },
        scope: { unitKinds: ['province'] },
      },
      tables,
    )
    expect(expanded.ok && expanded.rule.conditions).toEqual({
      all: [
        {
          fact: 'value',
          params: { indicator: 'digital_economy_share_grdp' },
          operator: 'decimalBetween',
          value: ['25', '30'],
        },
      ],
    })
    // The rule's units replace the implied ones; the target's year stays.
    expect(expanded.ok && expanded.rule.scope).toEqual({
      unitKinds: ['province'],
      periods: ['2030'],
    })
  })

  it('refuses half a target, or a target and its parts together', () => {
    expect(
      packProblems([
        {
          id: 'a',
          severity: 'error',
          template: 'target',
          params: { indicator: 'households', value: '1' },
        },
        {
          id: 'b',
          severity: 'error',
          template: 'target',
          params: { target: 'de_share_2025', by: '2030' },
        },
        { id: 'c', severity: 'error', template: 'target', params: { target: 'no_such_target' } },
        {
          id: 'd',
          severity: 'error',
          template: 'target',
          params: {
            indicator: 'households',
            comparator: 'gte',
            value: '1',
            upper: '2',
            by: '2024',
          },
        },
      ]),
    ).toEqual([
      'param_required /rules/0/params/comparator',
      'param_required /rules/0/params/by',
      'template_params /rules/1/params/by',
      'unknown_target /rules/2/params/target',
      'template_params /rules/3/params/upper',
    ])
  })

  it('checks a target spelled out against its indicator, as a pack target is', () => {
    const spelled = (id: string, params: Record<string, unknown>) => ({
      id,
      severity: 'error' as const,
      template: 'target' as const,
      params: { by: '2030', ...params },
    })
    const share = { indicator: 'digital_economy_share_grdp' }
    const compiled = compilePack(
      pack([
        spelled('more_than_all', { ...share, comparator: 'gt', value: '100' }),
        spelled('every_value', { ...share, comparator: 'lte', value: 150 }),
        spelled('thousands', { indicator: 'households', comparator: 'gte', value: '1.250' }),
        // Met by some values and not all: taken.
        spelled('fine', { ...share, comparator: 'between', value: '-5', upper: '50' }),
      ]),
    )
    expect(compiled.ok).toBe(false)
    const issues = compiled.ok ? [] : compiled.issues
    expect(issues.map((issue) => `${issue.code} ${issue.location?.path}`)).toEqual([
      'target_out_of_bounds /rules/0/params/value',
      'target_out_of_bounds /rules/1/params/value',
      'target_not_whole /rules/2/params/value',
    ])
    expect(issues[0]!.message.en).toBe(
      'Field `rules[0].params.value`: rule `more_than_all` asks for `> 100`, but indicator `digital_economy_share_grdp` takes values within [0, 100] only, so no value meets it.',
    )
    expect(issues[2]!.message.vi).toBe(
      'Trường `rules[2].params.value`: quy tắc `thousands` đặt giá trị `1.250`, nhưng chỉ tiêu `households` tính bằng số nguyên (số lượng): có lẽ là 1250, viết với dấu chấm phân cách hàng nghìn.',
    )
  })

  it('fails a unit short of its target, explaining the value found', async () => {
    const source = createMemoryFactSource({
      units: units.map(({ validTo: _validTo, ...unit }) => unit),
      observations: [
        { indicator: 'digital_economy_share_grdp', unit: '58', period: '2025', value: '19.99' },
      ],
    })
    const evaluation = await run(
      [
        {
          id: 'de_2025',
          severity: 'error',
          template: 'target',
          params: { target: 'de_share_2025' },
        },
      ],
      source,
    )
    expect(evaluation.results).toHaveLength(1)
    const result = resultOf(evaluation, '58', '2025')
    expect(result.outcome).toBe('failed')
    expect(result.conditions[0]).toMatchObject({ actual: '19.99', expected: '20', result: false })
    expect(result.message?.en).toBe(
      'Ninh Thuan (58): Digital economy share of GRDP is 19.99 in 2025 and does not meet the target ≥ 20 by 2025.',
    )
  })
})
