import { describe, expect, it } from 'vitest'
import { reportFixture } from '../__tests__/report-fixture'
import { reportJsonChunks, reportJsonValue, reportToJson } from './report-json'

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
