import type { Observation, Pack, Unit } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { runPipeline } from './browser'

/**
 * A province (P) of five communes reporting their figures; the province's own figures are
 * derived by each indicator's declared aggregation.
 */
const units: Unit[] = [
  { code: 'P', name: { vi: 'Tỉnh P', en: 'P province' }, kind: 'province', parent: 'VN' },
  ...['C1', 'C2', 'C3', 'C4', 'C5'].map(
    (code): Unit => ({ code, name: { vi: `Xã ${code}` }, kind: 'commune', parent: 'P' }),
  ),
]

const indicator = (id: string, aggregation: Record<string, unknown>, extra = {}) => ({
  id,
  name: { vi: id, en: id },
  unit: 'score',
  direction: 'increase' as const,
  aggregation,
  ...extra,
})

const PACK = {
  id: 'communes-test',
  version: '1.0.0',
  title: { vi: 'Xã báo cáo', en: 'Communes reporting' },
  extends: 'vn-national',
  units,
  indicators: [
    indicator('mean_score', { method: 'mean' }),
    indicator('min_score', { method: 'min' }),
    indicator('max_score', { method: 'max' }),
    // Partial coverage allowed, down to 60%.
    indicator('partial_score', {
      method: 'mean',
      missing: 'skip_if_all_missing',
      minCoverage: '0.6',
    }),
  ],
} as unknown as Pack

const obs = (indicatorId: string, unit: string, value: string, extra = {}): Observation => ({
  indicator: indicatorId,
  unit,
  period: '2024',
  value,
  ...extra,
})

function communeRows(): Observation[] {
  const rows: Observation[] = []
  const households = ['100', '200', '300', '250', '150']
  const fibre = ['80', '150', '270', '200', '100']
  const grdp = ['10', '20', '30', '25', '15']
  const share = ['10', '12', '14', '16', '18']
  const scores = ['0.5', '0.6', '0.7', '0.8', '0.9']
  for (const [i, commune] of ['C1', 'C2', 'C3', 'C4', 'C5'].entries()) {
    rows.push(
      obs('households', commune, households[i]!),
      obs('fibre_households', commune, fibre[i]!),
      obs('grdp', commune, grdp[i]!),
      obs('digital_economy_share_grdp', commune, share[i]!),
      obs('mean_score', commune, scores[i]!),
      obs('min_score', commune, scores[i]!),
      obs('max_score', commune, scores[i]!),
    )
    // Three of five communes (60%) report the partial score.
    if (i < 3) rows.push(obs('partial_score', commune, scores[i]!))
  }
  // Enterprises: one commune gives a lower bound ("more than 40").
  rows.push(
    obs('ecommerce_enterprise_count', 'C1', '40', { qualifier: 'more_than' }),
    ...['C2', 'C3', 'C4', 'C5'].map((commune) => obs('ecommerce_enterprise_count', commune, '5')),
  )
  return rows
}

async function run(extra: Observation[] = []) {
  return runPipeline({
    pack: PACK,
    sources: [{ name: 'xa.csv', observations: [...communeRows(), ...extra] }],
    today: '2026-01-01',
  })
}

/** What a withheld figure of an indicator and unit looks like, with its reason's code. */
const withheld = (indicator: string, unit: string, code: string) =>
  expect.objectContaining({ indicator, unit, reason: expect.objectContaining({ code }) })

describe('province figures derived from their communes', () => {
  it('follow each indicator’s declared aggregation method, with coverage', async () => {
    const report = await run()
    const at = (id: string) => report.dataset.getByKey(id, 'P', '2024')
    // sum
    expect(at('households')?.value?.toFixed()).toBe('1000')
    // ratio of sums: 800 / 1000 × 100 — not the mean of the communes' rates
    expect(at('household_fibre_rate')?.value?.toFixed()).toBe('80')
    expect(at('household_fibre_rate')?.derived?.rule).toBe('ratio_of_sums')
    // weighted mean by GRDP: (100 + 240 + 420 + 400 + 270) / 100
    expect(at('digital_economy_share_grdp')?.value?.toFixed()).toBe('14.3')
    expect(at('mean_score')?.value?.toFixed()).toBe('0.7')
    expect(at('min_score')?.value?.toFixed()).toBe('0.5')
    expect(at('max_score')?.value?.toFixed()).toBe('0.9')
    // A sum with a lower bound is a lower bound.
    expect([
      at('ecommerce_enterprise_count')?.qualifier,
      at('ecommerce_enterprise_count')?.value?.toFixed(),
    ]).toEqual(['more_than', '60'])
    const coverage = at('households')?.derived?.coverage
    expect(coverage).toMatchObject({ expected: 5, reported: 5, missing: [] })
    // The country has the 63 provinces of 2024 besides P, none reporting: no figure of its own.
    expect(report.dataset.getByKey('households', 'VN', '2024')).toBeUndefined()
    expect(report.derived.withheld).toContainEqual(withheld('households', 'VN', 'missing_children'))
  })

  it('flags a figure from part of the communes, and withholds it below the minimum', async () => {
    const report = await run()
    const partial = report.dataset.getByKey('partial_score', 'P', '2024')
    expect(partial?.value?.toFixed()).toBe('0.6')
    expect(partial?.derived?.coverage?.share.toFixed()).toBe('0.6')
    expect(partial?.derived?.coverage?.missing).toEqual(['C4', 'C5'])

    const fewer = await runPipeline({
      pack: PACK,
      sources: [
        {
          name: 'xa.csv',
          observations: communeRows().filter(
            (row) => !(row.indicator === 'partial_score' && row.unit === 'C3'),
          ),
        },
      ],
      today: '2026-01-01',
    })
    expect(fewer.dataset.getByKey('partial_score', 'P', '2024')).toBeUndefined()
    expect(fewer.derived.withheld).toContainEqual(
      withheld('partial_score', 'P', 'coverage_below_minimum'),
    )
  })

  it('keeps a submitted province figure and warns when the derived one disagrees', async () => {
    const report = await run([obs('households', 'P', '1100'), obs('mean_score', 'P', '0.7')])
    expect(report.dataset.getByKey('households', 'P', '2024')?.value?.toFixed()).toBe('1100')
    expect(report.dataset.getByKey('households', 'P', '2024')?.derived).toBeUndefined()
    const warnings = report.validation.issues.filter(
      (issue) => issue.code === 'derived_value_differs',
    )
    expect(warnings.map((issue) => [issue.indicator, issue.unit, issue.severity])).toEqual([
      ['households', 'P', 'warning'],
    ])
    expect(warnings[0]?.message.vi).toContain('1100')
    expect(warnings[0]?.message.vi).toContain('1000')
    // A warning is no data error.
    expect(report.valid).toBe(true)
  })
})
