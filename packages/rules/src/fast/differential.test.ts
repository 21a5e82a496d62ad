import type { Observation, Rule, SubmittedRecord, Unit } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { evaluate } from '../evaluate/evaluate'
import type { Evaluation } from '../evaluate/outcome'
import { createMemoryFactSource } from '../memory-source'
import { BUILT_IN_PACKS, builtInData, builtInPack, compiled } from './__tests__/built-in'
import { generatedCase } from './__tests__/generated'

/**
 * The compiled path against json-rules-engine, the reference: identical evaluations —
 * outcomes, explanations (found and expected values, verdicts), messages, skip reasons,
 * missing inputs, issues and summary — on the built-in packs and on generated rules and data.
 */

/** An evaluation as `explain: 'failures'` should give it: passed results' conditions emptied. */
const failuresOnly = (evaluation: Evaluation): Evaluation => ({
  ...evaluation,
  results: evaluation.results.map((result) =>
    result.outcome === 'passed' ? { ...result, conditions: [] } : result,
  ),
})

/**
 * Both modes agree under `explain: 'failures'` too, and give the `'all'` evaluation with the
 * passed results' conditions emptied (`all` is the compiled `'all'` evaluation).
 */
async function expectFailuresOnly(
  all: Evaluation,
  ...args: Parameters<typeof evaluate>
): Promise<Evaluation> {
  const [pack, source, options] = args
  const { compiled: ours, engine } = await modes(pack, source, { ...options, explain: 'failures' })
  expect(ours).toStrictEqual(engine)
  expect(ours).toStrictEqual(failuresOnly(all))
  return ours
}

/** Rules of the templates the built-in packs do not use, over the national indicators. */
const templateRules: Rule[] = [
  {
    id: 'x_quota_value',
    severity: 'warning',
    template: 'annual_quota',
    params: { indicator: 'dti_score', min: '0.5' },
    scope: { unitKinds: ['province'], from: '2020', to: '2025' },
  },
  {
    id: 'x_consistency',
    severity: 'warning',
    template: 'consistency',
    params: { indicator: 'dx_products_completed', tolerance: '0.01', relative: true },
    scope: { unitKinds: ['province', 'country'], from: '2022', to: '2024' },
  },
  {
    id: 'x_target',
    severity: 'info',
    template: 'target',
    params: { target: 'digital_economy_share_grdp_2025' },
  },
  {
    id: 'x_bounds',
    severity: 'error',
    template: 'bounds',
    params: { indicator: 'dti_score' },
    scope: { unitKinds: ['province'], from: '2019', to: '2025' },
  },
]

const modes = async (...args: Parameters<typeof evaluate>) => {
  const [pack, source, options] = args
  return {
    compiled: await evaluate(pack, source, { ...options, mode: 'compiled' }),
    engine: await evaluate(pack, source, { ...options, mode: 'engine' }),
  }
}

