import { describe, expect, it } from 'vitest'
import { MERGER_PACK } from '../__tests__/merger'
import { runPipeline } from '../browser'

// `9.125` reads as a decimal until `87,5` further down shows the file writes numbers the
// Vietnamese way: then `9.125` may be 9125, and is refused like any row with an error.
const CSV = [
  'indicator,unit,period,value',
  'digital_economy_share_grdp,A,2022,9.125',
  'digital_economy_share_grdp,A,2023,10',
  'digital_economy_share_grdp,A,2024,"87,5"',
].join('\n')

const JSON_TEXT = JSON.stringify([
  { indicator: 'digital_economy_share_grdp', unit: 'A', period: '2022', value: '9.125' },
  { indicator: 'digital_economy_share_grdp', unit: 'A', period: '2023', value: '10' },
  { indicator: 'digital_economy_share_grdp', unit: 'A', period: '2024', value: '87,5' },
])

const run = (name: string, text: string) =>
  runPipeline({ pack: MERGER_PACK, sources: [{ name, text }], today: '2026-06-30', lang: 'en' })

describe('a row an ambiguity found later refuses', () => {
  for (const [name, text] of [
    ['so-lieu.csv', CSV],
    ['so-lieu.json', JSON_TEXT],
  ] as const) {
    it(`is quarantined and used by nothing (${name})`, async () => {
      const report = await run(name, text)
      const ambiguous = report.validation.issues.filter((i) => i.code === 'ambiguous_number')
      expect(ambiguous).toHaveLength(2)
      expect(report.validation.valid).toBe(false)
      // Both the `9.125` and the `87,5` rows are refused.
      expect(report.validation.stats.quarantined).toBe(2)
      const series = report.targets
        .filter((t) => t.indicatorId === 'digital_economy_share_grdp' && t.unit === 'A')
        .flatMap((t) => t.series.map((point) => point.period))
      expect(series).not.toContain('2022')
      expect(series).toContain('2023')
    })
  }

  it('keeps the order of the rows it holds back until the file is read whole', async () => {
    // `1.500` may yet be refused, so it and the rows after it wait: the copy kept of the
    // 2022 figure is still the first one written, and the duplicate named the second.
    const csv = [
      'indicator,unit,period,value',
      'digital_economy_share_grdp,A,2021,2',
      'digital_economy_share_grdp,A,2022,1.500',
      'digital_economy_share_grdp,A,2022,1.5',
      'digital_economy_share_grdp,A,2023,3',
    ].join('\n')
    const report = await run('so-lieu.csv', csv)
    const duplicate = report.validation.issues.find((i) => i.code === 'duplicate_observation')
    expect(duplicate?.location?.row).toBe(4)
    expect(report.dataset.get('digital_economy_share_grdp', 'A', '2022')?.location?.row).toBe(3)
    expect(report.dataset.points().map((point) => point.period)).toEqual(['2021', '2022', '2023'])
  })

  it('tells a count’s `1.250` one thing: ambiguous in a file that writes `87,5`, else not whole', async () => {
    const lines = ['indicator,unit,period,value', 'bts_5g_count,A,2024,1.250']
    const comma = [...lines, 'digital_economy_share_grdp,A,2024,"87,5"'].join('\n')
    const both = await run('so-lieu.csv', comma)
    const onRow2 = both.validation.issues.filter((issue) => issue.location?.row === 2)
    expect(onRow2.map((issue) => issue.code)).toEqual(['ambiguous_number'])
    expect(both.validation.stats.errors).toBe(2)

    const alone = await run('so-lieu.csv', lines.join('\n'))
    expect(alone.validation.issues).toMatchObject([
      { code: 'value_not_whole', thousands: '1250', location: { row: 2, column: 'value' } },
    ])
    expect(alone.validation.stats.quarantined).toBe(1)
  })

  it('leaves a file that writes no decimal comma as it was', async () => {
    const report = await run('so-lieu.csv', CSV.split('\n').slice(0, 3).join('\n'))
    expect(report.validation.valid).toBe(true)
    expect(report.validation.stats.quarantined).toBe(0)
  })
})
