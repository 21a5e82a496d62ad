import { serializeAssessment } from '@tiendo/forecast'
import type { Observation } from '@tiendo/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerObservations, mergerRecords } from './__tests__/merger'
import { runPipeline } from './browser'
import type { PipelineReport } from './report/report'

const TODAY = '2026-06-30'

/** What a refused value could change: every rule result and every assessment. */
function outcomes(report: PipelineReport) {
  return {
    rules: (report.evaluation?.results ?? []).map((result) => ({
      rule: result.ruleId,
      unit: result.unit,
      period: result.period,
      outcome: result.outcome,
      conditions: result.conditions.map((condition) => condition.actual),
    })),
    targets: report.targets.map((series) => ({
      indicator: series.indicatorId,
      unit: series.unit,
      series: series.series,
      assessment: serializeAssessment(series.assessment),
    })),
  }
}

const run = (extra: readonly Observation[]) =>
  runPipeline({
    pack: MERGER_PACK,
    sources: [
      { name: 'so-lieu.csv', observations: [...mergerObservations(), ...extra] },
      { name: 'san-pham.csv', records: mergerRecords() },
    ],
    today: TODAY,
    lang: 'en',
  })

const years = fc.constantFrom('2020', '2021', '2022', '2023', '2024')
const value = fc.integer({ min: 0, max: 1_000_000 }).map(String)

/**
 * Observations validation refuses on their own: a percentage above 100, an indicator or a
 * unit the pack does not have, a unit that had ceased, a period in the future.
 */
const refused: fc.Arbitrary<Observation> = fc.oneof(
  fc.record({
    indicator: fc.constantFrom('household_fibre_rate', 'digital_economy_share_grdp'),
    unit: fc.constantFrom('A', 'B', 'M@2025-07-01', 'A1'),
    period: years,
    value: fc.integer({ min: 101, max: 100_000 }).map(String),
  }),
  fc.record({
    indicator: fc.constantFrom('household_fibre_rat', 'fibre_household', 'grdp_total'),
    unit: fc.constantFrom('A', 'B'),
    period: years,
    value,
  }),
  fc.record({
    indicator: fc.constantFrom('households', 'grdp', 'fibre_households'),
    unit: fc.constantFrom('Z', 'A9', 'M3'),
    period: years,
    value,
  }),
  fc.record({
    indicator: fc.constantFrom('households', 'grdp', 'fibre_households'),
    unit: fc.constantFrom('A', 'B', 'A1'),
    period: fc.constantFrom('2026', '2026-Q1'),
    value,
  }),
  fc.record({
    indicator: fc.constantFrom('households', 'grdp', 'fibre_households'),
    unit: fc.constantFrom('A', 'B', 'M@2025-07-01'),
    period: fc.constantFrom('2027', '2028-Q3'),
    value,
  }),
)

describe('refused values reach nothing (property)', () => {
  it('adding any refused observations changes no rule result and no assessment', async () => {
    const baseline = outcomes(await run([]))
    await fc.assert(
      fc.asyncProperty(fc.array(refused, { minLength: 1, maxLength: 6 }), async (extra) => {
        const report = await run(extra)
        expect(report.valid).toBe(false)
        expect(report.validation.stats.quarantined).toBe(extra.length)
        expect(outcomes(report)).toEqual(baseline)
      }),
      { numRuns: 30 },
    )
  })

  it('past the cap on issues, the same issues are counted and the first ones named', async () => {
    // Unknown units make the dataset's issues, refused rows the issues of the units they name.
    const capped = (extra: readonly Observation[], maxIssues?: number) =>
      runPipeline({
        pack: MERGER_PACK,
        sources: [{ name: 'so-lieu.csv', observations: [...mergerObservations(), ...extra] }],
        today: TODAY,
        lang: 'en',
        evaluate: false,
        ...(maxIssues === undefined ? {} : { maxIssues }),
      })
    const text = (issue: object) => JSON.stringify(issue)
    await fc.assert(
      fc.asyncProperty(
        fc.array(refused, { minLength: 1, maxLength: 40 }),
        fc.nat({ max: 12 }),
        async (extra, maxIssues) => {
          const whole = await capped(extra)
          const report = await capped(extra, maxIssues)
          const named = report.validation.issues.filter((issue) => issue.code !== 'too_many_issues')
          // The cap's own warning is counted too.
          const cap = report.validation.issues.length - named.length
          expect(cap).toBe(whole.validation.issues.length > maxIssues ? 1 : 0)
          const { stats } = whole.validation
          expect(report.validation.stats).toEqual({ ...stats, warnings: stats.warnings + cap })
          expect(named).toHaveLength(Math.min(maxIssues, whole.validation.issues.length))
          const all = new Set(whole.validation.issues.map(text))
          for (const issue of named) expect(all.has(text(issue))).toBe(true)
        },
      ),
      { numRuns: 25 },
    )
  })

  it('a refused value in a target’s own series leaves its status unchanged', async () => {
    const status = (report: PipelineReport) =>
      report.targets.find(
        (series) => series.indicatorId === 'household_fibre_rate' && series.unit === 'M@2025-07-01',
      )?.assessment.status
    const before = await run([])
    // 150% fibre for the merged province in 2025 (a typo for 15.0, or 150 households): refused.
    const after = await run([
      {
        indicator: 'household_fibre_rate',
        unit: 'M@2025-07-01',
        period: '2025',
        value: '150',
      },
    ])
    expect(after.validation.issues.map((issue) => issue.code)).toContain('value_out_of_bounds')
    expect(status(after)).toBe(status(before))
    expect(status(before)).not.toBe('achieved')
    expect(
      after.dataset.getByKey('household_fibre_rate', 'M@2025-07-01', '2025')?.value?.toFixed(),
    ).not.toBe('150')
  })
})
