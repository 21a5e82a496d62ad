import type { CompiledPack } from '@tiendo/rules'
import type { Pack, Rule, SubmittedRecord } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerRun } from '../__tests__/merger'
import { runPipeline } from '../browser'
import type { PipelineOptions } from '../run/options'
import { assessedIndicators, stepsOfRun } from './derive'

const MERGED = 'M@2025-07-01'

/**
 * A rule that household fibre is at least `min` percent in these units: from 2020 to `to`,
 * or over the data's periods when `to` is absent.
 */
const fibreAtLeast = (min: string, units: string[], to?: string): Rule => ({
  id: `fibre_at_least_${min}`,
  severity: 'warning',
  message: { vi: `Cáp quang dưới ${min}%.`, en: `Fibre below ${min}%.` },
  conditions: {
    all: [
      {
        fact: 'value',
        params: { indicator: 'household_fibre_rate' },
        operator: 'decimalGte',
        value: min,
      },
    ],
  },
  scope: to === undefined ? { units } : { units, from: '2020', to },
})

/**
 * The merger's pack with rules reading figures only deriving makes: the merged province's
 * carried rate, and each predecessor's rate from its parts.
 */
const PACK: Pack = {
  ...MERGER_PACK,
  rules: [
    ...MERGER_PACK.rules!,
    fibreAtLeast('60', [MERGED]),
    fibreAtLeast('50', ['A', 'B'], '2024'),
  ],
}

/** The merger's run, with a DX product in 2026: the data's periods then reach 2026. */
const run = (checkedOnly: boolean, more: Partial<PipelineOptions> = { assess: false }) => {
  const merger = mergerRun()
  const product: SubmittedRecord = {
    kind: 'dx_product',
    unit: 'M',
    date: '2026-03-01',
    status: 'completed',
    title: 'M 2026',
  }
  return runPipeline({
    ...merger,
    sources: [...merger.sources, { name: 'san-pham-2026.csv', records: [product] }],
    pack: PACK,
    derive: { checkedOnly },
    ...more,
  })
}

const indicatorsOf = (figures: readonly { indicator: string }[]) =>
  new Set(figures.map((figure) => figure.indicator))

describe('a run evaluating its rules with checkedOnly', () => {
  it('gives the results and issues deriving everything gives, deriving less', async () => {
    const all = await run(false)
    const checked = await run(true)
    const outcomes = (report: typeof all) =>
      report.evaluation!.results.map((result) => [
        result.ruleId,
        result.unit,
        result.period,
        result.outcome,
      ])
    // The rules read figures only deriving makes: the carried rate, each province's ratio.
    expect(outcomes(all)).toContainEqual(['fibre_at_least_60', MERGED, '2024', 'passed'])
    expect(outcomes(all)).toContainEqual(['fibre_at_least_60', MERGED, '2020', 'failed'])
    // A rule naming no periods runs over the data's, which the records stretch to 2026 (and
    // the counts of DX products with them, when they are derived).
    expect(outcomes(all)).toContainEqual(['fibre_at_least_60', MERGED, '2026', 'skipped'])
    expect(outcomes(all)).toContainEqual(['fibre_at_least_50', 'A', '2020', 'failed'])
    expect(outcomes(all)).toContainEqual(['fibre_at_least_50', 'B', '2024', 'passed'])
    expect(checked.evaluation).toEqual(all.evaluation)
    expect(checked.validation.issues).toEqual(all.validation.issues)
    // What the rules read is derived alike; the counts of DX products nothing reads are not.
    const figures = (report: typeof all) => report.derived.figures
    expect(indicatorsOf(figures(all)).has('dx_products_completed')).toBe(true)
    expect(indicatorsOf(figures(checked)).has('dx_products_completed')).toBe(false)
    const fibre = (report: typeof all) =>
      figures(report)
        .filter((figure) => figure.indicator === 'household_fibre_rate')
        .map((figure) => [figure.unit, figure.period, figure.value?.toFixed()])
    expect(fibre(checked).length).toBeGreaterThan(0)
    expect(fibre(checked)).toEqual(fibre(all))
  })

  it('derives everything when it assesses every series', async () => {
    const [all, checked] = [await run(false, {}), await run(true, {})]
    expect(checked.derived.figures.length).toBe(all.derived.figures.length)
    expect(checked.targets).toEqual(all.targets)
  })

  it('derives what it assesses when it names the targets', async () => {
    // No rule is evaluated: only the target asks for the carried fibre rate.
    const only = { evaluate: false, assess: { targets: ['fibre_m_2030'] } }
    const [all, checked] = [await run(false, only), await run(true, only)]
    expect(all.targets.map((series) => [series.indicatorId, series.unit])).toEqual([
      ['household_fibre_rate', MERGED],
    ])
    expect(checked.targets).toEqual(all.targets)
    const figures = (report: typeof all) => indicatorsOf(report.derived.figures)
    expect(figures(checked).has('household_fibre_rate')).toBe(true)
    expect(figures(all).has('dx_products_completed')).toBe(true)
    expect(figures(checked).has('dx_products_completed')).toBe(false)
  })
})

