import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { itemsOf, iterate, webStream } from '../__tests__/sources'
import { readRows } from '../read-rows'
import { readSourceRows } from '../read-source-rows'

let folder: string
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tiendo-io-source-limits-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

const HEADER = 'indicator,unit,period,value\n'
const encode = (text: string) => new TextEncoder().encode(text)

/** A CSV of `count` rows, the row on line n holding the value `n - 2`.5. */
const csv = (count: number) =>
  HEADER + Array.from({ length: count }, (_, i) => `dti_score,58,2024,${i}.5\n`).join('')

/** Chunks that say when they were closed, as a stream given up on is. */
function closable(chunks: readonly Uint8Array[]) {
  const state = { given: 0, closed: false }
  async function* generate() {
    try {
      for (const chunk of chunks) {
        state.given++
        yield chunk
      }
    } finally {
      state.closed = true
    }
  }
  return { chunks: generate(), state }
}

describe('size limits on sources', () => {
  it('refuses text over maxFileBytes as a file of its UTF-8 bytes is refused', async () => {
    const text = `${HEADER}dti_score,58,2024,1,Khánh Hòa ệệệ\n`
    const path = join(folder, 'big.csv')
    await writeFile(path, text)
    const limits = { maxFileBytes: text.length + 5 }
    const source = await itemsOf(readSourceRows({ name: path, text }, { limits }))
    expect(source).toEqual(await itemsOf(readRows(path, { limits })))
    expect(source.items).toHaveLength(1)
    const bytes = encode(text).length
    expect(source.items[0]).toMatchObject({
      issue: {
        code: 'limit_exceeded',
        message: { en: expect.stringContaining(`(${bytes} bytes)`) },
      },
      limit: { limit: 'maxFileBytes', stoppedReading: true },
    })
  })

  it('counts a lone surrogate of text as the three bytes the encoder makes of it', async () => {
    const text = `${HEADER}a,b,c,\ud800\n`
    const limits = { maxFileBytes: encode(text).length - 1 }
    const { items } = await itemsOf(readSourceRows({ name: 'x.csv', text }, { limits }))
    expect(items).toMatchObject([{ limit: { limit: 'maxFileBytes' } }])
    const fits = await itemsOf(
      readSourceRows(
        { name: 'x.csv', text },
        { limits: { maxFileBytes: limits.maxFileBytes + 1 } },
      ),
    )
    expect(fits.items.some((item) => (item as { kind?: string }).kind === 'row')).toBe(true)
  })

  it('refuses JSON over maxInMemoryBytes from text, a blob and chunks alike', async () => {
    const text = JSON.stringify([{ indicator: 'dti_score', unit: '58', period: '2024', value: 1 }])
    const limits = { maxInMemoryBytes: 20 }
    const known = await itemsOf(readSourceRows({ name: 'x.json', text }, { limits }))
    const blob = await itemsOf(
      readSourceRows({ name: 'x.json', blob: new Blob([text]) }, { limits }),
    )
    expect(blob).toEqual(known)
    expect(known.items).toMatchObject([
      { issue: { code: 'limit_exceeded' }, limit: { limit: 'maxInMemoryBytes' } },
    ])
    const { chunks, state } = closable([encode(text.slice(0, 15)), encode(text.slice(15))])
    const streamed = await itemsOf(readSourceRows({ name: 'x.json', chunks }, { limits }))
    expect(streamed.items).toMatchObject([
      {
        issue: { message: { en: expect.stringContaining('at least') } },
        limit: { limit: 'maxInMemoryBytes', stoppedReading: true },
      },
    ])
    expect(state.closed).toBe(true)
  })

  it('stops chunks going over maxFileBytes mid-stream: rows read, then the limit, no verdict', async () => {
    const bytes = encode(csv(5000))
    const pieces = Array.from({ length: Math.ceil(bytes.length / 1000) }, (_, i) =>
      bytes.subarray(i * 1000, (i + 1) * 1000),
    )
    const { chunks, state } = closable(pieces)
    const limits = { maxFileBytes: 30_000 }
    const { items } = await itemsOf(readSourceRows({ name: 'x.csv', chunks }, { limits }))
    const rows = items.filter((item) => (item as { kind?: string }).kind === 'row')
    expect(rows.length).toBeGreaterThan(0)
    // Only whole lines: the last row read is one of the file's, not a line cut short.
    const lastRow = rows.at(-1) as { cells: { value: string }; location: { row: number } }
    expect(lastRow.cells.value).toBe(`${lastRow.location.row - 2}.5`)
    expect(items.at(-1)).toMatchObject({
      issue: {
        code: 'limit_exceeded',
        message: { en: expect.stringContaining('at least 31000 bytes') },
      },
      limit: { limit: 'maxFileBytes', stoppedReading: true },
    })
    expect(items.filter((item) => (item as { issue?: unknown }).issue)).toHaveLength(1)
    expect(state.given).toBe(31)
    expect(state.closed).toBe(true)
  })

  it('stops NDJSON chunks and web streams the same way', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `{"indicator":"dti_score","value":${i}}\n`)
    const bytes = encode(lines.join(''))
    const pieces = Array.from({ length: 40 }, (_, i) => bytes.subarray(i * 1000, (i + 1) * 1000))
    const limits = { maxFileBytes: 20_000 }
    const source = { name: 'x.ndjson', chunks: webStream(pieces) }
    const { items } = await itemsOf(readSourceRows(source, { limits }))
    expect(items.at(-1)).toMatchObject({ limit: { limit: 'maxFileBytes', stoppedReading: true } })
    const rows = items.slice(0, -1) as Array<{ kind: string; cells: { value: string } }>
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.every((row, i) => row.kind === 'row' && row.cells.value === String(i))).toBe(true)
  })
})

describe('streams that fail', () => {
  it('end with file_unreadable after the rows read, never throwing', async () => {
    async function* failing() {
      yield encode(csv(1000))
      yield encode('dti_score,58,2024,9')
      throw Object.assign(new Error('connection reset'), { code: 'ECONNRESET' })
    }
    const { items } = await itemsOf(readSourceRows({ name: 'x.csv', chunks: failing() }))
    // Every whole line is read; the one the failure cut is not.
    expect(items.filter((item) => (item as { kind?: string }).kind === 'row')).toHaveLength(1000)
    expect(items.at(-1)).toMatchObject({
      issue: { code: 'file_unreadable', location: { file: 'x.csv' } },
    })
    expect((items.at(-1) as { issue: { message: { en: string } } }).issue.message.en).toContain(
      'ECONNRESET',
    )
  })

  it('throw the abort, and stop reading a blob', async () => {
    const controller = new AbortController()
    const source = { name: 'x.csv', blob: new Blob([csv(50_000)]) }
    const read = async () => {
      for await (const item of readSourceRows(source, { signal: controller.signal })) {
        if ((item as { kind?: string }).kind === 'row') controller.abort()
      }
    }
    await expect(read()).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('throw on chunks that are not bytes, a programming error', async () => {
    const chunks = iterate(['indicator\n'] as unknown as Uint8Array[])
    await expect(itemsOf(readSourceRows({ name: 'x.csv', chunks }))).rejects.toThrow(TypeError)
    const empty = { name: 'x.csv' } as never
    await expect(itemsOf(readSourceRows(empty))).rejects.toThrow(/no text, bytes, chunks or blob/)
  })
})
