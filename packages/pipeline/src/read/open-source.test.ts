import { describe, expect, it } from 'vitest'
import { MERGER_PACK } from '../__tests__/merger'
import { runPipeline } from '../browser'

describe('a source given without its kind', () => {
  it('is read as records when its header names them in another case', async () => {
    const report = await runPipeline({
      pack: MERGER_PACK,
      sources: [
        {
          name: 'san-pham.csv',
          text: 'ID,Kind,Unit,Date,Status,Title\np1,dx_product,A,2024-03-01,completed,Cổng\n',
        },
      ],
      today: '2026-06-30',
      evaluate: false,
      assess: false,
    })
    const missing = report.validation.issues
      .filter((issue) => issue.code === 'missing_column')
      .map((issue) => /`(\w+)`/.exec(issue.message.en)?.[1])
    // The record columns to rename, never the observation columns (`indicator`, `value`).
    expect(missing).toEqual(['kind', 'unit', 'date', 'status', 'title'])
  })
})
