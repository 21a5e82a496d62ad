import { existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { JsonList, jsonChunks, jsonPieces, piecesAsText, RawJson } from '../report/json-chunks'
import { fileSpool } from './file-spool'

describe('a report spool on disk', () => {
  it('gives back every text in order, characters cut between reads kept whole', async () => {
    // Vietnamese text is two or three bytes a character: over several megabytes, characters
    // straddle the ends of reads, and lines run over several reads.
    const texts = Array.from(
      { length: 6000 },
      (_, i) => `{"unit":"${i}","name":"Thành phố Hồ Chí Minh ${'ư'.repeat(i % 700)}"}`,
    )
    const spool = fileSpool()
    spool.append('targets', texts.slice(0, 2500))
    spool.append('figures', ['{"a":1}'])
    spool.append('targets', texts.slice(2500))
    expect([...spool.lines('targets').texts()]).toEqual(texts)
    expect([...spool.lines('figures').texts()]).toEqual(['{"a":1}'])
    expect([...spool.lines('failed').texts()]).toEqual([])
    await spool.close()
  })

  it('writes texts one at a time, a text larger than its buffer included', async () => {
    // Over a megabyte of three-byte characters: more than the buffer holds at once.
    const large = `{"note":"${'ệ'.repeat(400_000)}"}`
    const texts = [
      '{"a":1}',
      large,
      '{"b":"Hồ"}',
      ...Array.from({ length: 3000 }, (_, i) => `[${i}]`),
    ]
    const spool = fileSpool()
    const lines = spool.writer('targets')
    for (const text of texts) lines.write(text)
    lines.close()
    expect([...spool.lines('targets').texts()]).toEqual(texts)
    // Copied as bytes where its elements stand one a line, it is the text written from them.
    const copied = () => jsonPieces({ targets: spool.lines('targets') }, 2, { lines: true })
    expect([...copied()].some((piece) => piece instanceof Uint8Array)).toBe(true)
    const asText = { targets: new JsonList(texts, (text) => new RawJson(text)) }
    expect([...piecesAsText(copied())].join('')).toBe(
      [...jsonChunks(asText, 2, { lines: true })].join(''),
    )
    // A list opened and closed without a text is there, empty.
    spool.writer('figures').close()
    expect([...spool.lines('figures').texts()]).toEqual([])
    await spool.close()
  })

  it('removes its folder on close', async () => {
    const before = new Set(readdirSync(tmpdir()))
    const spool = fileSpool()
    spool.append('withheld', ['{}'])
    const made = readdirSync(tmpdir()).filter((name) => !before.has(name))
    expect(made.some((name) => name.startsWith('tiendo-parts-'))).toBe(true)
    await spool.close()
    for (const name of made) expect(existsSync(join(tmpdir(), name))).toBe(false)
  })
})
