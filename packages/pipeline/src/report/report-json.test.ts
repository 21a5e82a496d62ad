import { describe, expect, it } from 'vitest'
import { MERGER_PACK, mergerObservations, mergerRecords } from '../__tests__/merger'
import { reportFixture } from '../__tests__/report-fixture'
import { runPipeline } from '../browser'
import type { ReportSoFar } from './report'
import {
  reportJsonChunks,
  reportJsonHeadChunks,
  reportJsonRestChunks,
  reportJsonValue,
  reportToJson,
} from './report-json'

describe('the JSON report written in pieces', () => {
  it('is exactly the JSON of the whole value, in both languages and at any indent', async () => {
    const report = await reportFixture()
    for (const lang of ['vi', 'en'] as const) {
      for (const indent of [0, 2]) {
        expect([...reportJsonChunks(report, { lang, indent })].join('')).toBe(
          `${JSON.stringify(reportJsonValue(report, lang), null, indent || undefined)}\n`,
        )
      }
    }
    expect(reportToJson(report)).toBe(`${JSON.stringify(reportJsonValue(report), null, 2)}\n`)
  })
})

describe('the JSON report written while the targets are assessed', () => {
  it('is the whole report: the head from the report so far, the rest from the finished one', async () => {
    for (const indent of [0, 2, 4]) {
      let head = ''
      let soFar: ReportSoFar | undefined
      const report = await runPipeline({
        pack: MERGER_PACK,
        sources: [
          { name: 'so-lieu.csv', observations: mergerObservations() },
          { name: 'san-pham.csv', records: mergerRecords() },
        ],
        today: '2026-06-30',
        whileAssessing: (report) => {
          soFar = report
          head = [...reportJsonHeadChunks(report, { lang: 'en', indent })].join('')
        },
      })
      const rest = [...reportJsonRestChunks(report, { lang: 'en', indent })].join('')
      expect(head + rest).toBe(reportToJson(report, { lang: 'en', indent }))
      // What was written early has no assessment in it: the rest holds them all.
      expect(soFar).not.toHaveProperty('targets')
      expect(soFar).not.toHaveProperty('summary')
      expect(report.targets.length).toBeGreaterThan(0)
      expect(head).not.toContain('"targets"')
      expect(rest).toContain('"targets"')
    }
  })

  it('ends with the summary, which counts the assessments', async () => {
    const report = await reportFixture()
    const value = reportJsonValue(report, 'en')
    expect(Object.keys(value).at(-1)).toBe('summary')
    expect(value.summary.targets).toEqual(report.summary.targets)
  })
})
