import { isRuleFailed } from '@tiendo/rules'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'
import { reportIssues } from '../report/report-issues'

/** One province, its fibre rate falling in 2024, a warning rule against falls and a quota. */
const PACK: Pack = {
  id: 'dq-test',
  version: '1.0.0',
  title: { vi: 'Thử', en: 'Test' },
  extends: 'vn-national',
  units: [{ code: 'P', name: { vi: 'Tỉnh P', en: 'P' }, kind: 'province', parent: 'VN' }],
  rules: [
    {
      id: 'fibre_does_not_fall',
      severity: 'warning',
      template: 'no_regression',
      params: { indicator: 'household_fibre_rate' },
      scope: { units: ['P'], from: '2022', to: '2024' },
    },
    {
      id: 'fibre_reported',
      severity: 'error',
      template: 'completeness',
      missing: 'never_skip',
      params: { indicators: ['household_fibre_rate'] },
      scope: { units: ['P'], from: '2022', to: '2024' },
    },
  ],
}

const run = (evaluate: Parameters<typeof runPipeline>[0]['evaluate'] = true) =>
  runPipeline({
    pack: PACK,
    sources: [
      {
        name: 'p.csv',
        observations: [
          { indicator: 'household_fibre_rate', unit: 'P', period: '2022', value: '70' },
          { indicator: 'household_fibre_rate', unit: 'P', period: '2023', value: '80' },
          { indicator: 'household_fibre_rate', unit: 'P', period: '2024', value: '75' },
        ],
      },
    ],
    today: '2026-06-30',
    assess: false,
    evaluate,
  })

describe('the evaluation of every rule', () => {
  it('has the data-quality rules’ results beside the others, in pack order', async () => {
    const report = await run()
    expect(report.dataQualityRules).toEqual(['fibre_does_not_fall'])
    const rules = [...new Set(report.evaluation!.results.map((result) => result.ruleId))]
    expect(rules).toEqual(['fibre_does_not_fall', 'fibre_reported'])
    const fall = report.evaluation!.results.filter(
      (result) => result.ruleId === 'fibre_does_not_fall',
    )
    expect(fall.map((result) => [result.period, result.outcome])).toEqual([
      ['2022', 'skipped'],
      ['2023', 'passed'],
      ['2024', 'failed'],
    ])
    expect(report.rules).toMatchObject({ passed: 4, failed: 1, skipped: 1, scopes: 3 })
    expect(report.rules.failedBySeverity).toEqual({ error: 0, warning: 1, info: 0 })
  })

  it('lists a data-quality failure once, among the data’s issues', async () => {
    const report = await run()
    const failedHere = (i: TiendoIssue) => isRuleFailed(i) && i.rule === 'fibre_does_not_fall'
    expect(report.validation.issues.filter(failedHere)).toHaveLength(1)
    expect(reportIssues(report).filter(failedHere)).toHaveLength(1)
    // The rule's id is in `rule`, never in `code`.
    expect(reportIssues(report).some((i) => i.code === 'fibre_does_not_fall')).toBe(false)
  })

  it('explains the data-quality results as asked', async () => {
    const passed = (await run({ explain: 'failures' })).evaluation!.results.find(
      (result) => result.outcome === 'passed' && result.ruleId === 'fibre_does_not_fall',
    )
    expect(passed?.conditions).toEqual([])
    const explained = (await run({ explain: 'all' })).evaluation!.results.find(
      (result) => result.outcome === 'passed' && result.ruleId === 'fibre_does_not_fall',
    )
    expect(explained?.conditions.length).toBeGreaterThan(0)
  })
})

describe('a plain rule', () => {
  it('is a rule result beside validity, never a data error', async () => {
    const threshold: Pack = {
      ...PACK,
      rules: [
        ...PACK.rules!,
        {
          id: 'fibre_at_least_95',
          severity: 'error',
          message: { vi: 'Tỷ lệ cáp quang dưới 95%.', en: 'Fibre below 95%.' },
          conditions: {
            all: [
              {
                fact: 'value',
                params: { indicator: 'household_fibre_rate' },
                operator: 'decimalGte',
                value: '95',
              },
            ],
          },
          scope: { units: ['P'], from: '2024', to: '2024' },
        },
      ],
    }
    const report = await runPipeline({
      pack: threshold,
      sources: [
        {
          name: 'p.csv',
          observations: [
            { indicator: 'household_fibre_rate', unit: 'P', period: '2023', value: '80' },
            { indicator: 'household_fibre_rate', unit: 'P', period: '2024', value: '92' },
          ],
        },
      ],
      today: '2026-06-30',
      assess: false,
    })
    const threshold2024 = report.evaluation!.results.filter(
      (result) => result.ruleId === 'fibre_at_least_95',
    )
    expect(threshold2024.map((result) => [result.period, result.outcome])).toEqual([
      ['2024', 'failed'],
    ])
    expect(report.dataQualityRules).toEqual(['fibre_does_not_fall'])
    expect(report.valid).toBe(true)
    expect(report.validation.stats.errors).toBe(0)
    expect(report.validation.issues.some(isRuleFailed)).toBe(false)
  })
})
