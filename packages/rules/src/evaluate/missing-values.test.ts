import type { MissingValueStrategy, Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { units } from '../__tests__/fixtures'
import { resultOf, run } from '../__tests__/run'
import { createMemoryFactSource } from '../memory-source'

/** Two communes: 58.001 reported households only, 58.002 nothing. */
const source = createMemoryFactSource({
  units,
  observations: [{ indicator: 'households', unit: '58.001', period: '2024', value: '10' }],
})
const scope = { unitKinds: ['commune'], periods: ['2024'] }
const households = (operator: string, value: string) => ({
  fact: 'value',
  params: { indicator: 'households' },
  operator,
  value,
})
const fibre = (operator: string, value: string) => ({
  fact: 'value',
  params: { indicator: 'fibre_households' },
  operator,
  value,
})

function rule(conditions: unknown, missing?: MissingValueStrategy): Rule {
  return {
    id: 'r',
    severity: 'error',
    scope,
    ...(missing === undefined ? {} : { missing }),
    message: { vi: 'Thiếu: {failed}', en: 'Missing: {failed}' },
    conditions,
  } as Rule
}

async function outcomes(conditions: unknown, missing?: MissingValueStrategy) {
  const evaluation = await run([rule(conditions, missing)], source)
  return {
    some: resultOf(evaluation, '58.001', '2024'),
    none: resultOf(evaluation, '58.002', '2024'),
  }
}

describe('missing-value strategies', () => {
  const both = { all: [households('decimalGte', '1'), fibre('decimalGte', '1')] }

  it('skip_if_any_missing (the default) skips when any input is missing', async () => {
    const { some, none } = await outcomes(both)
    expect(some.outcome).toBe('skipped')
    expect(some.skipReason?.code).toBe('missing_input')
    expect(some.skipReason?.message.en).toBe('Missing input: value(indicator: fibre_households).')
    expect(some.skipReason?.message.vi).toBe(
      'Thiếu dữ liệu đầu vào: value(indicator: fibre_households).',
    )
    expect(some.missing).toEqual([{ fact: 'value', params: { indicator: 'fibre_households' } }])
    // The explanation still shows what was there, and marks what was not.
    expect(some.conditions.map((c) => [c.actual, c.result, c.missing])).toEqual([
      ['10', null, false],
      [null, null, true],
    ])
    expect(none.outcome).toBe('skipped')
  })

  it('skip_if_all_missing evaluates when some inputs are present', async () => {
    const { some, none } = await outcomes(both, 'skip_if_all_missing')
    expect(some.outcome).toBe('failed')
    expect(some.message?.en).toBe('Missing: “Households with fibre” (`fibre_households`)')
    expect(some.conditions.map((c) => c.result)).toEqual([true, null])
    expect(none.outcome).toBe('skipped')
    expect(none.skipReason?.code).toBe('all_inputs_missing')
  })

  it('never_skip fails a rule whose inputs are all missing', async () => {
    const { none } = await outcomes(both, 'never_skip')
    expect(none.outcome).toBe('failed')
    expect(none.message?.en).toBe(
      'Missing: “Households” (`households`), “Households with fibre” (`fibre_households`)',
    )
    expect(none.message?.vi).toBe(
      'Thiếu: “Số hộ gia đình” (`households`), “Số hộ gia đình có cáp quang” (`fibre_households`)',
    )
  })

  it('lists a condition named otherwise than its indicator by its name alone', async () => {
    const named = { all: [{ ...fibre('decimalGte', '1'), name: 'fibre_reported' }] }
    const { none } = await outcomes(named, 'never_skip')
    expect(none.message?.en).toBe('Missing: fibre_reported')
  })

  it('a rule passes with missing inputs only if it holds whatever they are', async () => {
    // `any`: the present branch holds, so the missing one cannot change the verdict.
    const either = await outcomes(
      { any: [households('decimalGte', '1'), fibre('decimalGte', '1')] },
      'never_skip',
    )
    expect(either.some.outcome).toBe('passed')
    // `not` over a missing comparison stays undecided: it never passes by negation.
    const negated = await outcomes({ not: fibre('decimalGte', '1') }, 'never_skip')
    expect(negated.some.outcome).toBe('failed')
    // `all` with a present comparison that fails is failed whatever the missing one is.
    const failing = await outcomes(
      { all: [households('decimalGte', '11'), fibre('decimalGte', '1')] },
      'skip_if_all_missing',
    )
    expect(failing.some.outcome).toBe('failed')
    expect(failing.some.conditions.map((c) => c.result)).toEqual([false, null])
  })

  it('inputs that are never missing never skip a rule', async () => {
    const { none } = await outcomes({
      all: [
        {
          fact: 'record_count',
          params: { kind: 'dx_product' },
          operator: 'decimalGte',
          value: '0',
        },
      ],
    })
    expect(none.outcome).toBe('passed')
  })
})
