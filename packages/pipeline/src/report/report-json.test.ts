import type { DataPoint } from '@tiendo/core'
import { Exact } from '@tiendo/core'
import { describe, expect, it } from 'vitest'
import { MINI_PACK, miniSources } from '../__tests__/mini-national'
import { reportFixture } from '../__tests__/report-fixture'
import { runPipeline } from '../node/run-pipeline-node'
import {
  derivedJson,
  derivedJsonText,
  reportJsonChunks,
  reportJsonValue,
  reportToJson,
} from './report-json'

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

describe('derivedJson', () => {
  it('writes every field a derived figure may have, in the documented order', () => {
    const point = {
      indicator: 'fibre_rate',
      unit: '56@2025-07-01',
      period: '2025',
      value: new Exact('87.50'),
      qualifier: 'range',
      low: new Exact('80'),
      high: new Exact('9.5e1'),
      derived: {
        method: 'carry',
        rule: 'ratio',
        date: '2025-07-01',
        coverage: { expected: 2, reported: 1, share: new Exact('0.5'), missing: ['58'] },
        inputs: [
          {
            indicator: 'fibre_rate',
            unit: '58',
            period: '2025',
            role: 'predecessor',
            figure: { value: new Exact('1'), qualifier: 'at_least' },
            share: new Exact('0.25'),
            derived: false,
            location: { file: 'so-lieu.csv', row: 3, path: '/0' },
          },
          {
            indicator: 'dx_product',
            unit: '58',
            period: '2025-03-20',
            role: 'record',
            derived: true,
          },
        ],
      },
    } as unknown as DataPoint
    expect(JSON.stringify(derivedJson(point))).toBe(
      JSON.stringify({
        indicator: 'fibre_rate',
        unit: '56@2025-07-01',
        period: '2025',
        value: '87.5',
        qualifier: 'range',
        low: '80',
        high: '95',
        derived: {
          method: 'carry',
          rule: 'ratio',
          date: '2025-07-01',
          coverage: { expected: 2, reported: 1, share: '0.5', missing: ['58'] },
          inputs: [
            {
              indicator: 'fibre_rate',
              unit: '58',
              period: '2025',
              role: 'predecessor',
              value: '1',
              qualifier: 'at_least',
              share: '0.25',
              derived: false,
              file: 'so-lieu.csv',
              row: 3,
              path: '/0',
            },
            {
              indicator: 'dx_product',
              unit: '58',
              period: '2025-03-20',
              role: 'record',
              derived: true,
            },
          ],
        },
      }),
    )
  })

  it('leaves out what a figure does not have: an exact value, no ends, no coverage', () => {
    const point = {
      indicator: 'dx_products_completed',
      unit: '58',
      period: '2024',
      value: new Exact('3'),
      qualifier: 'exact',
      derived: { method: 'record_count', rule: 'dx_product', inputs: [] },
    } as unknown as DataPoint
    expect(JSON.stringify(derivedJson(point))).toBe(
      '{"indicator":"dx_products_completed","unit":"58","period":"2024","value":"3",' +
        '"derived":{"method":"record_count","rule":"dx_product","inputs":[]}}',
    )
  })
})

describe('derivedJsonText', () => {
  it('writes JSON.stringify(derivedJson(point)) for every figure, counts of records included', async () => {
    const figures: DataPoint[] = []
    await runPipeline({
      pack: MINI_PACK,
      sources: miniSources(),
      today: '2026-06-30',
      threads: 1,
      derive: { onFigure: (figure) => figures.push(figure) },
    })
    const counts = figures.filter((figure) => figure.derived?.method === 'record_count')
    // Counts that list records, written from the columns, and other figures beside them.
    expect(counts.some((figure) => figure.derived!.inputs.length > 1)).toBe(true)
    expect(figures.length).toBeGreaterThan(counts.length)
    for (const figure of figures) {
      expect(derivedJsonText(figure)).toBe(JSON.stringify(derivedJson(figure)))
    }
  })
})
