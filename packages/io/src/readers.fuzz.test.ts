// Property-based fuzzing of the readers: whatever bytes a file holds, reading it never throws,
// and every problem comes back as a located issue with a message in both languages. Bounded:
// a few hundred runs in all, small files.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TiendoIssue } from '@tiendo/schema'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildXlsxFixtures } from './__tests__/xlsx-fixtures'
import { readObservationFile } from './read-observations'
import { readRecordFile } from './read-records'

let dir: string
let serial = 0
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiendo-io-fuzz-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function fileWith(extension: string, content: string | Uint8Array): Promise<string> {
  const file = join(dir, `f${serial++}.${extension}`)
  await writeFile(file, content)
  return file
}

function expectWellFormed(issues: readonly TiendoIssue[], file: string) {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z0-9_]+$/)
    expect(['error', 'warning', 'info']).toContain(issue.severity)
    expect(issue.message.en.length).toBeGreaterThan(0)
    expect(issue.message.vi.length).toBeGreaterThan(0)
    // Messages quote user text cut short, whatever the file holds.
    expect(issue.message.en.length).toBeLessThan(2_000)
    expect(issue.location?.file).toBe(file)
  }
}

/** Reads a file as observations and as records; both must return, never throw. */
async function readBoth(file: string) {
  const observations = await readObservationFile(file, { displayName: file, maxIssues: 200 })
  expectWellFormed(observations.issues, file)
  const records = await readRecordFile(file, { displayName: file, maxIssues: 200 })
  expectWellFormed(records.issues, file)
  // What is accepted is valid: a row is an observation or an issue, never half of each.
  for (const row of observations.observations) expect(row.location.file).toBe(file)
  return observations
}

const cell = fc.oneof(
  fc.constantFrom(
    'smartphone_user_rate',
    '58',
    '2024',
    '2024-Q5',
    '87,5',
    '1.234.567',
    'NaN',
    '1e999',
    '"',
    '""',
    '\r\n',
    ';',
    '\t',
    '\uFEFF',
    'Hà Nội'.normalize('NFD'),
    '__proto__',
    '=HYPERLINK("x")',
    '-0',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^-?\d{1,20}(\.\d{1,20})?$/),
)
const header = fc.oneof(
  fc.constant(['indicator', 'unit', 'period', 'value']),
  fc.constant(['indicator', 'unit', 'period', 'value', 'status', 'qualifier', 'low', 'high']),
  fc.array(fc.oneof(cell, fc.constantFrom('indicator', 'value', 'kind', 'date')), {
    maxLength: 8,
  }),
)
const csvText = fc
  .tuple(header, fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 8 }), fc.boolean())
  .map(([columns, rows, crlf]) => {
    const quote = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)
    const lines = [columns, ...rows].map((row) => row.map(quote).join(','))
    return lines.join(crlf ? '\r\n' : '\n')
  })

/** Flips, drops or inserts bytes: a file damaged in transit. */
const damaged = (text: string) =>
  fc
    .array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('flip', 'cut', 'add')),
      {
        maxLength: 6,
      },
    )
    .map((edits) => {
      let bytes = Array.from(Buffer.from(text))
      for (const [at, value, kind] of edits) {
        const index = bytes.length === 0 ? 0 : at % bytes.length
        if (kind === 'flip') bytes[index] = value
        else if (kind === 'cut') bytes = bytes.slice(0, index)
        else bytes.splice(index, 0, value)
      }
      return Uint8Array.from(bytes)
    })

describe('readers never throw on malformed files', () => {
  it('CSV: generated tables with quotes, separators, BOMs and odd numbers', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        await readBoth(await fileWith('csv', text))
      }),
      { numRuns: 80 },
    )
  })

  it('CSV, NDJSON and JSON: damaged bytes of valid files', async () => {
    const row = { indicator: 'dti_score', unit: '58', period: '2024', value: '0.6' }
    const sources = {
      csv: 'indicator,unit,period,value\ndti_score,58,2024,0.6\n',
      ndjson: `${JSON.stringify(row)}\n${JSON.stringify({ ...row, value: 0.7 })}\n`,
      json: JSON.stringify([row, { ...row, period: '2023', value: 0.5 }]),
    }
    for (const [extension, text] of Object.entries(sources)) {
      await fc.assert(
        fc.asyncProperty(damaged(text), async (bytes) => {
          await readBoth(await fileWith(extension, bytes))
        }),
        { numRuns: 40 },
      )
    }
  })

  it('NDJSON and JSON: arbitrary JSON values', async () => {
    const value = fc.jsonValue({ maxDepth: 3 })
    await fc.assert(
      fc.asyncProperty(fc.array(value, { maxLength: 6 }), async (values) => {
        await readBoth(await fileWith('ndjson', values.map((v) => JSON.stringify(v)).join('\n')))
        await readBoth(await fileWith('json', JSON.stringify(values)))
      }),
      { numRuns: 50 },
    )
  })

  it('every format: random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 512 }),
        fc.constantFrom('csv', 'ndjson', 'json', 'xlsx'),
        async (bytes, extension) => {
          await readBoth(await fileWith(extension, bytes))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('XLSX: damaged workbooks', async () => {
    const books = await buildXlsxFixtures()
    const whole = await readFile(books.observations)
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.option(fc.nat(), { nil: undefined }),
        async (flips, cut) => {
          const bytes = Uint8Array.from(whole)
          for (const [at, value] of flips) bytes[at % bytes.length] = value
          const kept = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length)
          await readBoth(await fileWith('xlsx', kept))
        },
      ),
      { numRuns: 30 },
    )
    await rm(books.dir, { recursive: true, force: true })
  })
})

describe('readers are safe to call concurrently', () => {
  it('reads many files at once exactly as one by one', async () => {
    const corpus = fileURLToPath(new URL('../../cli/test/corpus/', import.meta.url))
    const files: string[] = []
    for (const folder of ['csv', 'ndjson', 'json', 'xlsx']) {
      for (const name of await readdir(join(corpus, folder))) {
        if (!name.endsWith('.mjs')) files.push(join(corpus, folder, name))
      }
    }
    expect(files.length).toBeGreaterThan(60)
    const sequential = []
    for (const file of files) sequential.push(await readObservationFile(file))
    const parallel = await Promise.all(files.map((file) => readObservationFile(file)))
    expect(parallel).toEqual(sequential)
    expect(sequential.some((result) => result.observations.length > 0)).toBe(true)
    expect(sequential.some((result) => result.issues.length > 0)).toBe(true)
  })
})
