import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK } from '../__tests__/merger'
import { runPipeline } from '../browser'

/** A workbook whose cells a calculation left with a double's noise. */
async function noisyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Số liệu')
  sheet.addRow(['indicator', 'unit', 'period', 'value'])
  sheet.addRow(['bts_5g_count', 'A', '2024', 75.00000000000001]) // Excel shows 75
  sheet.addRow(['digital_economy_share_grdp', 'A', '2024', 9.559999999999999])
  sheet.addRow(['bts_5g_count', 'A', '2023', 12.5])
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

describe('one cell, told once', () => {
  it('tells a count left at 75.00000000000001 that it must be whole, not also that it is noisy', async () => {
    const report = await runPipeline({
      pack: MERGER_PACK,
      sources: [{ name: 'so-lieu.xlsx', bytes: await noisyWorkbook() }],
      today: '2026-06-30',
      lang: 'en',
      evaluate: false,
      assess: false,
    })
    const told = report.validation.issues.map((issue) => [
      issue.code,
      issue.location?.row,
      (issue as { rounded?: string }).rounded,
    ])
    expect(told).toEqual(
      expect.arrayContaining([
        ['value_not_whole', 2, '75'],
        // A percent takes decimals: its noise is still worth a look.
        ['imprecise_number', 3, undefined],
        ['value_not_whole', 4, undefined],
      ]),
    )
    expect(told).toHaveLength(3)
    expect(report.validation.stats).toMatchObject({ errors: 2, warnings: 1 })
  })
})
