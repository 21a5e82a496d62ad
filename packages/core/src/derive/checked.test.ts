import type { Composite, Indicator, Observation, SubmittedRecord } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import {
  DTI,
  DX_PRODUCTS,
  FIBRE_HOUSEHOLDS,
  FIBRE_RATE,
  HOUSEHOLDS,
  indicator,
  MEAN_SCORE,
  MIN_SCORE,
  SCORE_COMPOSITE,
} from '../__tests__/indicators'
import { MERGER_UNITS } from '../__tests__/units'
import { createDataset } from '../dataset'
import { createUnitRegistry } from '../units'
import { checkedIndicators } from './checked'
import { deriveFigures } from './derive'

const units = createUnitRegistry(MERGER_UNITS)

/** Counted from records, and submitted by nobody: only a ratio of it is. */
const COUNTED: Indicator = {
  ...DX_PRODUCTS,
  derivation: { kind: 'record_count', record: 'dx_product' },
}
/** Products per thousand households: submitted for the province, derived from the counts. */
const PER_HOUSEHOLD = indicator(
  'products_per_thousand_households',
  'number',
  { method: 'ratio_of_sums' },
  {
    derivation: {
      kind: 'ratio',
      numerator: COUNTED.id,
      denominator: HOUSEHOLDS.id,
      factor: '1000',
    },
  },
)
/** Counted from records, submitted by nobody and read by nothing: never needed for a check. */
const PLATFORMS = indicator(
  'ecommerce_platforms',
  'count',
  { method: 'sum' },
  { derivation: { kind: 'record_count', record: 'ecommerce_platform' } },
)
/** The composite's access index, scored as an indicator of its own. */
const ACCESS = indicator('access_score', 'score', { method: 'none' })
const COMPOSITE: Composite = {
  ...SCORE_COMPOSITE,
  indices: SCORE_COMPOSITE.indices.map((index) =>
    index.id === 'access' ? { ...index, indicator: ACCESS.id } : index,
  ),
}
const INDICATORS = [
  COUNTED,
  PER_HOUSEHOLD,
  PLATFORMS,
  FIBRE_RATE,
  FIBRE_HOUSEHOLDS,
  HOUSEHOLDS,
  MEAN_SCORE,
  MIN_SCORE,
  ACCESS,
  DTI,
]

const obs = (indicator: string, unit: string, value: string, period = '2024'): Observation => ({
  indicator,
  unit,
  period,
  value,
})
const record = (kind: string, unit: string, date: string) =>
  ({
    record: { kind, unit, date, status: 'completed', title: `${kind} ${unit} ${date}` },
    unit,
  }) satisfies { record: SubmittedRecord; unit: string }

/**
 * Figures a check contradicts in four ways: a ratio the province submitted, of a count
 * nobody did; a composite's index the province submitted; a carried figure the merged
 * province submitted; an aggregate of households.
 */
function dataset() {
  const { dataset, issues } = createDataset({
    observations: [
      ...[
        ['NT1', '100', '50'],
        ['NT2', '100', '60'],
        ['NT3', '200', '100'],
      ].flatMap(([unit, households, fibre]) => [
        obs(HOUSEHOLDS.id, unit!, households!),
        obs(FIBRE_HOUSEHOLDS.id, unit!, fibre!),
      ]),
      obs(HOUSEHOLDS.id, '58', '500'),
      obs(PER_HOUSEHOLD.id, '58', '9'),
      obs(MIN_SCORE.id, '58', '0.75'),
      obs(ACCESS.id, '58', '99'),
      obs(DTI.id, '58', '0.70'),
      obs(DTI.id, '56', '0.72'),
      obs(DTI.id, '56@2025-07-01', '0.9'),
    ],
    records: [
      record('dx_product', 'NT1', '2024-02-01'),
      record('dx_product', 'NT1', '2024-05-01'),
      record('dx_product', 'NT2', '2024-08-01'),
      // NT3 counts none in 2024, so the province's count is complete.
      record('dx_product', 'NT3', '2023-06-01'),
      record('ecommerce_platform', 'NT3', '2024-03-01'),
    ],
    units,
  })
  // The merged province's 2024 figure is a back-cast, as the data says.
  expect(issues.map((issue) => issue.code)).toEqual(['unit_backcast'])
  return dataset
}