/** A compiled pack whose one rule reads these facts. */
const reading = (...inputs: { fact: string; params: Record<string, string> }[]) =>
  ({ rules: [{ inputs }] }) as unknown as CompiledPack

describe('stepsOfRun', () => {
  const rules = reading({ fact: 'value', params: { indicator: 'grdp' } })

  it('adds what the rules read to checkedOnly', () => {
    expect(stepsOfRun({ checkedOnly: true }, { rules, assessed: [] })).toEqual({
      checkedOnly: true,
      alsoDerive: ['grdp'],
    })
    expect(stepsOfRun({ checkedOnly: true }, { rules: undefined, assessed: [] })).toEqual({
      checkedOnly: true,
    })
  })

  it('adds what the run assesses, when it says', () => {
    expect(stepsOfRun({ checkedOnly: true }, { rules, assessed: ['households'] })).toEqual({
      checkedOnly: true,
      alsoDerive: ['grdp', 'households'],
    })
  })

  it('derives everything for a run assessing every series, or rules reading an unknown fact', () => {
    expect(stepsOfRun({ checkedOnly: true }, { rules, assessed: 'all' })).toEqual({
      checkedOnly: false,
    })
    const unknown = reading({ fact: 'custom', params: { indicator: 'grdp' } })
    expect(stepsOfRun({ checkedOnly: true }, { rules: unknown, assessed: [] })).toEqual({
      checkedOnly: false,
    })
  })

  it('leaves other steps as they are', () => {
    expect(stepsOfRun(undefined, { rules, assessed: [] })).toBeUndefined()
    expect(stepsOfRun(false, { rules, assessed: [] })).toBe(false)
    const steps = { aggregate: false }
    expect(stepsOfRun(steps, { rules, assessed: [] })).toBe(steps)
  })
})

describe('assessedIndicators', () => {
  it('names the indicators of the targets named, else those named, else all', () => {
    expect(assessedIndicators(MERGER_PACK, false)).toEqual([])
    expect(assessedIndicators(MERGER_PACK, true)).toBe('all')
    expect(assessedIndicators(MERGER_PACK, undefined)).toBe('all')
    expect(assessedIndicators(MERGER_PACK, {})).toBe('all')
    expect(assessedIndicators(MERGER_PACK, { indicators: ['grdp'] })).toEqual(['grdp'])
    expect(assessedIndicators(MERGER_PACK, { targets: ['fibre_m_2030'] })).toEqual([
      'household_fibre_rate',
    ])
    // Both: the targets' indicators among those named.
    expect(
      assessedIndicators(MERGER_PACK, { targets: ['fibre_m_2030'], indicators: ['grdp'] }),
    ).toEqual([])
    expect(assessedIndicators(MERGER_PACK, { targets: ['no_such_target'] })).toEqual([])
  })
})
