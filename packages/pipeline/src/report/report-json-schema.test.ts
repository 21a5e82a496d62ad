import { describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'
import { reportJsonValue } from './report-json'
import { ReportJsonSchema } from './report-json-schema'

// A zod object drops the fields it does not declare, where the published JSON Schema
// (`additionalProperties: false`) refuses the report: so a report read back must lose nothing.
describe('the JSON report against its schema', () => {
  it('declares every field, a bound or a range as baseline and latest included', async () => {
    const csv = [
      'indicator,unit,period,value,qualifier,low,high',
      'household_fibre_rate,VN,2023,80,range,78,82',
      'household_fibre_rate,VN,2024,90,more_than,,',
    ].join('\n')
    const report = await runPipeline({
      pack: 'vn-national',
      sources: [{ name: 'so-lieu.csv', text: csv }],
      today: '2026-06-30',
    })
    const json = JSON.parse(JSON.stringify(reportJsonValue(report, 'en')))
    const fibre = json.targets.find(
      (series: { indicator: string; unit: string }) =>
        series.indicator === 'household_fibre_rate' && series.unit === 'VN',
    )
    expect(fibre.assessment.baseline).toEqual({
      period: '2023',
      value: '80',
      qualifier: 'range',
      low: '78',
      high: '82',
    })
    expect(fibre.assessment.latest).toEqual({ period: '2024', value: '90', qualifier: 'more_than' })
    expect(ReportJsonSchema.parse(json)).toEqual(json)
  })
})
