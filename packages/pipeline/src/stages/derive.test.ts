import type { CompiledPack } from '@tiendo/rules'
import type { Pack, Rule } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerRun } from '../__tests__/merger'
import { runPipeline } from '../browser'
import { stepsOfRun } from './derive'

const MERGED = 'M@2025-07-01'

/** A rule that household fibre is at least `min` percent in these units, 2020–`to`. */
const fibreAtLeast = (min: string, units: string[], to: string): Rule => ({
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
  scope: { units, from: '2020', to },
})

/**
 * The merger's pack with rules reading figures only deriving makes: the merged province's
 * carried rate, and each predecessor's rate from its parts.
 */
const PACK: Pack = {
  ...MERGER_PACK,
  rules: [
    ...MERGER_PACK.rules!,
    fibreAtLeast('60', [MERGED], '2025'),
    fibreAtLeast('50', ['A', 'B'], '2024'),
  ],
}

const evaluated = (checkedOnly: boolean) =>
  runPipeline({ ...mergerRun(), pack: PACK, derive: { checkedOnly }, assess: false })

const indicatorsOf = (figures: readonly { indicator: string }[]) =>
  new Set(figures.map((figure) => figure.indicator))

describe('a run evaluating its rules with checkedOnly', () => {
  it('gives the results and issues deriving everything gives, deriving less', async () => {
    const all = await evaluated(false)
    const checked = await evaluated(true)
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
    expect(outcomes(all)).toContainEqual(['fibre_at_least_50', 'A', '2020', 'failed'])
    expect(outcomes(all)).toContainEqual(['fibre_at_least_50', 'B', '2024', 'passed'])
    expect(checked.evaluation).toEqual(all.evaluation)
    expect(checked.validation.issues).toEqual(all.validation.issues)
    // What the rules read is derived alike; the counts of DX products nothing reads are not.
    const figures = (report: typeof all) => report.derived.figures
    expect(indicatorsOf(figures(all)).has('dx_products_completed')).toBe(true)
    expect(indicatorsOf(figures(checked)).has('dx_products_completed')).toBe(false)
    for (const indicator of ['household_fibre_rate']) {
      const of = (report: typeof all) =>
        figures(report)
          .filter((figure) => figure.indicator === indicator)
          .map((figure) => [figure.unit, figure.period, figure.value?.toFixed()])
      expect(of(checked).length).toBeGreaterThan(0)
      expect(of(checked)).toEqual(of(all))
    }
  })

  it('derives everything when it assesses', async () => {
    const run = (checkedOnly: boolean) =>
      runPipeline({ ...mergerRun(), pack: PACK, derive: { checkedOnly } })
    const [all, checked] = [await run(false), await run(true)]
    expect(checked.derived.figures.length).toBe(all.derived.figures.length)
    expect(checked.targets).toEqual(all.targets)
  })
})

/** A compiled pack whose one rule reads these facts. */
const reading = (...inputs: { fact: string; params: Record<string, string> }[]) =>
  ({ rules: [{ inputs }] }) as unknown as CompiledPack

describe('stepsOfRun', () => {
  const rules = reading({ fact: 'value', params: { indicator: 'grdp' } })

  it('adds what the rules read to checkedOnly', () => {
    expect(stepsOfRun({ checkedOnly: true }, { rules, assesses: false })).toEqual({
      checkedOnly: true,
      alsoDerive: ['grdp'],
    })
    expect(stepsOfRun({ checkedOnly: true }, { rules: undefined, assesses: false })).toEqual({
      checkedOnly: true,
    })
  })

  it('derives everything for a run that assesses, or rules reading an unknown fact', () => {
    expect(stepsOfRun({ checkedOnly: true }, { rules, assesses: true })).toEqual({
      checkedOnly: false,
    })
    const unknown = reading({ fact: 'custom', params: { indicator: 'grdp' } })
    expect(stepsOfRun({ checkedOnly: true }, { rules: unknown, assesses: false })).toEqual({
      checkedOnly: false,
    })
  })

  it('leaves other steps as they are', () => {
    expect(stepsOfRun(undefined, { rules, assesses: false })).toBeUndefined()
    expect(stepsOfRun(false, { rules, assesses: false })).toBe(false)
    const steps = { aggregate: false }
    expect(stepsOfRun(steps, { rules, assesses: false })).toBe(steps)
  })
})
