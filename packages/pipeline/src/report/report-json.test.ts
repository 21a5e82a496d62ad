import { describe, expect, it } from 'vitest'
import { reportFixture } from '../__tests__/report-fixture'
import { reportJsonChunks, reportJsonValue, reportToJson } from './report-json'

describe('the JSON report written in pieces', () => {
  it('is exactly the JSON of the whole value, in both languages and at any indent', async () => {
    const report = await reportFixture()
    for (const lang of ['vi', 'en'] as const) {
      for (const indent of [0, 2]) {
        expect([...reportJsonChunks(report, { lang, indent, lines: false })].join('')).toBe(
          `${JSON.stringify(reportJsonValue(report, lang), null, indent || undefined)}\n`,
        )
      }
    }
    expect(reportToJson(report, { lines: false })).toBe(
      `${JSON.stringify(reportJsonValue(report), null, 2)}\n`,
    )
  })

  it('writes each element of a list on a line of its own by default, the same value', async () => {
    const report = await reportFixture()
    const value = reportJsonValue(report, 'en')
    const text = reportToJson(report, { lang: 'en' })
    expect(JSON.parse(text)).toEqual(value)
    const lines = text.split('\n')
    // Every derived figure and every series is one line, compact, at its list's indent.
    const figures = value.derived.figures
    expect(figures.length).toBeGreaterThan(0)
    figures.forEach((figure, i) => {
      const line = `      ${JSON.stringify(figure)}${i < figures.length - 1 ? ',' : ''}`
      expect(lines).toContain(line)
    })
    value.targets.forEach((target, i) => {
      const line = `    ${JSON.stringify(target)}${i < value.targets.length - 1 ? ',' : ''}`
      expect(lines).toContain(line)
    })
    // The outer objects stay indented; the text is smaller than indenting everything.
    expect(lines[1]).toBe('  "pack": {')
    expect(text.length).toBeLessThan(reportToJson(report, { lang: 'en', lines: false }).length)
  })
})
