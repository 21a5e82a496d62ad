// The library is safe to call concurrently: evaluations of one compiled pack run in parallel
// give exactly what they give one at a time, whatever the mode and however many engines.
import type { Observation, Rule, SubmittedRecord } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { dxProductRule, pack, units } from './__tests__/fixtures'
import { compilePack } from './compile/compile-pack'
import type { CompiledPack } from './compile/compiled'
import type { EvaluationMode } from './evaluate/evaluate'
import { evaluate } from './evaluate/evaluate'
import { createMemoryFactSource } from './memory-source'

const rules: Rule[] = [
  {
    id: 'share_bounds',
    severity: 'error',
    template: 'bounds',
    params: { indicator: 'digital_economy_share_grdp' },
  },
  {
    id: 'fibre_outlier',
    severity: 'warning',
    template: 'outlier',
    params: { indicator: 'fibre_households' },
  },
  {
    id: 'fibre_within_households',
    severity: 'error',
    template: 'consistency',
    params: { part: 'fibre_households', whole: 'households' },
  },
  {
    id: 'no_more_paper',
    severity: 'warning',
    template: 'no_regression',
    params: { indicator: 'paper_dossiers' },
  },
  { id: 'de_2025', severity: 'warning', template: 'target', params: { target: 'de_share_2025' } },
  dxProductRule,
  {
    id: 'fibre_half',
    severity: 'info',
    message: {
      vi: '{unit_name}: {fact:value} hộ có cáp quang',
      en: '{unit_name}: {fact:value} households with fibre',
    },
    conditions: {
      any: [
        {
          fact: 'value',
          params: { indicator: 'fibre_households' },
          operator: 'decimalGte',
          value: '500',
        },
        {
          not: {
            fact: 'value',
            params: { indicator: 'fibre_households' },
            operator: 'decimalLt',
            value: { fact: 'value', params: { indicator: 'fibre_households', offset: -1 } },
          },
        },
      ],
    },
  },
]

/** A deterministic pseudo-random generator, so every run sees the same data. */
function random(seed: number) {
  let state = seed >>> 0 || 1
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

const YEARS = ['2020', '2021', '2022', '2023', '2024']

/** Different data for each seed: values, gaps, out-of-bounds shares, products. */
function sourceFor(seed: number) {
  const next = random(seed)
  const observations: Observation[] = []
  const records: SubmittedRecord[] = []
  for (const unit of units) {
    for (const period of YEARS) {
      if (next() < 0.15) continue
      const households = Math.floor(next() * 1000) + 100
      observations.push(
        { indicator: 'households', unit: unit.code, period, value: String(households) },
        {
          indicator: 'fibre_households',
          unit: unit.code,
          period,
          value: String(Math.floor(next() * households * 1.1)),
        },
        {
          indicator: 'paper_dossiers',
          unit: unit.code,
          period,
          value: String(Math.floor(next() * 50)),
        },
        {
          indicator: 'digital_economy_share_grdp',
          unit: unit.code,
          period,
          value: (next() * 120 - 5).toFixed(2),
        },
      )
      if (next() < 0.6) {
        records.push({
          id: `s${seed}-${unit.code}-${period}`,
          kind: 'dx_product',
          unit: unit.code,
          date: `${period}-0${1 + Math.floor(next() * 9)}-15`,
          status: next() < 0.8 ? 'completed' : 'in_progress',
          title: `Sản phẩm ${seed}`,
        } as SubmittedRecord)
      }
    }
  }
  return createMemoryFactSource({ units, observations, records })
}

function compiled(maxEngines: number): CompiledPack {
  const result = compilePack(pack(rules), { maxEngines })
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2))
  return result.pack
}

const SEEDS = Array.from({ length: 12 }, (_, i) => 1 + i * 7919)

describe('evaluating one compiled pack concurrently', () => {
  for (const [mode, maxEngines] of [
    ['compiled', 1],
    ['engine', 1],
    ['engine', 3],
  ] as Array<[EvaluationMode, number]>) {
    it(`gives the same results in parallel as one by one (${mode}, ${maxEngines} engine(s))`, async () => {
      const compiledPack = compiled(maxEngines)
      const sequential = []
      for (const seed of SEEDS) {
        sequential.push(await evaluate(compiledPack, sourceFor(seed), { mode }))
      }
      const parallel = await Promise.all(
        SEEDS.map((seed) => evaluate(compiledPack, sourceFor(seed), { mode })),
      )
      expect(parallel).toEqual(sequential)
      // The data differ, so equal results are not a coincidence of identical inputs.
      const failures = sequential.map((evaluation) => evaluation.summary)
      expect(new Set(failures.map((summary) => JSON.stringify(summary))).size).toBeGreaterThan(1)
      expect(sequential.every((evaluation) => evaluation.results.length > 0)).toBe(true)
    })
  }

  it('gives the same results when the same source is evaluated many times at once', async () => {
    const compiledPack = compiled(2)
    const source = sourceFor(42)
    const alone = await evaluate(compiledPack, source, { mode: 'engine' })
    const together = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        evaluate(compiledPack, source, { mode: i % 2 === 0 ? 'engine' : 'compiled' }),
      ),
    )
    for (const evaluation of together) expect(evaluation).toEqual(alone)
  })

  it('compiles the same pack many times at once into equal packs', async () => {
    const packs = await Promise.all(Array.from({ length: 6 }, async () => compilePack(pack(rules))))
    const summaries = packs.map((result) =>
      result.ok ? result.pack.rules.map((rule) => [rule.id, rule.inputs.length]) : result.issues,
    )
    for (const summary of summaries) expect(summary).toEqual(summaries[0])
  })
})
