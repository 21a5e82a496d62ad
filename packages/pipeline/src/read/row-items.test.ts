import type { RowItem } from '@tiendo/io/parse'
import { readSourceRows } from '@tiendo/io/parse'
import { describe, expect, it } from 'vitest'
import { MERGER_PACK } from '../__tests__/merger'
import { reportJsonChunks, runPipeline } from '../browser'

const OBSERVATIONS = [
  'indicator,unit,period,value',
  'grdp,A,2022,20000',
  'grdp,A,2023,21000',
  'grdp,A,2024,22500',
  'grdp,B,2024,abc',
  'grdp,ZZ,2024,50',
].join('\n')

const RECORDS = [
  'id,kind,unit,date,status,title',
  'p1,dx_product,A,2024-03-01,completed,Cổng dữ liệu',
  'p2,dx_product,B,2024-05-01,planned,Bản đồ số',
].join('\n')

async function rowsOf(name: string, text: string): Promise<RowItem[]> {
  const rows: RowItem[] = []
  for await (const item of readSourceRows({ name, text })) rows.push(item)
  return rows
}

async function* oneByOne(rows: readonly RowItem[]): AsyncGenerator<RowItem> {
  yield* rows
}

async function* inBatchesOf(
  size: number,
  rows: readonly RowItem[],
): AsyncGenerator<readonly RowItem[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size)
}

const reportText = (report: Awaited<ReturnType<typeof runPipeline>>) =>
  [...reportJsonChunks(report, { lang: 'en' })].join('')

describe('rows read elsewhere (a store’s)', () => {
  it('gives the report of their files, whether the rows come one by one or in batches', async () => {
    const observations = await rowsOf('so-lieu.csv', OBSERVATIONS)
    const records = await rowsOf('san-pham.csv', RECORDS)
    const run = (sources: Parameters<typeof runPipeline>[0]['sources']) =>
      runPipeline({ pack: MERGER_PACK, sources, today: '2026-06-30' })
    const fromText = await run([
      { name: 'so-lieu.csv', text: OBSERVATIONS },
      { name: 'san-pham.csv', text: RECORDS },
    ])
    // No kind given: it is told from the first header, inside the first batch.
    const single = await run([
      { name: 'so-lieu.csv', rowItems: oneByOne(observations) },
      { name: 'san-pham.csv', rowItems: oneByOne(records) },
    ])
    const batched = await run([
      { name: 'so-lieu.csv', rowItems: inBatchesOf(2, observations) },
      { name: 'san-pham.csv', rowItems: inBatchesOf(1, records) },
    ])
    expect(fromText.validation.issues.length).toBeGreaterThan(0)
    expect(reportText(single)).toBe(reportText(fromText))
    expect(reportText(batched)).toBe(reportText(fromText))
  })
})
