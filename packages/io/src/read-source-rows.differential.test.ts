// Differential: every data file the tests know, read by path and read from memory or a
// stream, must give the same items — rows with their cells and locations, issues with their
// code, severity, location, message, hint and limit — and the same counts.
import { readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TiendoIssue } from '@tiendo/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hardCsvFiles } from './__tests__/hard-csv'
import { itemsOf, sourcesOf } from './__tests__/sources'
import { buildXlsxFixtures } from './__tests__/xlsx-fixtures'
import { readObservations } from './read-observations'
import { readRecords } from './read-records'
import { type ReadRowsOptions, readRows } from './read-rows'
import { readSourceObservations } from './read-source-observations'
import { readSourceRecords } from './read-source-records'
import { readSourceRows } from './read-source-rows'

const FIXTURES = fileURLToPath(new URL('../test/fixtures/', import.meta.url))
const CORPUS = fileURLToPath(new URL('../../cli/test/corpus/', import.meta.url))
const DATA = /\.(csv|ndjson|jsonl|json|xlsx)$/

function dataFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => DATA.test(name))
    .map((name) => join(dir, name))
}

/** Files by path, with the options to read them with. */
const files: Array<{ path: string; options: ReadRowsOptions }> = [
  ...dataFiles(FIXTURES),
  ...['csv', 'ndjson', 'json', 'xlsx'].flatMap((kind) => dataFiles(join(CORPUS, kind))),
].map((path) => ({ path, options: {} }))

let folder: string
let xlsxFolder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-io-sources-'))
  for (const { name, bytes, options } of hardCsvFiles()) {
    const path = join(folder, name)
    await writeFile(path, bytes)
    files.push({ path, options: options ?? {} })
  }
  const books = await buildXlsxFixtures()
  xlsxFolder = books.dir
  for (const path of dataFiles(books.dir)) files.push({ path, options: {} })
  files.push({ path: books.observations, options: { sheet: 'Khác' } })
  files.push({ path: books.observations, options: { sheet: 'Không có' } })
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
  await rm(xlsxFolder, { recursive: true, force: true })
})

describe('readSourceRows against readRows', () => {
  it('knows the fixtures, the CLI corpus and the generated files', () => {
    // The corpus holds 51 CSV, 15 NDJSON, 11 JSON and 10 XLSX files; the fixtures 20.
    expect(files.length).toBeGreaterThan(120)
  })

  it('gives the same items, from text, bytes, a blob and chunks cut every way', async () => {
    let compared = 0
    for (const { path, options } of files) {
      const expected = await itemsOf(readRows(path, options))
      for (const [kind, source] of sourcesOf(path, readFileSync(path), path)) {
        const actual = await itemsOf(readSourceRows(source, options))
        expect(actual, `${path} as ${kind}`).toEqual(expected)
        compared++
      }
    }
    expect(compared).toBeGreaterThan(files.length * 9)
  })

  it('gives the same observations, records and counts', async () => {
    for (const { path, options } of files) {
      const bytes = readFileSync(path)
      const observations = await itemsOf(readSourceObservations({ name: path, bytes }, options))
      expect(observations, path).toEqual(await itemsOf(readObservations(path, options)))
      const records = await itemsOf(
        readSourceRecords({ name: path, blob: new Blob([bytes]) }, options),
      )
      expect(records, path).toEqual(await itemsOf(readRecords(path, options)))
    }
  })

  it('reads the generated files to the issues they were made for', async () => {
    const last: Record<string, unknown> = {}
    for (const { name, bytes, options } of hardCsvFiles()) {
      const { items } = await itemsOf(readSourceRows({ name, bytes }, options))
      const issues = items.filter((item) => (item as { issue?: unknown }).issue !== undefined)
      const rows = items.filter((item) => (item as { kind?: unknown }).kind === 'row').length
      const final = issues.at(-1) as { issue: TiendoIssue; limit: unknown } | undefined
      last[name] = [rows, final && [final.issue.code, final.issue.location?.row, final.limit]]
    }
    const stopped = (limit: string) => ({ limit, stoppedReading: true })
    expect(last).toEqual({
      'hard-crlf-bom.csv': [4000, undefined],
      'hard-lf.csv': [4000, undefined],
      'hard-every-row.csv': [1500, undefined],
      'hard-cr.csv': [300, undefined],
      'hard-header.csv': [2000, undefined],
      'hard-mixed-endings.csv': [1000, ['ragged_row', 1807, undefined]],
      'hard-unclosed-quote.csv': [3000, ['unclosed_quote', 3362, undefined]],
      // Every row before the record too long is read, then reading stops.
      'hard-record-too-long.csv': [3000, ['limit_exceeded', 3302, stopped('maxCellChars')]],
      'plain-record-too-long.csv': [1, ['limit_exceeded', 3, stopped('maxCellChars')]],
      'hard-cell-too-long.csv': [
        2,
        ['limit_exceeded', 2, { limit: 'maxCellChars', stoppedReading: false }],
      ],
      'hard-not-utf8.csv': [2000, ['invalid_utf8', 2602, undefined]],
      'hard-many-rows.csv': [120, ['limit_exceeded', 158, stopped('maxRows')]],
      'hard-sheet-option.csv': [20, ['sheet_ignored', undefined, undefined]],
    })
  })

  it('takes the format from the source, and says the same of a name without one', async () => {
    const bytes = readFileSync(join(FIXTURES, 'observations.ndjson'))
    const named = await itemsOf(readSourceRows({ name: 'upload', bytes, format: 'ndjson' }))
    const file = await itemsOf(
      readRows(join(FIXTURES, 'observations.ndjson'), { displayName: 'upload' }),
    )
    expect(named).toEqual(file)
    const unnamed = await itemsOf(readSourceRows({ name: 'upload', bytes }))
    // A file that is there: one that is not is said to be missing, whatever its name.
    const upload = join(folder, 'upload')
    await writeFile(upload, bytes)
    const noExtension = await itemsOf(readRows(upload, { displayName: 'upload' }))
    expect(unnamed).toEqual(noExtension)
    expect(unnamed.items).toMatchObject([{ issue: { code: 'unknown_format' } }])
  })
})
