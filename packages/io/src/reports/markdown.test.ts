import type { TiendoIssue } from '@tiendo/schema'
import { describe, expect, it } from 'vitest'
import { issuesToMarkdownTable, markdownText, validationReportToMarkdown } from './markdown'

// What a submitter can put in a cell, quoted back in the message, the hint and the location.
const injected: TiendoIssue = {
  code: 'unit_ref_syntax',
  severity: 'error',
  message: {
    vi: 'Sai mã đơn vị "<img src=https://example.com/t.png>".',
    en: 'Bad unit "<img src=https://example.com/t.png>".',
  },
  hint: {
    vi: 'Xem <a href=https://evil.example>đây</a> & sửa.',
    en: 'See <a href=https://evil.example>here</a> & fix.',
  },
  location: { file: 'q<b>1</b>.csv', row: 2, column: 'unit' },
}

/** The cells of a Markdown table's body rows, split on unescaped pipes. */
function cells(table: string): string[][] {
  return table
    .trim()
    .split('\n')
    .slice(2)
    .map((row) =>
      row
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((cell) => cell.trim()),
    )
}

describe('Markdown issue tables', () => {
  it('escape HTML from the data in every cell, as report does', () => {
    const table = issuesToMarkdownTable([injected], 'en')
    const [row] = cells(table)
    expect(row).toHaveLength(5)
    expect(table).not.toMatch(/<(img|a|b)[\s>]/)
    expect(row![1]).toBe(markdownText('q<b>1</b>.csv:2 [unit]'))
    expect(row![3]).toBe('Bad unit "&lt;img src=https://example.com/t.png&gt;".')
    expect(row![4]).toBe('See &lt;a href=https://evil.example&gt;here&lt;/a&gt; &amp; fix.')
  })

  it('escape them in the validation report too, in both languages', () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = validationReportToMarkdown(
        {
          valid: false,
          stats: { files: 1, rows: 1, observations: 0, records: 0, errors: 1, warnings: 0 },
          issues: [injected],
        },
        lang,
      )
      expect(text).not.toMatch(/<(img|a|b)[\s>]/)
      expect(text).toContain('&lt;img')
    }
  })
})

describe('validationReportToMarkdown', () => {
  const counts = (stats: { files: number; rows: number; errors: number; warnings: number }) => ({
    valid: stats.errors === 0,
    stats: { ...stats, observations: stats.rows, records: 0, quarantined: stats.errors },
    issues: [],
  })

  it('makes each English count agree with its noun, and leaves Vietnamese nouns as they are', () => {
    expect(
      validationReportToMarkdown(counts({ files: 1, rows: 2, errors: 0, warnings: 1 }), 'en'),
    ).toContain('\n1 file · 2 rows · 0 errors · 1 warning\n')
    expect(
      validationReportToMarkdown(counts({ files: 2, rows: 1, errors: 1, warnings: 0 }), 'en'),
    ).toContain('\n2 files · 1 row · 1 error · 0 warnings · 1 row refused (used in no figure)\n')
    // Vietnamese has no plural: `1 tệp`, `2 dòng`.
    expect(
      validationReportToMarkdown(counts({ files: 1, rows: 2, errors: 2, warnings: 1 }), 'vi'),
    ).toContain(
      '\n1 tệp · 2 dòng · 2 lỗi · 1 cảnh báo · 2 dòng bị loại (không dùng để tính toán)\n',
    )
  })
})
