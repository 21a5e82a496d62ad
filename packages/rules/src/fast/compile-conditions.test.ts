import type { Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { units } from '../__tests__/fixtures'
import { compileRules } from '../__tests__/run'
import { evaluate } from '../evaluate/evaluate'
import { createMemoryFactSource } from '../memory-source'

const source = createMemoryFactSource({
  units,
  observations: [
    { indicator: 'households', unit: '58', period: '2024', value: '100' },
    { indicator: 'fibre_households', unit: '58', period: '2024', value: '80' },
  ],
})

const rule = (conditions: unknown): Rule =>
  ({
    id: 'r',
    severity: 'warning',
    conditions,
    scope: { units: ['58'], periods: ['2024'] },
    message: { vi: '{failed}', en: '{failed}' },
  }) as Rule

const households = (operator: string, value: string, priority?: number) => ({
  fact: 'value',
  params: { indicator: 'households' },
  operator,
  value,
  ...(priority === undefined ? {} : { priority }),
})

async function both(conditions: unknown) {
  const pack = compileRules([rule(conditions)])
  const compiled = await evaluate(pack, source)
  const engine = await evaluate(pack, source, { mode: 'engine' })
  expect(compiled).toStrictEqual(engine)
  return compiled.results[0]!
}

describe('compileConditions: json-rules-engine semantics', () => {
  it('stops an `any` after a higher-priority group holds: the rest is never evaluated', async () => {
    const result = await both({
      any: [households('decimalGt', '1000', 1), households('decimalGte', '100', 2)],
    })
    expect(result.outcome).toBe('passed')
    // Reading order stays; the priority-1 comparison was skipped, so it has no verdict.
    expect(result.conditions.map((c) => c.result)).toEqual([null, true])
    expect(result.conditions[0]!.actual).toBe('100')
  })

  it('evaluates every comparison of one priority, even after one decided an `all`', async () => {
    const result = await both({
      all: [households('decimalGt', '1000'), households('decimalGte', '100')],
    })
    expect(result.outcome).toBe('failed')
    expect(result.conditions.map((c) => c.result)).toEqual([false, true])
  })

  it('stops an `all` after a higher-priority group fails', async () => {
    const result = await both({
      all: [households('decimalGte', '100', 1), households('decimalGt', '1000', 3)],
    })
    expect(result.conditions.map((c) => c.result)).toEqual([null, false])
  })

  it('negates with `not`, and holds an empty `all` and `any` true', async () => {
    expect((await both({ not: households('decimalGt', '1000') })).outcome).toBe('passed')
    expect((await both({ all: [] })).outcome).toBe('passed')
    expect((await both({ any: [] })).outcome).toBe('passed')
    expect((await both({ not: { any: [] } })).outcome).toBe('failed')
  })

  it('compares a fact with another fact, recording both values', async () => {
    const result = await both({
      all: [
        {
          fact: 'value',
          params: { indicator: 'fibre_households' },
          operator: 'decimalLte',
          value: { fact: 'value', params: { indicator: 'households' } },
        },
      ],
    })
    expect(result.conditions[0]).toMatchObject({ actual: '80', expected: '100', result: true })
  })
})