describe('compiled conditions: the built-in packs', () => {
  const data = builtInData()

  it.each(BUILT_IN_PACKS)(
    'evaluates %s and every template as json-rules-engine does',
    async (id) => {
      const resolved = await builtInPack(id, templateRules)
      const pack = compiled(resolved)
      const units = resolved.units ?? []
      const source = createMemoryFactSource({ units, ...dataOf(units, data) })
      const { compiled: ours, engine } = await modes(pack, source, { from: '2019', to: '2025' })
      expect(ours).toStrictEqual(engine)
      await expectFailuresOnly(ours, pack, source, { from: '2019', to: '2025' })
      // Not an empty evaluation: the national pack has only the country to evaluate.
      expect(ours.results.length).toBeGreaterThan(id === 'vn-national' ? 0 : 100)
      if (id !== 'vn-national') {
        expect(new Set(ours.results.map((result) => result.outcome)).size).toBe(3)
      }
    },
  )

  it.each(['ninh-thuan', 'khanh-hoa'])(
    'evaluates %s as json-rules-engine does on random data',
    async (id) => {
      const resolved = await builtInPack(id, templateRules)
      const pack = compiled(resolved)
      const units = resolved.units ?? []
      const empty = createMemoryFactSource({ units })
      const years = ['2021', '2022', '2023', '2024', '2025']
      const indicators = [
        ...new Set(
          pack.rules.flatMap((rule) =>
            rule.inputs.flatMap((input) =>
              typeof input.params.indicator === 'string' ? [input.params.indicator] : [],
            ),
          ),
        ),
      ]
      // Only unit × period pairs the unit exists in: anything else is refused by the source.
      const places = years.flatMap((period) =>
        units
          .filter((unit) => empty.unit(unitRef(unit), period) === unit)
          .map((unit) => ({ unit, period })),
      )
      const observation = fc
        .record({
          indicator: fc.constantFrom(...indicators),
          place: fc.constantFrom(...places),
          value: decimalText,
        })
        .map(({ indicator, place, value }) => ({
          indicator,
          unit: unitRef(place.unit),
          period: place.period,
          value,
        }))
      const agencies = places.filter(({ unit }) => unit.kind === 'agency')
      const record = fc.record({
        place: agencies.length === 0 ? fc.constant(places[0]!) : fc.constantFrom(...agencies),
        status: fc.constantFrom('completed', 'in_progress'),
      })
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(observation, {
            maxLength: 80,
            selector: (o) => `${o.indicator}|${o.unit}|${o.period}`,
          }),
          fc.array(record, { maxLength: 30 }),
          async (observations, records) => {
            const source = createMemoryFactSource({
              units,
              observations: observations as Observation[],
              records: records.map(
                ({ place, status }, i) =>
                  ({
                    id: `r${i}`,
                    kind: 'dx_product',
                    unit: unitRef(place.unit),
                    date: `${place.period}-06-01`,
                    status,
                    title: 'x',
                  }) as SubmittedRecord,
              ),
            })
            const { compiled: ours, engine } = await modes(pack, source, {
              from: '2021',
              to: '2025',
            })
            expect(ours).toStrictEqual(engine)
            await expectFailuresOnly(ours, pack, source, { from: '2021', to: '2025' })
          },
        ),
        { numRuns: 12 },
      )
    },
  )
})

describe('compiled conditions: generated rules and data', () => {
  it('evaluate as json-rules-engine does: all/any/not, priorities, every operator, missing values', async () => {
    let failedOrSkipped = 0
    let passedUnexplained = 0
    await fc.assert(
      fc.asyncProperty(generatedCase, async ({ pack, source }) => {
        const rules = compiled(pack)
        const options = { from: '2023', to: '2025' }
        const { compiled: ours, engine } = await modes(rules, source, options)
        expect(ours).toStrictEqual(engine)
        failedOrSkipped += ours.summary.failed + ours.summary.skipped
        // Explaining failures only: the same evaluation, passed results without conditions.
        const failures = await expectFailuresOnly(ours, rules, source, options)
        passedUnexplained += failures.results.filter(
          (result, i) => result.outcome === 'passed' && ours.results[i]!.conditions.length > 0,
        ).length
      }),
      { numRuns: 200 },
    )
    // The generated cases do reach failures and skips, not only passes.
    expect(failedOrSkipped).toBeGreaterThan(0)
    // …and passes with conditions that `'failures'` leaves unexplained.
    expect(passedUnexplained).toBeGreaterThan(0)
  })
})

/** The built-in data about a pack's units: the rest names units the pack does not know. */
function dataOf(units: readonly Unit[], data: ReturnType<typeof builtInData>) {
  const known = (input: Parameters<typeof createMemoryFactSource>[0]) => {
    try {
      createMemoryFactSource(input)
      return true
    } catch {
      return false
    }
  }
  return {
    observations: data.observations.filter((o) => known({ units, observations: [o] })),
    records: data.records.filter((r) => known({ units, records: [r] })),
  }
}

/** The reference that names exactly a unit. */
function unitRef(unit: Unit): string {
  return unit.validFrom === undefined ? unit.code : `${unit.code}@${unit.validFrom}`
}

/** Decimal texts as data carries them, with the awkward ones often. */
const decimalText = fc.oneof(
  fc.constantFrom(
    '0',
    '0.1',
    '0.2',
    '0.3',
    '1',
    '10',
    '99.99',
    '100',
    '100.0001',
    '-5',
    '363.558',
    '363558',
    '123456789012345678901234567890',
    '0.000000000000000000000000000001',
  ),
  fc.integer({ min: -100_000, max: 100_000 }).map((n) => (n / 100).toFixed(2)),
)
