import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const cwd = mkdtempSync(join(tmpdir(), 'tiendo-plain-'))
afterAll(() => rmSync(cwd, { recursive: true, force: true }))

/**
 * English and developer words that must not reach a Vietnamese reader: severities, rule
 * outcomes, record statuses, units of measure, and the rule engine's operators and options.
 */
const LEFTOVERS = [
  'error',
  'warning',
  'passed',
  'failed',
  'skipped',
  'completed',
  'in_progress',
  'percent',
  'decimalGte',
  'decimalGt',
  'decimalLte',
  'decimalLt',
  'decimalEq',
  'decimalNeq',
  'decimalBetween',
  'greaterThan',
  'lessThan',
  'notEqual',
  'notIn',
  'skip_if_any_missing',
  'skip_if_all_missing',
  'never_skip',
  'minCoverage',
  'weighted_mean',
  'ratio_of_sums',
]

/** The text a reader sees in an HTML page: no style, script, tags or attributes. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
}

/** Each leftover found, with the text around it. */
function leftovers(text: string): string[] {
  return LEFTOVERS.flatMap((word) =>
    [...text.matchAll(new RegExp(`(?<![\\w-])${word}(?![\\w-])`, 'gi'))].map(
      (match) => `${word}: …${text.slice(Math.max(0, match.index - 60), match.index + 40)}…`,
    ),
  )
}

describe('the main job in Vietnamese', () => {
  const out = execFileSync(process.execPath, [main, '--no-pdf', '--lang', 'vi'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', COLUMNS: '100' },
  })

  it('speaks Vietnamese in the terminal', () => {
    expect(out).toContain('Tiến độ chuyển đổi số')
    expect(leftovers(out)).toEqual([])
  })

  it('speaks Vietnamese in Markdown', () => {
    const md = readFileSync(join(cwd, 'report.md'), 'utf8')
    expect(md).toContain('| Mức | Quy tắc |')
    expect(leftovers(md)).toEqual([])
  })

  it('speaks Vietnamese in HTML', () => {
    const html = visibleText(readFileSync(join(cwd, 'report.html'), 'utf8'))
    expect(html).toContain('Tiến độ chuyển đổi số')
    expect(leftovers(html)).toEqual([])
  })

  it('shows the pack’s description of a rule rather than its id', () => {
    const md = readFileSync(join(cwd, 'report.md'), 'utf8')
    expect(md).not.toContain('`dx_product_every_year`')
    expect(md).toMatch(/\| lỗi \| [^`|]*sản phẩm chuyển đổi số[^|]*\|/)
  })
})

describe('the leftover check', () => {
  it('finds a leftover, and leaves words that only contain one alone', () => {
    expect(leftovers('Mức error: 2 decimalGte 1')).toHaveLength(2)
    expect(leftovers('errors-only, percentage, completed_products')).toEqual([])
  })
})
