/** A varied plan of series to assess, for the tests of assessing on several threads. */
import type { AssessProgressInput } from '@tiendo/forecast'
import type { PlannedAssessment } from '@tiendo/rules'

/** A varied plan: growth, trends, ranges, refused input, series without a target. */
export function variedPlan(size: number): PlannedAssessment[] {
  return Array.from({ length: size }, (_, i) => {
    const base = 10 + (i % 37)
    const observations = [
      { period: '2019', value: String(base) },
      { period: '2021', value: String(base + (i % 11) - 3) },
      {
        period: '2023',
        value: String(base + (i % 7) * 1.5),
        qualifier: i % 5 === 0 ? 'approx' : 'exact',
      },
    ]
    const input: AssessProgressInput = {
      observations,
      direction: i % 9 === 0 ? 'decrease' : 'increase',
      ...(i % 4 === 0
        ? {}
        : { targets: [{ id: `t${i}`, value: String(base * 2), by: '2030', comparator: 'gte' }] }),
      ...(i % 3 === 1 ? { method: 'linear' } : {}),
      lang: i % 2 === 0 ? 'vi' : 'en',
    } as AssessProgressInput
    return {
      input,
      report: {
        targets: [],
        indicatorId: 'x',
        indicator: {} as never,
        unit: String(i),
        unitName: { vi: '', en: '' },
        series: [],
      },
    }
  })
}
