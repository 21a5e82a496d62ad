import { readFileSync } from 'node:fs'
import { datasetPath } from '@tiendo/packs/node'
import { runPipeline } from '@tiendo/pipeline/browser'
import { describe, expect, it } from 'vitest'
import { buildView, chartsOf, rowKeyOf } from './build-view'

describe('rowKeyOf', () => {
  it('keys a row by its line, or by its JSON Pointer’s first step', () => {
    expect(rowKeyOf({ file: 'a.csv', row: 12, column: 'value' })).toBe('12')
    expect(rowKeyOf({ file: 'a.xlsx', sheet: 'S', row: 3 })).toBe('3')
    expect(rowKeyOf({ file: 'a.json', path: '/3/value' })).toBe('/3')
    expect(rowKeyOf({ file: 'a.json' })).toBeNull()
    expect(rowKeyOf(undefined)).toBeNull()
  })
})

describe('buildView', async () => {
  const report = await runPipeline({
    pack: 'ninh-thuan',
    today: '2026-01-15',
    sources: [
      {
        name: 'so-lieu.csv',
        text: 'indicator,unit,period,value\ndigital_economy_shar,VN,2024,13\n',
      },
      {
        name: 'san-pham.csv',
        text: readFileSync(datasetPath('ninh-thuan-dx-products.illustrative'), 'utf8'),
        illustrative: true,
      },
    ],
  })
  const rules = {
    descriptions: new Map([['dx_product_every_year', { vi: 'Mỗi năm', en: 'Every year' }]]),
  }

  it('is plain data the worker can post: no Decimal, no Map', () => {
    const view = buildView(report, rules, 'vi')
    expect(structuredClone(view)).toEqual(view)
    expect(JSON.parse(JSON.stringify(view))).toEqual(view)
  })

  it('gives the issues with the CLI’s words, located, in one language', () => {
    const vi = buildView(report, rules, 'vi')
    const en = buildView(report, rules, 'en')
    expect(vi.issues.map((i) => [i.code, i.file, i.row, i.column, i.rowKey])).toEqual([
      ['unknown_indicator', 'so-lieu.csv', 2, 'indicator', '2'],
    ])
    expect(vi.issues[0]?.message).toBe(report.validation.issues[0]?.message.vi)
    expect(en.issues[0]?.message).toBe(report.validation.issues[0]?.message.en)
  })

  it('puts each rule’s failing units first, labelled illustrative when its records are', () => {
    const [rule] = buildView(report, rules, 'en').rules
    expect(rule?.id).toBe('dx_product_every_year')
    expect(rule?.description).toBe('Every year')
    expect(rule?.illustrative).toBe(true)
    const failed = rule?.units.map((unit) => unit.failed) ?? []
    expect(failed[0]).toBeGreaterThan(0)
    expect(failed).toEqual([...failed].sort((a, b) => b - a))
  })

  it('draws a series’ chart only when asked', () => {
    const view = buildView(report, rules, 'en')
    const charted = view.series.find((series) => series.charted)
    expect(charted).toBeDefined()
    const charts = chartsOf(report, [charted!.key, 'nothing|here'], 'en')
    expect(Object.keys(charts)).toEqual([charted!.key])
    expect(charts[charted!.key]).toMatch(/^<svg /)
  })
})
