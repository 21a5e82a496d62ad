import type { Rule } from '@tiendo/schema'
import { Engine } from 'json-rules-engine'
import { describe, expect, it } from 'vitest'
import { dxProductRule, product, units } from '../__tests__/fixtures'
import { compileRules, run } from '../__tests__/run'
import type { CompiledPack, CompiledPackInternal } from '../compile/compiled'
import type { FactSource } from '../fact-source'
import { createMemoryFactSource } from '../memory-source'
import { FactError } from '../scope-facts'
import { evaluate } from './evaluate'

const source = createMemoryFactSource({
  units,
  observations: [
    { indicator: 'households', unit: '58.001', period: '2022', value: '5' },
    { indicator: 'households', unit: '58.001', period: '2024-Q2', value: '5' },
  ],
  records: [product('58.001', '2024-05-05')],
})
const quota = (scope: Rule['scope'], id = 'quota'): Rule => ({
  id,
  severity: 'error',
  template: 'annual_quota',
  params: { record: 'dx_product' },
  ...(scope === undefined ? {} : { scope }),
})
const scopesOf = (evaluation: Awaited<ReturnType<typeof run>>) =>
  evaluation.results.map((r) => `${r.unit} ${r.period}`)

describe('evaluate: scopes', () => {
  it('steps through the periods a rule names, over the units of its kinds', async () => {
    const evaluation = await run(
      [quota({ unitKinds: ['commune'], from: '2023', to: '2024' })],
      source,
    )
    expect(scopesOf(evaluation)).toEqual([
      '58.001 2023',
      '58.002 2023',
      '58.001 2024',
      '58.002 2024',
    ])
  })

  it('runs only the scopes of the units `units` accepts, and warns of none it filtered', async () => {
    const rules = [
      quota({ unitKinds: ['commune'], from: '2023', to: '2024' }),
      quota({ units: ['58.002', 'NOWHERE'], from: '2024', to: '2024' }, 'named'),
    ]
    const only = (unit: { code: string }) => unit.code === '58.001'
    const evaluation = await run(rules, source, { units: only })
    expect(scopesOf(evaluation)).toEqual(['58.001 2023', '58.001 2024'])
    // The rule naming 58.002 (and a reference naming no unit) has no scope left: no warning.
    expect(evaluation.issues).toEqual([])
    expect(evaluation.summary.scopes).toBe(2)
    // Without the filter, the same rules run over both communes and the reference is skipped.
    const whole = await run(rules, source)
    expect(scopesOf(whole)).toEqual([
      '58.001 2023',
      '58.002 2023',
      '58.001 2024',
      '58.002 2024',
      '58.002 2024',
      'NOWHERE 2024',
    ])
  })

  it('takes the evaluation’s periods, then the data’s, when the rule names none', async () => {
    const windowed = await run([quota({ units: ['58.001'] })], source, { from: '2020', to: '2021' })
    expect(scopesOf(windowed)).toEqual(['58.001 2020', '58.001 2021'])
    // A quota counts records: it runs over the years the records span (2024 here)…
    const fromRecords = await run([quota({ units: ['58.001'] })], source)
    expect(scopesOf(fromRecords)).toEqual(['58.001 2024'])
    // …and a rule over figures over the data's periods, from 2022 to 2024-Q2.
    const reported: Rule = {
      id: 'reported',
      severity: 'info',
      message: { vi: '{period}', en: '{period}' },
      scope: { units: ['58.001'] },
      conditions: {
        all: [
          { fact: 'reported', params: { indicator: 'households' }, operator: 'equal', value: true },
        ],
      },
    }
    const fromData = await run([reported], source)
    expect(scopesOf(fromData)).toEqual(['58.001 2022', '58.001 2023', '58.001 2024'])
  })

  it('evaluates every unit when the rule names none', async () => {
    const evaluation = await run([quota({ periods: ['2024'] })], source)
    expect(scopesOf(evaluation)).toEqual([
      'VN 2024',
      '58 2024',
      '58.001 2024',
      '58.002 2024',
      '58.STTTT 2024',
      '58.SYT 2024',
    ])
  })

  it('steps by quarter when asked', async () => {
    const rule: Rule = {
      id: 'q',
      severity: 'info',
      message: { vi: '{period}', en: '{period}' },
      scope: { units: ['58.001'], every: 'quarter', from: '2024', to: '2024-Q2' },
      conditions: {
        all: [
          { fact: 'reported', params: { indicator: 'households' }, operator: 'equal', value: true },
        ],
      },
    }
    const evaluation = await run([rule], source)
    expect(evaluation.results.map((r) => `${r.period} ${r.outcome}`)).toEqual([
      '2024-Q1 failed',
      '2024-Q2 passed',
    ])
  })

  it('reports a unit that does not exist in a period as skipped, not dropped', async () => {
    const evaluation = await run(
      [quota({ units: ['58', '99'], periods: ['2024', '2026'] })],
      source,
    )
    expect(
      evaluation.results.map(
        (r) => `${r.unit} ${r.period} ${r.outcome} ${r.skipReason?.code ?? ''}`,
      ),
    ).toEqual([
      '58 2024 failed ',
      '99 2024 skipped unit_not_found',
      '58 2026 skipped unit_not_found',
      '99 2026 skipped unit_not_found',
    ])
    expect(evaluation.results[2]?.skipReason?.message.en).toBe('No unit `58` exists in 2026.')
  })

  it('refuses evaluation periods that are not periods', async () => {
    const pack = compileRules([quota({ units: ['58.001'] })])
    await expect(evaluate(pack, source, { from: '2024-13' })).rejects.toThrow(
      'evaluate(): `from` is not a period: "2024-13".',
    )
  })

  it('warns of a rule with no periods at all: it was not evaluated, and nothing broke it', async () => {
    const empty = createMemoryFactSource({ units })
    const evaluation = await run([quota({ unitKinds: ['commune'] })], empty)
    expect(evaluation.results).toEqual([])
    expect(evaluation.issues.map((i) => [i.code, i.severity, i.message.en])).toEqual([
      [
        'no_periods',
        'warning',
        'Rule `quota` has no periods to evaluate: neither the rule, the run nor the data name one, so it was not evaluated.',
      ],
    ])
  })

  it('evaluates only the rules asked for, each scope once for all its rules', async () => {
    const pack = compileRules([
      quota({ unitKinds: ['commune'], periods: ['2024'] }, 'a'),
      quota({ unitKinds: ['commune', 'agency'], periods: ['2024'] }, 'b'),
    ])
    const both = await evaluate(pack, source)
    expect(both.summary).toMatchObject({ scopes: 4, passed: 2, failed: 4 })
    expect(both.results.map((r) => r.ruleId)).toEqual(['a', 'a', 'b', 'b', 'b', 'b'])
    const onlyA = await evaluate(pack, source, { rules: ['a'] })
    expect(onlyA.results.map((r) => r.ruleId)).toEqual(['a', 'a'])
  })
})

