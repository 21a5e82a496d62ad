import { describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'

/** The issues of rows a clerk typed, by row. */
async function issuesOf(rows: readonly string[]) {
  const report = await runPipeline({
    pack: 'ninh-thuan',
    sources: [{ name: 'so-lieu.csv', text: ['indicator,unit,period,value', ...rows].join('\n') }],
    today: '2026-01-10',
  })
  return (row: number) => report.validation.issues.filter((issue) => issue.location?.row === row)
}

describe('an ambiguous number of an indicator that takes whole numbers', () => {
  it('is told the whole number meant, and stays refused', async () => {
    const at = await issuesOf([
      'dx_products_completed,58,2024,"1,250"',
      // Dots between thousands, with a decimal comma elsewhere in the file.
      'dx_products_completed,58,2023,1.250',
      'smartphone_user_rate,58,2024,"87,5"',
    ])
    for (const row of [2, 3]) {
      const [issue] = at(row)
      expect(issue).toMatchObject({ code: 'ambiguous_number', severity: 'error' })
      expect(issue!.hint!.en).toBe(
        '`dx_products_completed` takes whole numbers (count), so this is 1250: write `1250`, without separators between thousands.',
      )
      expect(issue!.hint!.vi).toMatch(
        /^Chỉ tiêu “.+” \(`dx_products_completed`\) tính bằng số nguyên \(số lượng\), nên đây là 1250: ghi `1250`/,
      )
    }
  })

  it('keeps the reader’s hint where both readings could be meant', async () => {
    const at = await issuesOf([
      // A percent may be 1.25 or 1250 (out of bounds, but that is checked later).
      'smartphone_user_rate,58,2024,"1,250"',
      // A count whose decimal reading is whole too: `1,000` as 1.000 is 1.
      'dx_products_completed,58,2024,"1,000"',
      // The same with dots, in a file that writes decimal commas elsewhere.
      'dx_products_completed,58,2023,2.000',
    ])
    for (const row of [2, 3]) {
      const [issue] = at(row)
      expect(issue).toMatchObject({ code: 'ambiguous_number' })
      expect(issue!.hint!.en).toMatch(/^Write the number with a dot for decimals/)
    }
    const [dots] = at(4)
    expect(dots).toMatchObject({ code: 'ambiguous_number', reason: 'dot_groups' })
    expect(dots!.hint!.en).toMatch(/^If the whole file writes numbers the Vietnamese way/)
  })
})