const derive = (checkedOnly: boolean) =>
  deriveFigures({
    dataset: dataset(),
    indicators: INDICATORS,
    composites: [COMPOSITE],
    steps: { checkedOnly },
  })

describe('deriveFigures with checkedOnly', () => {
  it('raises the issues deriving everything raises, in the same order, deriving less', () => {
    const all = derive(false)
    const checked = derive(true)
    const differs = (issue: { code: string; indicator?: string | undefined }) =>
      issue.code === 'derived_value_differs' ? issue.indicator : issue.code
    // The province's households against their sum; its ratio against the ratio of the sums
    // and against its own parts; the composite's index; the merged province's carried DTI.
    expect(all.issues.map(differs)).toEqual([
      HOUSEHOLDS.id,
      PER_HOUSEHOLD.id,
      PER_HOUSEHOLD.id,
      ACCESS.id,
      DTI.id,
    ])
    expect(checked.issues).toEqual(all.issues)
    // The platforms nobody submitted and nothing reads are not counted.
    const indicators = (figures: typeof all.derived) => new Set(figures.map((f) => f.indicator))
    expect(indicators(all.derived).has(PLATFORMS.id)).toBe(true)
    expect(indicators(checked.derived).has(PLATFORMS.id)).toBe(false)
    expect(indicators(checked.derived).has(COUNTED.id)).toBe(true)
    // What it derives, it derives alike.
    for (const figure of checked.derived) {
      const same = all.derived.find(
        (f) =>
          f.indicator === figure.indicator && f.unit === figure.unit && f.period === figure.period,
      )
      expect(same?.value?.toFixed()).toBe(figure.value?.toFixed())
    }
  })
})

describe('deriveFigures with checkedOnly and alsoDerive', () => {
  it('derives the indicators named too, as deriving everything does', () => {
    const all = derive(false)
    const named = deriveFigures({
      dataset: dataset(),
      indicators: INDICATORS,
      composites: [COMPOSITE],
      steps: { checkedOnly: true, alsoDerive: [PLATFORMS.id, FIBRE_RATE.id] },
    })
    expect(named.issues).toEqual(all.issues)
    const of = (figures: typeof all.derived, indicator: string) =>
      figures
        .filter((figure) => figure.indicator === indicator)
        .map((figure) => [figure.unit, figure.period, figure.value?.toFixed()])
    for (const indicator of [PLATFORMS.id, FIBRE_RATE.id]) {
      expect(of(named.derived, indicator).length).toBeGreaterThan(0)
      expect(of(named.derived, indicator)).toEqual(of(all.derived, indicator))
    }
    // Without checkedOnly the names change nothing: everything is derived.
    const ignored = deriveFigures({
      dataset: dataset(),
      indicators: INDICATORS,
      composites: [COMPOSITE],
      steps: { alsoDerive: [PLATFORMS.id] },
    })
    expect(ignored.derived.length).toBe(all.derived.length)
  })
})

describe('checkedIndicators', () => {
  it('takes what the submitted indicators are computed from, however far back', () => {
    const submitted = new Set([PER_HOUSEHOLD.id, ACCESS.id])
    const checked = checkedIndicators(INDICATORS, [COMPOSITE], (id) => submitted.has(id))
    expect([...checked].sort()).toEqual(
      [
        PER_HOUSEHOLD.id,
        COUNTED.id,
        HOUSEHOLDS.id,
        ACCESS.id,
        // The composite's components, and the fibre rate's parts in turn.
        FIBRE_RATE.id,
        MIN_SCORE.id,
        FIBRE_HOUSEHOLDS.id,
      ].sort(),
    )
  })

  it('takes the indicators named too, with what they are computed from', () => {
    const checked = checkedIndicators(INDICATORS, [COMPOSITE], () => false, [FIBRE_RATE.id])
    expect([...checked].sort()).toEqual([FIBRE_RATE.id, FIBRE_HOUSEHOLDS.id, HOUSEHOLDS.id].sort())
  })

  it('takes none when nothing was submitted', () => {
    expect(checkedIndicators(INDICATORS, [COMPOSITE], () => false).size).toBe(0)
  })
})
