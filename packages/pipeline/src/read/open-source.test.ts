import { describe, expect, it } from 'vitest'
import { MERGER_PACK } from '../__tests__/merger'
import { runPipeline } from '../browser'

/** The `missing_column` issues of a CSV text given without its kind: each column and hint. */
async function missingColumns(text: string) {
  const report = await runPipeline({
    pack: MERGER_PACK,
    sources: [{ name: 'san-pham.csv', text }],
    today: '2026-06-30',
    evaluate: false,
    assess: false,
  })
  return report.validation.issues
    .filter((issue) => issue.code === 'missing_column')
    .map((issue) => ({ column: /`(\w+)`/.exec(issue.message.en)?.[1], hint: issue.hint?.en }))
}

describe('a source given without its kind', () => {
  // The record columns to rename, never the observation columns (`indicator`, `value`).
  it.each([
    ['in another case', 'ID,Kind,Unit,Date,Status,Title', 'Kind'],
    ['in Vietnamese', 'Mã,Loại,Đơn vị,Ngày,Trạng thái,Tên sản phẩm', 'Loại'],
  ])('is read as records when its header names them %s', async (_, header, kindColumn) => {
    const missing = await missingColumns(`${header}\np1,dx_product,A,2024-03-01,completed,Cổng\n`)
    expect(missing.map((issue) => issue.column)).toEqual([
      'kind',
      'unit',
      'date',
      'status',
      'title',
    ])
    // Each is told which column to rename to it.
    expect(missing[0]?.hint).toContain(kindColumn)
  })
})
