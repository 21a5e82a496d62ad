import { describe, expect, it } from 'vitest'
import { runPipeline } from '../browser'
import { reportToMarkdown } from './report-markdown'
import { reportToPretty } from './report-pretty'

/** A run over a file with `bad` rows whose value is no number, each an error at its line. */
function invalidRun(bad: number, value = (i: number) => `n/a<${i}>`, name = 'nop.csv') {
  const rows = Array.from(
    { length: bad },
    (_, i) => `smartphone_user_rate,58,${2000 + i},${value(i)}`,
  )
  return runPipeline({
    pack: 'ninh-thuan',
    sources: [{ name, text: `indicator,unit,period,value\n${rows.join('\n')}\n` }],
    today: '2026-06-30',
  })
}

describe('the data’s errors in the text reports', () => {
  it('Markdown lists every error with file, row, column, code and how to fix, escaped', async () => {
    const report = await invalidRun(3)
    expect(report.valid).toBe(false)
    for (const lang of ['vi', 'en'] as const) {
      const text = reportToMarkdown(report, { lang })
      const rows = text
        .split('\n')
        .filter((line) => line.startsWith('| ') && line.includes('nop.csv:'))
      expect(rows.map((row) => /nop\.csv:(\d+)/.exec(row)?.[1])).toEqual(['2', '3', '4'])
      for (const row of rows) {
        expect(row).toContain('[value]')
        expect(row).toContain('`invalid_number`')
        // Five cells, as the header: the how-to-fix column is filled.
        const cells = row.slice(2, -2).split(/(?<!\\) \| /)
        expect(cells).toHaveLength(5)
        expect(cells[4]!.trim()).not.toBe('')
      }
      expect(text).not.toMatch(/n\/a<\d>/)
    }
  })

  it('Markdown lists the first 50 and says how many more', async () => {
    const text = reportToMarkdown(await invalidRun(53), { lang: 'en' })
    expect(text.match(/\| nop\.csv:\d+/g)).toHaveLength(50)
    expect(text).toContain('… and 3 more')
  })

  it('the terminal lists them too, within the width, the first 20 then how many more', async () => {
    const report = await invalidRun(23)
    for (const lang of ['vi', 'en'] as const) {
      const text = reportToPretty(report, { lang, width: 80 })
      expect(text.match(/^nop\.csv:\d+ \[value\]/gm)).toHaveLength(20)
      expect(text).toContain(lang === 'en' ? 'how to fix:' : 'cách sửa:')
      expect(text).toContain(lang === 'en' ? '… and 3 more' : '… và 3 mục nữa')
      for (const line of text.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80)
    }
  })

  it('the terminal never gets a control character the data held', async () => {
    const report = await invalidRun(2, () => 'x\u001b[31mred\u0007', 'nop\u001b[2J.csv')
    const text = reportToPretty(report, { lang: 'en', width: 80 })
    expect(text.match(/^nop\\u001b\[2J\.csv:\d+ \[value\]/gm)).toHaveLength(2)
    expect(text).toContain('x\\u001b[31mred\\u0007')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/)
  })
})