/** How many engines a compiled pack has made so far. */
const enginesOf = (pack: CompiledPack) => (pack as CompiledPackInternal).engines.size

describe('evaluate: engines', () => {
  it('shows why: overlapping runs of one json-rules-engine Engine lose rules', async () => {
    const engine = new Engine()
    // Two priority sets: the engine checks its (shared) status before starting each.
    engine.addRule({
      name: 'first',
      priority: 2,
      event: { type: 'first' },
      conditions: { all: [{ fact: 'slow', operator: 'equal', value: true }] },
    })
    engine.addRule({
      name: 'second',
      event: { type: 'second' },
      conditions: { all: [{ fact: 'slow', operator: 'equal', value: true }] },
    })
    engine.addFact('slow', async (_params, almanac) => {
      const delay = await almanac.factValue<number>('delay')
      return new Promise((resolve) => setTimeout(() => resolve(true), delay))
    })
    const [quick, slow] = await Promise.all([engine.run({ delay: 1 }), engine.run({ delay: 20 })])
    expect(quick.results.map((r) => r.name)).toEqual(['first', 'second'])
    // The quick run finished the engine while the slow one was still on its first set.
    expect(slow.results.map((r) => r.name)).toEqual(['first'])
  })

  it.each(['compiled', 'engine'] as const)(
    'gives the same results to concurrent evaluations as to sequential ones (%s)',
    async (mode) => {
      const pack = compileRules([
        dxProductRule,
        quota({ unitKinds: ['commune'], from: '2022', to: '2024' }, 'b'),
      ])
      const other = createMemoryFactSource({ units, records: [product('58.002', '2023-01-01')] })
      const sequential = [
        await evaluate(pack, source, { mode }),
        await evaluate(pack, other, { mode }),
      ]
      // Interleaved, a shared engine would read one evaluation's facts in another's run.
      const concurrent = await Promise.all(
        [1, 2, 3].flatMap(() => [
          evaluate(pack, source, { mode }),
          evaluate(pack, other, { mode }),
        ]),
      )
      for (const [i, evaluation] of concurrent.entries())
        expect(evaluation).toEqual(sequential[i % 2])
      expect(enginesOf(pack)).toBe(1)
    },
  )

  it('runs overlapping evaluations on further engines when allowed, never sharing one', async () => {
    const pack = compileRules([dxProductRule], {}, { maxEngines: 3 })
    const sequential = await evaluate(pack, source, { mode: 'engine' })
    const concurrent = await Promise.all(
      [1, 2, 3, 4, 5, 6].map(() => evaluate(pack, source, { mode: 'engine' })),
    )
    for (const evaluation of concurrent) expect(evaluation).toEqual(sequential)
    expect(enginesOf(pack)).toBe(3)
  })

  it('borrows no engine in compiled mode, the default', async () => {
    const pack = compileRules([dxProductRule], {}, { maxEngines: 3 })
    const concurrent = await Promise.all([1, 2, 3].map(() => evaluate(pack, source)))
    expect(concurrent[0]).toEqual(await evaluate(pack, source, { mode: 'engine' }))
    expect(enginesOf(pack)).toBe(1)
  })

  it('refuses a mode it does not know', async () => {
    const pack = compileRules([dxProductRule])
    await expect(evaluate(pack, source, { mode: 'fast' as 'compiled' })).rejects.toThrow(
      /`mode` is "fast"/,
    )
    await expect(evaluate(pack, source, { explain: 'passes' as 'all' })).rejects.toThrow(
      /`explain` is "passes"/,
    )
  })

  it('refuses a pack built by hand to the public type, saying to compile it', async () => {
    const compiled = compileRules([dxProductRule])
    const byHand: CompiledPack = {
      id: compiled.id,
      version: compiled.version,
      title: compiled.title,
      rules: compiled.rules,
    }
    await expect(evaluate(byHand, source)).rejects.toThrow(TypeError)
    await expect(evaluate(byHand, source)).rejects.toThrow(/compilePack/)
    await expect(evaluate(compiled, source)).resolves.toMatchObject({ pack: { id: compiled.id } })
  })

  it.each(['compiled', 'engine'] as const)(
    'explains failures only, when asked, with everything else the same (%s)',
    async (mode) => {
      const pack = compileRules([quota({ unitKinds: ['commune'], from: '2023', to: '2024' })])
      const all = await evaluate(pack, source, { mode })
      const failures = await evaluate(pack, source, { mode, explain: 'failures' })
      expect(all.results.map((r) => r.outcome)).toEqual(['failed', 'failed', 'passed', 'failed'])
      expect(all.results[2]!.conditions).toHaveLength(1)
      expect(failures).toStrictEqual({
        ...all,
        results: all.results.map((r) => (r.outcome === 'passed' ? { ...r, conditions: [] } : r)),
      })
      expect(failures.results[0]!.conditions).toHaveLength(1)
    },
  )

  it.each(['compiled', 'engine'] as const)(
    'rejects with the fact and scope when the source throws (%s)',
    async (mode) => {
      const broken: FactSource = {
        ...source,
        recordCount: () => {
          throw new Error('database gone')
        },
      }
      const pack = compileRules([quota({ units: ['58.001'], periods: ['2024'] })])
      const failure = evaluate(pack, broken, { mode })
      await expect(failure).rejects.toBeInstanceOf(FactError)
      await expect(failure).rejects.toThrow(
        'Fact `record_count` {"kind":"dx_product","status":"completed"} failed for unit `58.001` in 2024: database gone',
      )
      // The engine is given back: the pack still evaluates.
      expect((await evaluate(pack, source, { mode })).summary.passed).toBe(1)
    },
  )
})
