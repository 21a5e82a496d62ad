import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { isTiendoIssue } from '../issue'
import { readRows } from '../read-rows'
import { countLineBreaks } from '../text/line-breaks'

const folder = mkdtempSync(join(tmpdir(), 'tiendo-csv-diff-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const COLUMNS = ['indicator', 'unit', 'period', 'value', 'note']

/** A cell: plain text, text needing quotes (commas, quotes, line breaks), or empty. */
const cellText = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9.ệ ]{0,8}$/) },
  { weight: 1, arbitrary: fc.constant('') },
  {
    weight: 1,
    arbitrary: fc
      .stringMatching(/^[a-z,"\n ]{0,8}$/)
      .map((text) => `"${text.replace(/"/g, '""')}"`),
  },
)

/** Rows of five cells, blank lines between some, and bulk rows to cross the reading chunks. */
const csvFile = fc
  .record({
    rows: fc.array(fc.array(cellText, { minLength: 5, maxLength: 5 }), { maxLength: 12 }),
    bulk: fc.nat({ max: 3000 }),
    bulkAt: fc.nat(),
    blankAt: fc.array(fc.nat(), { maxLength: 3 }),
    ending: fc.constantFrom('\n', '\r\n'),
    final: fc.boolean(),
    unclosed: fc.boolean(),
  })
  .map(({ rows, bulk, bulkAt, blankAt, ending, final, unclosed }) => {
    const lines = rows.map((cells) => cells.join(','))
    const filler = Array.from(
      { length: bulk },
      (_, i) => `fibre_rate,${i % 97},2024,${i}.5,ghi chú số ${i}`,
    )
    lines.splice(bulkAt % (lines.length + 1), 0, ...filler)
    for (const at of blankAt) lines.splice(at % (lines.length + 1), 0, '')
    let text = [COLUMNS.join(','), ...lines].join(ending)
    if (final || unclosed) text += ending
    if (unclosed) text += `x,y,z,1,"never closed${ending}more`
    return text
  })

/** What the reader must give: csv-parse's records, placed on the lines they start on. */
function expectedItems(text: string) {
  let records: string[][]
  let failed = false
  try {
    records = parse(text, { relax_column_count: true, relax_quotes: true, bom: false })
  } catch {
    // The only error here: the quote left open at the end. Every record before it is read.
    failed = true
    const cut = text.lastIndexOf('x,y,z,1,"never closed')
    records = parse(text.slice(0, cut), { relax_column_count: true, relax_quotes: true })
  }
  const items: unknown[] = []
  let line = 1
  let header = true
  for (const record of records) {
    const start = line
    line += record.reduce((sum, cell) => sum + countLineBreaks(cell), 0) + 1
    // A record of nothing but spaces is a blank line.
    if (record.every((cell) => cell.trim() === '')) continue
    if (header) {
      header = false
      items.push({ header: record, row: start })
      continue
    }
    const cells = Object.fromEntries(
      COLUMNS.map((name, i) => [name, record[i] === '' ? undefined : record[i]?.normalize('NFC')]),
    )
    items.push({ cells, row: start })
  }
  if (failed) items.push({ issue: 'unclosed_quote', row: line })
  else if (items.length === 1) items.push({ issue: 'header_only', row: 1 })
  return items
}

async function actualItems(file: string) {
  const items: unknown[] = []
  for await (const item of readRows(file)) {
    if (isTiendoIssue(item)) items.push({ issue: item.code, row: item.location?.row })
    else if (item.kind === 'header') items.push({ header: item.columns, row: item.location.row })
    else items.push({ cells: { ...item.cells }, row: item.location.row })
  }
  return items
}

describe('readRows on CSV against csv-parse over the whole text', () => {
  it('gives the same rows on the same lines, whatever is quoted, however the file is cut', async () => {
    let serial = 0
    await fc.assert(
      fc.asyncProperty(csvFile, async (text) => {
        const file = join(folder, `f${serial++}.csv`)
        writeFileSync(file, text)
        expect(await actualItems(file)).toEqual(expectedItems(text))
      }),
      { numRuns: 60 },
    )
  })
})
